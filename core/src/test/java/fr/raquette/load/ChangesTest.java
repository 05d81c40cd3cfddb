package fr.raquette.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.raquette.io.Problem;
import fr.raquette.io.Problems;
import fr.raquette.territory.CogChange;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChangesTest {
  /**
   * Perimeter 23001; 23002 known outside it; 23500 a commune déléguée of 23001; 23099 retired into
   * both 23001 and 23002 (one of them inside: placed); 23098 into two communes inside (ambiguous);
   * 69123 Lyon, split into arrondissements.
   */
  private static Changes changes() {
    Map<String, TreeSet<String>> passage = new TreeMap<>();
    passage.put("23099", new TreeSet<>(List.of("23001", "23002")));
    passage.put("23098", new TreeSet<>(List.of("23001", "23003")));
    CogReconciler cog =
        new CogReconciler(
            Set.of("23001", "23003"),
            Set.of("23001", "23002", "23003"),
            Map.of("23500", "23001"),
            Map.of("23500", CommunesReader.COMD),
            passage,
            Set.of("69123"));
    return new Changes(cog);
  }

  /** Where a code goes, the reason kept, and how a dropped code is said. */
  @ParameterizedTest(name = "{0} -> {1} ({2}, {3})")
  @CsvSource(
      delimiter = '|',
      value = {
        "23500 | 23001 | deleguee       | ",
        "23099 | 23001 | passage        | ",
        "23002 |       | outside        | INFO",
        "69123 |       | city_split     | INFO",
        "23098 |       | ambiguous      | WARNING",
        "23777 |       | unknown        | WARNING",
      })
  void aCodeIsBroughtToTheTargetOrDroppedAndSaid(
      String code, String to, String reason, String severity) {
    Changes changes = changes();
    assertEquals(to, changes.resolve("f.csv", code, 2, 10.0));
    CogChange c = changes.list().get(0);
    assertEquals(reason, c.reason().key());
    assertEquals(2, c.records());
    assertEquals(10.0, c.amount());
    Problems problems = new Problems();
    changes.reportDrops(problems);
    List<Problem> said = problems.sorted();
    if (severity == null) {
      assertEquals(List.of(), said);
    } else {
      assertEquals(1, said.size());
      assertEquals(Problem.Severity.valueOf(severity), said.get(0).severity());
    }
  }

  @ParameterizedTest(name = "{0} is unchanged")
  @CsvSource({"23001", "23003"})
  void aCodeOfTheTargetIsNoChange(String code) {
    Changes changes = changes();
    assertEquals(code, changes.resolve("f.csv", code, 1));
    assertEquals(List.of(), changes.list());
  }
}
