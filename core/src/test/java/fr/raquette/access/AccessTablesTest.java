package fr.raquette.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.raquette.io.DataException;
import fr.raquette.io.Problem;
import fr.raquette.io.Problems;
import fr.raquette.io.TextFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

@fr.raquette.i18n.InEnglish
class AccessTablesTest {
  private static TextFile text(String name, String content) {
    return TextFile.decode(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private static Locations demand(String content, Problems problems) {
    return AccessTables.readLocations(text("demand.csv", content), "demand", problems);
  }

  @Test
  void readsLocationsByColumnName() {
    Problems problems = new Problems();
    Locations l = demand("population;codgeo\n12,5;01001\n3;2A004\n", problems);
    assertEquals(2, l.size());
    assertEquals("01001", l.id(0));
    assertEquals(12.5, l.value(0), 0);
    assertEquals("2A004", l.id(1));
    assertEquals(1, l.indexOf("2A004"));
    assertEquals(-1, l.indexOf("2A005"));
    assertEquals(List.of(), problems.sorted());
  }

  @Test
  void takesUnknownColumnsByPositionAndSaysSo() {
    Problems problems = new Problems();
    Locations l = demand("commune,habitants\nA,10\nB,\"1 234,5\"\n", problems);
    assertEquals(1234.5, l.value(1), 0);
    List<Problem> told = problems.sorted();
    assertEquals(1, told.size());
    assertEquals(Problem.Severity.INFO, told.get(0).severity());
    assertTrue(told.get(0).message().contains("id = 'commune'"), told.get(0).message());
  }

  @Test
  void aBadValueIsLocated() {
    DataException e =
        assertThrows(DataException.class, () -> demand("id;value\na;12\nb;x\n", new Problems()));
    assertEquals("demand.csv:3:3: expected a number (demand), found 'x'", e.getMessage());
  }

  @Test
  void aMissingValueIsLocated() {
    DataException e =
        assertThrows(DataException.class, () -> demand("id;value\na\n", new Problems()));
    assertEquals("demand.csv:2:3: expected a number (demand), found nothing", e.getMessage());
  }

  @Test
  void negativeValuesAreErrors() {
    DataException e =
        assertThrows(DataException.class, () -> demand("id;value\nab;-3\n", new Problems()));
    assertEquals("demand.csv:2:4: expected a number >= 0 (demand), found -3", e.getMessage());
  }

  @Test
  void duplicateIdsAreErrors() {
    DataException e =
        assertThrows(
            DataException.class, () -> demand("id;value\na;1\nb;2\na;3\n", new Problems()));
    assertTrue(
        e.getMessage().startsWith("demand.csv:4:1: id 'a' is already on line 2"), e.getMessage());
  }

  @Test
  void dataWithoutHeaderIsAnError() {
    DataException e =
        assertThrows(DataException.class, () -> demand("a;12\nb;3\n", new Problems()));
    assertTrue(
        e.getMessage().startsWith("demand.csv:1: expected a header row such as 'id;demand'"),
        e.getMessage());
  }

  @Test
  void costRowsNamingUnknownIdsAreCountedAsWarnings() {
    Problems problems = new Problems();
    Locations d = demand("id;value\na;10\n", problems);
    Locations s =
        AccessTables.readLocations(text("supply.csv", "id;value\nX;1\nY;2\n"), "supply", problems);
    CostMatrix m =
        AccessTables.readCosts(
            text("costs.csv", "origin;destination;cost\na;X;1,5\nz;X;2\nz;Y;3\na;Q;4\n"),
            d,
            s,
            problems);
    assertEquals(1, m.pairs());
    assertEquals(1.5, m.cost(0, 0), 0);
    List<String> warnings =
        problems.sorted().stream()
            .filter(p -> p.severity() == Problem.Severity.WARNING)
            .map(Problem::toString)
            .toList();
    assertEquals(
        List.of(
            "costs.csv:3:1: origin 'z' is not in demand.csv: 2 cost rows ignored (first on this"
                + " line)",
            "costs.csv:5:3: destination 'Q' is not in supply.csv: 1 cost row ignored (first on"
                + " this line)"),
        warnings);
  }

  @Test
  void manyUnknownIdsEndInOneSummary() {
    StringBuilder sb = new StringBuilder("origin;destination;cost\n");
    for (int i = 0; i < AccessTables.MAX_UNKNOWN_ID_WARNINGS + 5; i++) {
      sb.append("u").append(i).append(";X;1\n");
    }
    Problems problems = new Problems();
    Locations d = demand("id;value\na;10\n", problems);
    Locations s =
        AccessTables.readLocations(text("supply.csv", "id;value\nX;1\n"), "supply", problems);
    AccessTables.readCosts(text("costs.csv", sb.toString()), d, s, problems);
    assertEquals(
        AccessTables.MAX_UNKNOWN_ID_WARNINGS + 1, problems.count(Problem.Severity.WARNING));
    assertTrue(
        problems
            .sorted()
            .get(0)
            .toString()
            .equals("costs.csv: and 5 more unknown ids: 5 cost rows ignored"),
        problems.sorted().get(0).toString());
  }

  @Test
  void aPairGivenTwiceIsAnErrorNamingBothLines() {
    Problems problems = new Problems();
    Locations d = demand("id;value\na;10\nb;5\n", problems);
    Locations s =
        AccessTables.readLocations(text("supply.csv", "id;value\nX;1\n"), "supply", problems);
    DataException e =
        assertThrows(
            DataException.class,
            () ->
                AccessTables.readCosts(
                    text("costs.csv", "from;to;km\na;X;1\nb;X;2\na;X;3\n"), d, s, problems));
    assertTrue(
        e.getMessage().startsWith("costs.csv:4: the pair 'a' → 'X' is already on line 2"),
        e.getMessage());
  }

  @Test
  void negativeCostIsAnError() {
    Problems problems = new Problems();
    Locations d = demand("id;value\na;10\n", problems);
    Locations s =
        AccessTables.readLocations(text("supply.csv", "id;value\nX;1\n"), "supply", problems);
    DataException e =
        assertThrows(
            DataException.class,
            () ->
                AccessTables.readCosts(
                    text("costs.csv", "origin;destination;cost\na;X;-2\n"), d, s, problems));
    assertEquals("costs.csv:2:5: expected a number >= 0 (cost), found -2", e.getMessage());
  }

  @Test
  void tooFewColumnsIsAnError() {
    Problems problems = new Problems();
    Locations d = demand("id;value\na;10\n", problems);
    DataException e =
        assertThrows(
            DataException.class,
            () -> AccessTables.readCosts(text("costs.csv", "origin;cost\na;1\n"), d, d, problems));
    assertTrue(e.getMessage().startsWith("costs.csv:1: expected 3 columns"), e.getMessage());
  }
}
