package fr.raquette.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.raquette.analysis.Need;
import fr.raquette.io.Problems;
import fr.raquette.territory.Commune;
import fr.raquette.territory.Role;
import fr.raquette.territory.Territory;
import fr.raquette.themes.ThemeCatalog;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The census, households and Filosofi files as INSEE publishes them: real extracts. */
class FiguresTest {
  private static Territory t;

  @BeforeAll
  static void load() throws Exception {
    Path folder = Path.of(FiguresTest.class.getResource("/census").toURI());
    t = TerritoryLoader.load(folder, new LoadOptions(false, s -> Optional.empty(), null));
  }

  @Test
  void eachFileIsRecognisedFromItsHeader() {
    Map<String, Role> roles = new TreeMap<>();
    t.inputs().forEach(f -> roles.put(f.path(), f.role()));
    assertEquals(Role.POPULATION, roles.get("population-ages-communes-2022.csv"));
    assertEquals(Role.HOUSEHOLDS, roles.get("menages-communes-2022.csv"));
    assertEquals(Role.INCOME, roles.get("filosofi-2021-communes.csv"));
  }

  /** Values checked against the source rows (see census/SOURCES.md). */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // census: decimals kept, latest year under the bare name, earlier years kept
        "01001 | POP0014 | 162.01",
        "01001 | POP75P | 76.02",
        "01001 | POP80P | 43.98",
        "01001 | POP75P@2016 | 57.99",
        "01001 | POP@2011 | 780.0",
        "01001 | MEN | 353.42",
        "01001 | MENFAMMONO | 24.53",
        "01001 | POP80P_PSEUL | 15.99",
        "01001 | MED | 25820",
        // Filosofi: decimal comma, negative values
        "01004 | TP60 | 17.0",
        "01004 | PIMPOT | -14.8",
        "01004 | D1 | 11890",
        // Paris: census arrondissements 75101 + 75102 added up; Filosofi's own 75056 row wins
        "75056 | POP | 35910",
        "75056 | POP@2011 | 40371",
        "75056 | MEN | 21665.56",
        "75056 | MED | 29730",
        "75056 | NBMENFISC | 1007247",
        "75056 | TP60 | 16.0",
      })
  void figuresAreTheSourceValues(String code, String figure, double value) {
    assertEquals(value, t.communes().get(code).figure(figure), 1e-6);
    assertFalse(t.communes().get(code).isImputed(figure));
  }

  /**
   * Regression: Besançon (25056) has its 2022 population but empty 2022 age bands in the national
   * file; its 75+ of 2011 was taken as today's, beside the population of 2022 (16 such communes,
   * France's 75+ share 9.97 % instead of 10.00 %). The latest year is the table's, not the row's.
   */
  @Test
  void aCommuneWithoutTheLatestYearDoesNotTakeAnEarlierOne(
      @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    java.nio.file.Files.writeString(
        dir.resolve("communes.csv"), "CODGEO;LIBGEO;PMUN\n25001;A;100\n25056;Besançon;1000\n");
    java.nio.file.Files.writeString(
        dir.resolve("population.csv"),
        "CODGEO;P22_POP;P22_POP75P;P11_POP;P11_POP75P\n"
            + "25001;100;10;90;7\n"
            + "25056;1000;;950;80\n");
    Territory two = TerritoryLoader.load(dir, new LoadOptions(false, s -> Optional.empty(), null));
    Commune besancon = two.communes().get("25056");
    assertEquals(80.0, besancon.figure("POP75P@2011"), 1e-9);
    // Imputed from the département (10 per 100 inhabitants), flagged, never the 2011 count.
    assertEquals(100.0, besancon.figure("POP75P"), 1e-9);
    assertTrue(besancon.isImputed("POP75P"));
    assertEquals(10.0, two.communes().get("25001").figure("POP75P"), 1e-9);
    assertFalse(two.communes().get("25001").isImputed("POP75P"));
  }

  @Test
  void emptyAndSecretValuesAreUnknownNeverZero() {
    Commune briancon = t.communes().get("05023");
    // An empty census cell, with no other commune of its EPCI or département to impute from.
    assertNull(briancon.figure("POP0014"));
    assertEquals(10748.0, briancon.figure("POP"), 1e-9);
    // 75101 has no age bands: Paris's bands are unknown, not the sum of 75102's alone.
    assertNull(t.communes().get("75056").figure("POP0014"));
    // 's' (secret): 23001 has no neighbour to impute from, so unknown.
    assertNull(t.communes().get("23001").figure("TP60"));
    // 01001's secret TP60 is imputed from its département (01004, 17 %) and flagged.
    Commune abergement = t.communes().get("01001");
    assertEquals(17.0, abergement.figure("TP60"), 1e-9);
    assertTrue(abergement.isImputed("TP60"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "01001 | longevite | 76.02 | READ",
        "01001 | isolement | 15.99 | READ",
        "01001 | insertion | 524.94 | READ",
        // poor households: MEN × TP60 / 100, TP60 imputed
        "01001 | logement | 60.0814 | IMPUTED",
        "01004 | logement | 1200.8817 | READ",
        // Briançon has no age bands: its legal population, for it alone
        "05023 | famille | 11411 | FALLBACK",
        "05023 | longevite | 11411 | FALLBACK",
        "23001 | sante | 1394 | READ",
      })
  void needIsTheThemesExpressionCommuneByCommune(
      String code, String theme, double value, Need.Source source) {
    Need n = Need.of(ThemeCatalog.builtIn().get(theme).orElseThrow(), t.communes().get(code));
    assertEquals(value, n.value(), 1e-6);
    assertEquals(source, n.source());
  }

  /** Imputation from the EPCI, else the département; counts by share, rates by weighted mean. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // commune | figure | expected (empty = unknown)
        // count: Σ X / Σ PMUN of the other communes of the EPCI × PMUN: (10 + 60) / 400 × 200
        "c3 | X | 35",
        // rate: (10 × 100 + 20 × 300) / 400
        "c3 | R | 17.5",
        // alone in its EPCI: the département's (c1, c2, c5): (10 + 60 + 5) / 500 × 50
        "c4 | X | 7.5",
        "c4 | R | 16",
        // another département with nobody giving the figures: unknown
        "c6 | X | ",
        "c6 | R | ",
        // read values are never changed
        "c1 | X | 10",
      })
  void imputationIsCommuneByCommune(String code, String figure, Double expected) {
    SortedMap<String, Commune> in = new TreeMap<>();
    put(in, "c1", "A", "01", 100, Map.of("X", 10.0, "R", 10.0));
    put(in, "c2", "A", "01", 300, Map.of("X", 60.0, "R", 20.0));
    put(in, "c3", "A", "01", 200, Map.of());
    put(in, "c4", "B", "01", 50, Map.of());
    put(in, "c5", "C", "01", 100, Map.of("X", 5.0, "R", 10.0));
    put(in, "c6", "D", "02", 100, Map.of());
    SortedMap<String, Commune> out =
        Imputation.impute(in, Map.of(), Set.of("R"), "f.csv", new Problems());
    Commune c = out.get(code);
    if (expected == null) {
      assertNull(c.figure(figure));
      assertFalse(c.isImputed(figure));
    } else {
      assertEquals(expected, c.figure(figure), 1e-9);
      assertEquals(!in.get(code).figures().containsKey(figure), c.isImputed(figure));
    }
  }

  private static void put(
      SortedMap<String, Commune> m,
      String code,
      String epci,
      String dep,
      long pop,
      Map<String, Double> f) {
    m.put(
        code, new Commune(code, code, dep, "", epci, epci, pop, new TreeMap<>(f), new TreeSet<>()));
  }
}
