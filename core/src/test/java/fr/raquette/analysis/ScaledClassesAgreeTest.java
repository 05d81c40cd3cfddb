package fr.raquette.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.raquette.access.Method;
import fr.raquette.load.LoadOptions;
import fr.raquette.load.TerritoryLoader;
import fr.raquette.territory.Territory;
import fr.raquette.themes.ThemeCatalog;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast path of the sensitivity ({@link ScaledClasses}: supply, demand and covered communes of
 * the first pass reused, only classes computed) agrees with its oracle, a whole diagnosis run with
 * every catchment scaled, class for class, on every theme of the real sample of the Creuse (its
 * context ring, the national and the territory's yardstick, every method) and on a territory with
 * travel times.
 */
class ScaledClassesAgreeTest {
  @TempDir static Path dir;
  private static ThemeCatalog catalog;
  private static Territory creuse;

  @BeforeAll
  static void load() throws Exception {
    // An 8 km catchment for general practitioners adds trous and weak answers on the real data.
    catalog = SensitivityOnSampleTest.withShortCatchment(dir, "0.9");
    creuse =
        TerritoryLoader.load(
            Path.of("..", "data-samples", "creuse"),
            new LoadOptions(false, catalog::resolveThemeId, null));
  }

  /** Classes found by the fast path and by the oracle, per class, for every scale. */
  private static Map<Classification, Integer> agree(
      Territory t, ThemeCatalog c, DiagnosisOptions o) {
    Map<Classification, Integer> seen = new EnumMap<>(Classification.class);
    List<List<Classification[]>> atScales = Diagnoser.scaledClasses(t, c, o, Sensitivity.SCALES);
    for (int at = 0; at < Sensitivity.SCALES.size(); at++) {
      double s = Sensitivity.SCALES.get(at);
      List<Classification[]> fast = atScales.get(at);
      Diagnosis oracle = Diagnoser.run(t, c, o.atScale(s));
      assertEquals(oracle.themes().size(), fast.size());
      for (int k = 0; k < fast.size(); k++) {
        List<Indicator> expected = oracle.themes().get(k).indicators();
        assertEquals(expected.size(), fast.get(k).length);
        for (int i = 0; i < expected.size(); i++) {
          Indicator ind = expected.get(i);
          assertEquals(
              ind.classification(),
              fast.get(k)[i],
              ind.theme() + " " + ind.commune() + " at " + s + " " + o.method());
          seen.merge(ind.classification(), 1, Integer::sum);
        }
      }
    }
    return seen;
  }

  @Test
  void agreesOnTheCreuseWithTheNationalYardstick() {
    Map<Classification, Integer> seen = agree(creuse, catalog, DiagnosisOptions.defaults());
    // Every class is met, so that the comparison means something.
    for (Classification c : Classification.values()) {
      assertTrue(seen.getOrDefault(c, 0) > 0, c + " never met: " + seen);
    }
  }

  @Test
  void agreesOnTheCreuseWithTheTerritorysMeanUnderTheOtherMethods() {
    // Themes with elements at both distance scales, at home and by département.
    List<String> themes = List.of("medecin-8km", "sante", "longevite", "handicap");
    for (Method m : List.of(Method.TWO_SFCA, Method.THREE_SFCA)) {
      DiagnosisOptions o =
          new DiagnosisOptions(m, themes, DiagnosisOptions.DEFAULT_ACTORS_RADIUS_KM, 5)
              .withSensitivity(true);
      Map<Classification, Integer> seen = agree(creuse, catalog, o);
      assertTrue(seen.getOrDefault(Classification.RENFORCER, 0) > 0, m + " " + seen);
    }
  }

  @Test
  void agreesWithTravelTimes() throws Exception {
    Territory t = TravelTimeTest.load(TravelTimeTest.fixture());
    assertTrue(!t.travelTimes().isEmpty());
    Map<Classification, Integer> seen =
        agree(t, ThemeCatalog.builtIn(), DiagnosisOptions.defaults());
    assertTrue(seen.values().stream().mapToInt(Integer::intValue).sum() > 0);
  }
}
