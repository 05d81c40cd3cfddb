package fr.raquette.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReconciliationTest {
  private static CommunesReader.Row row(String code, String parent, String dep, String epci) {
    return new CommunesReader.Row(
        code, "", CommunesReader.COM, parent, dep, "75", epci, "", 1L, null);
  }

  /** Which communes a manifest's perimeter names: a union of its lists; empty names them all. */
  @ParameterizedTest(name = "deps={0} epci={1} communes={2} regions={3} -> {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "    |           |       |    | 23001 23002 87001",
        "23  |           |       |    | 23001 23002",
        "    | 200067189 |       |    | 23002 87001",
        "    |           | 23001 |    | 23001",
        // a commune named by its old code (its parent in the file) is in
        "    |           | 23999 |    | 23002",
        "87  |           | 23001 |    | 23001 87001",
        "    |           |       | 75 | 23001 23002 87001",
        "    |           |       | 84 | ",
      })
  void thePerimeterIsTheUnionOfItsLists(
      String deps, String epci, String communes, String regions, String expected) {
    Map<String, CommunesReader.Row> com = new TreeMap<>();
    com.put("23001", row("23001", "", "23", "200000000"));
    com.put("23002", row("23002", "23999", "23", "200067189"));
    com.put("87001", row("87001", "", "87", "200067189"));
    Manifest.Perimeter p =
        new Manifest.Perimeter(list(deps), list(epci), list(communes), list(regions));
    assertEquals(list(expected), List.copyOf(Reconciliation.perimeterOf(com, p)));
  }

  private static List<String> list(String s) {
    return s == null ? List.of() : Arrays.asList(s.strip().split(" +"));
  }
}
