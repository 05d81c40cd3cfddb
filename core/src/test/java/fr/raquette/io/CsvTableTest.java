package fr.raquette.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@fr.raquette.i18n.InEnglish
class CsvTableTest {
  private static CsvTable table(String text) {
    return CsvTable.of(TextFile.decode("t.csv", text.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<CsvRow> rows(CsvTable t) {
    List<CsvRow> rows = new ArrayList<>();
    t.forEach(r -> rows.add(r.copy())); // a row is refilled with the next record
    return rows;
  }

  @Test
  void detectsSemicolonCommaAndTab() {
    assertEquals(';', table("a;b,c\n1;2\n").delimiter());
    assertEquals(',', table("a,b,c\n1,2,3\n").delimiter());
    assertEquals('\t', table("a\tb\n1\t2\n").delimiter());
  }

  @Test
  void codesStayText() {
    CsvTable t = table("CODGEO;PMUN\n01001;800\n2A004;120\n");
    List<CsvRow> r = rows(t);
    assertEquals("01001", r.get(0).get(0));
    assertEquals("2A004", r.get(1).get(0));
  }

  @Test
  void quotedLineBreaksKeepPhysicalLineNumbers() {
    String csv =
        "\"id_fs\",\"lib_fs\",\"commentaire\"\n"
            + "\"1\",\"A\",\"line one\nline two\"\n"
            + "\"2\",\"B\",\"\"\n";
    List<CsvRow> r = rows(table(csv));
    assertEquals(2, r.size());
    assertEquals(2, r.get(0).line());
    assertEquals("line one\nline two", r.get(0).get(2));
    assertEquals(4, r.get(1).line());
  }

  @Test
  void commentLinesAreSkippedAndCounted() {
    CsvTable t =
        table("# illustrative data\n# second comment\ncode_commune;thematique\n23001;sante\n");
    assertEquals(List.of("code_commune", "thematique"), t.headers());
    assertEquals(4, rows(t).get(0).line());
  }

  @Test
  void duplicateColumnIsAnError() {
    DataException e = assertThrows(DataException.class, () -> table("a;b;a\n1;2;3\n"));
    assertTrue(e.getMessage().startsWith("t.csv:1:"), e.getMessage());
    assertTrue(e.getMessage().contains("appears twice"), e.getMessage());
  }

  @Test
  void missingColumnNamesWhatWasExpectedAndFound() {
    CsvTable t = table("DEPCOM;TYPEQU\n23001;D201\n");
    DataException e = assertThrows(DataException.class, () -> t.require("NB_EQUIP"));
    assertEquals("t.csv:1: missing column NB_EQUIP (found: DEPCOM, TYPEQU)", e.getMessage());
  }

  @Test
  void unbalancedQuoteGivesTheLine() {
    CsvTable t = table("a;b\n1;2\n3;\"oops\n4;5\n");
    DataException e = assertThrows(DataException.class, () -> t.forEach(r -> {}));
    assertTrue(e.getMessage().startsWith("t.csv:3"), e.getMessage());
  }

  @Test
  void emptyFileIsAnError() {
    DataException e = assertThrows(DataException.class, () -> table("  \n"));
    assertTrue(e.getMessage().contains("empty"), e.getMessage());
  }

  @Test
  void characterColumnOfAField() {
    CsvRow r = rows(table("DEPCOM;TYPEQU;NB_EQUIP\n23001;D201;x\n")).get(0);
    assertEquals(12, r.charColumn(2));
    assertEquals("t.csv:2:12: bad", r.error(2, "bad").toString());
  }

  @Test
  void decimalComma() {
    assertEquals(12.5, Numbers.parseDecimal("12,5"));
    assertEquals(1234.5, Numbers.parseDecimal("1\u202F234,5"));
    assertEquals(null, Numbers.parseDecimal("abc"));
    assertEquals(null, Numbers.parseDecimal("NaN"));
  }

  @Test
  void brokenQuotesAreLocatedAtTheirColumn() {
    CsvTable open = table("a;b\n1;2\n3;\"oops\n4;5\n");
    DataException e = assertThrows(DataException.class, () -> open.forEach(r -> {}));
    assertTrue(e.getMessage().startsWith("t.csv:3:3: the double quote"), e.getMessage());
    CsvTable garbage = table("a;b\n\"x\"y;2\n");
    e = assertThrows(DataException.class, () -> garbage.forEach(r -> {}));
    assertTrue(
        e.getMessage().startsWith("t.csv:2:4: after the closing double quote"), e.getMessage());
    // Doubled quotes inside a quoted value are sound.
    assertEquals(1, rows(table("a;b\n\"say \"\"hi\"\"\";2\n")).size());
  }

  @Test
  void truncatedLastRowStopsTheRead() {
    CsvTable t = table("a;b;c\n1;2;3\n4;5");
    DataException e = assertThrows(DataException.class, () -> t.forEach(r -> {}));
    assertTrue(e.getMessage().startsWith("t.csv:3: the file ends in the middle"), e.getMessage());
    // The same short row followed by a line break is a short row, not a cut.
    assertEquals(2, rows(table("a;b;c\n1;2;3\n4;5\n")).size());
  }

  @Test
  void commentOnlyFileIsNotAnInternalError() {
    DataException e = assertThrows(DataException.class, () -> table("# a\n# b\n"));
    assertTrue(e.getMessage().contains("only comment lines"), e.getMessage());
  }

  @Test
  void rowsWiderThanTheHeaderAreSkippedAndSaid() {
    Problems problems = new Problems();
    CsvTable t =
        CsvTable.of(
            TextFile.decode("t.csv", "a,b\n1,2\n3,4,5\n6,7,\n".getBytes(StandardCharsets.UTF_8)),
            problems);
    List<CsvRow> r = rows(t);
    assertEquals(2, r.size(), "the row 3,4,5 is skipped; 6,7, only has an empty extra field");
    assertEquals(1, problems.count(Problem.Severity.WARNING));
    assertTrue(problems.sorted().get(0).toString().startsWith("t.csv:3: this row has 3 fields"));
  }

  /** is(i, v) answers as get(i).equals(v), for plain, padded, quoted and missing fields. */
  @Test
  void isComparesTheStrippedValue() {
    List<CsvRow> r = rows(table("a;b;c;d\n 01001 ;\"2A004\";x\"y;\n"));
    String[] probes = {"01001", " 01001 ", "0100", "2A004", "\"2A004\"", "x\"y", "", "x"};
    for (int i = -1; i < 6; i++) {
      for (String p : probes) {
        assertEquals(r.get(0).get(i).equals(p), r.get(0).is(i, p), i + " " + p);
      }
    }
  }
}
