package fr.raquette.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.raquette.territory.Commune;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The national folder's border note: a folder holding every metropolitan département is told that
 * supply abroad is missing, never to add a context ring with {@code raquette init}.
 */
class NationalBorderTest {
  private static List<Commune> departements(List<String> without, List<String> extra) {
    List<String> deps = new ArrayList<>();
    for (int d = 1; d <= 95; d++) {
      if (d != 20) {
        deps.add(d < 10 ? "0" + d : Integer.toString(d));
      }
    }
    deps.add("2A");
    deps.add("2B");
    deps.removeAll(without);
    deps.addAll(extra);
    List<Commune> out = new ArrayList<>();
    for (String d : deps) {
      String code = (d + "001").substring(0, 5);
      out.add(new Commune(code, code, d, "", "", "", 100, Map.of()));
    }
    return out;
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("les 96 départements", List.of(), List.of(), true),
        Arguments.of("avec l'outre-mer", List.of(), List.of("971", "974"), true),
        Arguments.of("sans la Haute-Corse", List.of("2B"), List.of(), false),
        Arguments.of("sans la Lozère", List.of("48"), List.of(), false),
        Arguments.of("la Creuse seule", departementsBut("23"), List.of(), false));
  }

  private static List<String> departementsBut(String kept) {
    List<String> all = new ArrayList<>();
    departements(List.of(), List.of()).forEach(c -> all.add(c.departement()));
    all.remove(kept);
    return all;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aFolderOfEveryMetropolitanDepartementIsTheNationalOne(
      String why, List<String> without, List<String> extra, boolean national) {
    assertEquals(
        national, MarkdownReport.coversMetropolitanFrance(departements(without, extra)), why);
  }
}
