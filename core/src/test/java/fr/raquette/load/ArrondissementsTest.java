package fr.raquette.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.raquette.init.Extraction;
import fr.raquette.init.InitOptions;
import fr.raquette.init.TerritoryExtractor;
import fr.raquette.territory.CogChange;
import fr.raquette.territory.Commune;
import fr.raquette.territory.GeoPoint;
import fr.raquette.territory.Territory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArrondissementsTest {
  static final Path FRANCE = Path.of("..", "..", "shared", "open-data", "france");

  static LoadOptions options() {
    return new LoadOptions(false, s -> Optional.empty(), null);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "75101, 75056",
    "75120, 75056",
    "75121, ",
    "75100, ",
    "69381, 69123",
    "69389, 69123",
    "69390, ",
    "13201, 13055",
    "13216, 13055",
    "13217, ",
    "75056, ",
    "2A004, ",
    "7510, "
  })
  void arrondissementCodesBelongToTheirCity(String code, String city) {
    Arrondissements.City c = Arrondissements.cityOfArrondissement(code);
    assertEquals(city, c == null ? null : c.code());
  }

  /**
   * The real extract of Paris 1er and 2e (see its README): the arrondissements are the communes,
   * every figure is the source's, and Paris's own row and outline are not counted beside them.
   */
  @Test
  void parisIsDiagnosedByArrondissementWhenTheirOutlinesAreGiven() throws Exception {
    Path folder = fixture();
    Territory t = TerritoryLoader.load(folder, options());
    assertTrue(t.usable(), () -> t.problems().toString());
    assertEquals(Set.of("75101", "75102"), t.communes().keySet());
    assertEquals(Set.of("75101", "75102"), t.outlines().keySet());
    Map<String, String[]> arm = table(folder.resolve("arrondissements-municipaux-75.csv"));
    for (Commune c : t.communes().values()) {
      assertEquals(arm.get(c.code())[1], c.name());
      assertEquals(Long.parseLong(arm.get(c.code())[10]), c.population());
      assertEquals("75", c.departement());
      assertEquals("200054781", c.epci());
    }
    assertEquals(15_114 + 19_847, t.totalPopulation());
    // Equipment: exactly the source's counts, per arrondissement and type.
    Map<String, Map<String, Double>> bpe = bpe(folder.resolve("bpe2013-communes-75.csv"));
    assertEquals(bpe, t.equipment());
    // Census bands of the 2e, as the source has them; the 1er's are empty in the source.
    Map<String, String[]> census = table(folder.resolve("population-ages-75.csv"));
    assertEquals(
        Double.parseDouble(census.get("75102")[2]), t.communes().get("75102").figure("POP0014"));
    assertEquals(
        Double.parseDouble(census.get("75101")[1]), t.communes().get("75101").figure("POP"));
    // The 1er's empty band is never 0: it is imputed from its EPCI (the 2e) and flagged.
    assertTrue(t.communes().get("75101").isImputed("POP0014"));
    assertFalse(t.communes().get("75102").isImputed("POP0014"));
    // Paris's own outline is left out, and said so; never merged with its arrondissements.
    CogChange paris =
        t.cogChanges().stream().filter(c -> c.from().equals("75056")).findFirst().orElseThrow();
    assertNull(paris.to());
    assertEquals(CogChange.Reason.CITY_SPLIT, paris.reason());
    assertEquals("commune-75056-2018.geojson", paris.file());
  }

  /**
   * The IRIS of the extract: each in its arrondissement, with the figures of its census row, and
   * the IRIS of an arrondissement adding up to the arrondissement's census population.
   */
  @Test
  void irisCarryTheirCensusFiguresInTheirArrondissement() throws Exception {
    Path folder = fixture();
    Territory t = TerritoryLoader.load(folder, options());
    assertEquals(31, t.iris().size());
    Map<String, Long> perUnit =
        t.iris().stream()
            .collect(
                Collectors.groupingBy(fr.raquette.territory.Iris::commune, Collectors.counting()));
    assertEquals(Map.of("75101", 17L, "75102", 14L), perUnit);
    Map<String, String[]> rows = new HashMap<>();
    List<String> lines =
        Files.readAllLines(
            folder.resolve("population-iris-75101-75102.csv"), StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split(";"));
    for (String l : lines.subList(1, lines.size())) {
      rows.put(l.split(";")[0], l.split(";", -1));
    }
    double pop75102 = 0;
    for (fr.raquette.territory.Iris i : t.iris()) {
      String[] r = rows.get(i.code());
      assertEquals(r[1], i.commune());
      assertEquals(number(r[header.indexOf("P22_POP")]), i.figure("POP"));
      assertEquals(number(r[header.indexOf("P22_POP75P")]), i.figure("POP75P"));
      assertEquals(number(r[header.indexOf("C22_MENFAMMONO")]), i.figure("MENFAMMONO"));
      assertTrue(i.anchor() != null, i.code());
      pop75102 += i.commune().equals("75102") ? i.figure("POP") : 0;
    }
    assertEquals(
        "Saint-Germain l'Auxerrois 1",
        t.iris().stream().filter(i -> i.code().equals("751010101")).findFirst().get().name());
    // Two source files agree: the IRIS of the 2e add up to its census population.
    assertEquals(t.communes().get("75102").figure("POP"), pop75102, 0.01);
  }

  /** The extract's files are cuts of the shared national files, values unchanged. */
  @Test
  void theExtractHoldsTheSourceRows() throws IOException, Exception {
    Assumptions.assumeTrue(Files.isDirectory(FRANCE));
    Path folder = fixture();
    assertEquals(
        rows(FRANCE.resolve("arrondissements-municipaux-france.csv"), Set.of("75101", "75102")),
        rows(folder.resolve("arrondissements-municipaux-75.csv"), null));
    assertEquals(
        rows(FRANCE.resolve("bpe2013-communes-france.csv"), Set.of("75101", "75102")),
        rows(folder.resolve("bpe2013-communes-75.csv"), null));
    assertEquals(
        rows(FRANCE.resolve("population-ages-communes-2022.csv"), Set.of("75101", "75102")),
        rows(folder.resolve("population-ages-75.csv"), null));
    Path paris = FRANCE.resolveSibling("75-paris").resolve("population-iris-75-2022.csv");
    try (Stream<String> s = Files.lines(paris, StandardCharsets.UTF_8)) {
      assertEquals(
          s.skip(1)
              .filter(l -> l.split(";")[1].equals("75101") || l.split(";")[1].equals("75102"))
              .toList(),
          rows(folder.resolve("population-iris-75101-75102.csv"), null));
    }
  }

  /** Without the arrondissements' outlines, Paris is one commune, as before. */
  @Test
  void withoutTheirOutlinesTheCityIsOneCommune(@TempDir Path tmp) throws Exception {
    Path folder = fixture();
    try (Stream<Path> s = Files.list(folder)) {
      for (Path p : s.toList()) {
        String n = p.getFileName().toString();
        if (!n.equals("arrondissements-municipaux-75.geojson") && !n.contains("iris")) {
          Files.copy(p, tmp.resolve(p.getFileName().toString()));
        }
      }
    }
    Territory t = TerritoryLoader.load(tmp, options());
    assertEquals(Set.of("75056"), t.communes().keySet());
    assertEquals(2_103_778, t.totalPopulation());
    Map<String, Double> all = new TreeMap<>();
    bpe(folder.resolve("bpe2013-communes-75.csv"))
        .values()
        .forEach(m -> m.forEach((k, v) -> all.merge(k, v, Double::sum)));
    assertEquals(all, t.equipment().get("75056"));
  }

  /**
   * What the decision says is said once, whether it was settled before the other outlines files
   * were parsed (the arrondissements' outlines given, or no arrondissement row at all) or after all
   * of them (rows and no arrondissement outline): the loader says it when every file is parsed.
   */
  @ParameterizedTest(name = "without {0}: {1}")
  @CsvSource({
    "'', INFO, arm.split",
    "arrondissements-municipaux-75.csv, WARNING, arm.no.rows",
    "arrondissements-municipaux-75.geojson, , "
  })
  void theDecisionIsSaidOnce(
      String left, fr.raquette.io.Problem.Severity severity, String key, @TempDir Path tmp)
      throws Exception {
    try (Stream<Path> s = Files.list(fixture())) {
      for (Path p : s.toList()) {
        String n = p.getFileName().toString();
        if (!n.equals(left) && !n.contains("iris")) {
          Files.copy(p, tmp.resolve(n));
        }
      }
    }
    Territory t = TerritoryLoader.load(tmp, options());
    List<fr.raquette.io.Problem> said =
        t.problems().stream().filter(p -> p.message().startsWith("Paris (75056)")).toList();
    assertEquals(key == null ? 0 : 1, said.size(), said::toString);
    if (key != null) {
      // Two arrondissement rows, or two arrondissement outlines.
      String message = fr.raquette.i18n.Messages.text(key, "Paris", "75056", 2);
      assertEquals(
          List.of(severity, message), List.of(said.get(0).severity(), said.get(0).message()));
    }
  }

  @Test
  void aPointGivenWithTheCityCodeIsPlacedInItsArrondissement() throws Exception {
    Territory t = TerritoryLoader.load(fixture(), options());
    Arrondissements arm =
        Arrondissements.decide(
            List.of(
                Map.of(
                    "75101|ARM",
                    new CommunesReader.Row(
                        "75101",
                        "Paris 1er",
                        "ARM",
                        "75056",
                        "75",
                        "11",
                        "",
                        "",
                        1L,
                        new fr.raquette.io.Origin("x", 2)))),
            Map.of("75101", "a.geojson"),
            new fr.raquette.io.Problems());
    // The Louvre (48.8606 N, 2.3376 E) is in the 1er; the Bourse (48.8690, 2.3412) in the 2e.
    assertEquals("75101", arm.locate("75056", new GeoPoint(2.3376, 48.8606), t.outlines()));
    assertEquals("75102", arm.locate("75056", new GeoPoint(2.3412, 48.8690), t.outlines()));
    assertEquals("75056", arm.locate("75056", null, t.outlines()));
    assertEquals("69123", arm.locate("69123", new GeoPoint(4.83, 45.76), t.outlines()));
  }

  /**
   * The three cities from the real national files: 20, 9 and 16 arrondissements, and the same
   * population as the three communes they replace.
   */
  @Test
  void theThreeCitiesFromTheNationalFiles(@TempDir Path tmp) throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(FRANCE));
    Path national = tmp.resolve("national");
    Files.createDirectories(national);
    for (String f :
        List.of(
            "communes-france.csv",
            "arrondissements-municipaux-france.csv",
            "arrondissements-municipaux-2022.geojson",
            "bpe2013-communes-france.csv")) {
      Files.copy(FRANCE.resolve(f), national.resolve(f));
    }
    Extraction x =
        TerritoryExtractor.extract(
            national,
            tmp.resolve("villes"),
            false,
            new InitOptions(null, null, List.of("75056", "69123", "13055"), null, null));
    Territory t = TerritoryLoader.load(x.folder(), options());
    Map<String, Long> byCity =
        t.communes().keySet().stream()
            .collect(
                Collectors.groupingBy(
                    c -> Arrondissements.cityOfArrondissement(c).code(), Collectors.counting()));
    assertEquals(Map.of("75056", 20L, "69123", 9L, "13055", 16L), byCity);
    assertEquals(x.population(), t.totalPopulation());
    assertEquals(2_103_778 + 519_127 + 886_040, t.totalPopulation());
    assertFalse(t.equipment().containsKey("75056"));
  }

  private static Path fixture() throws Exception {
    return Path.of(
        ArrondissementsTest.class.getResource("/territories/paris-arrondissements").toURI());
  }

  /** A census value, null when the source leaves it empty (never 0). */
  private static Double number(String s) {
    return s.isEmpty() ? null : Double.valueOf(s);
  }

  /** Rows by their first column. */
  private static Map<String, String[]> table(Path p) throws IOException {
    Map<String, String[]> out = new HashMap<>();
    List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
    for (String l : lines.subList(1, lines.size())) {
      String[] f = l.split(";", -1);
      out.put(f[0], f);
    }
    return out;
  }

  private static Map<String, Map<String, Double>> bpe(Path p) throws IOException {
    Map<String, Map<String, Double>> out = new TreeMap<>();
    List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
    for (String l : lines.subList(1, lines.size())) {
      String[] f = l.split(";");
      out.computeIfAbsent(f[0], k -> new TreeMap<>())
          .merge(f[1], Double.parseDouble(f[2]), Double::sum);
    }
    return out;
  }

  /** The data rows of a file whose first column is in {@code codes} (all when null). */
  private static List<String> rows(Path p, Set<String> codes) throws IOException {
    try (Stream<String> s = Files.lines(p, StandardCharsets.UTF_8)) {
      return s.skip(1)
          .filter(l -> codes == null || codes.contains(l.substring(0, l.indexOf(';'))))
          .toList();
    }
  }
}
