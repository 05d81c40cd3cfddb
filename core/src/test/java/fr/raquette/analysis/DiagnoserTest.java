package fr.raquette.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.raquette.access.Method;
import fr.raquette.territory.Actor;
import fr.raquette.territory.Commune;
import fr.raquette.territory.DeclaredNeed;
import fr.raquette.territory.GeoPoint;
import fr.raquette.territory.InputFile;
import fr.raquette.territory.Role;
import fr.raquette.territory.Territory;
import fr.raquette.themes.ThemeCatalog;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A hand-checked diagnosis. Four communes on a meridian (1° of latitude = 111.1951 km with the mean
 * Earth radius): A has 2 doctors (D201), B is 8 km from A, C and D 40 km away on either side. Santé
 * uses E2SFCA bands 5:1, 10:0.68, 20:0.22 and a minimum of 100 inhabitants.
 *
 * <p>R = 2 / (1000·1 + 500·0.68) = 2/1340; A_A = 1000·R·1 = 1.49254 per 1,000; A_B = 1000·R·0.68 =
 * 1.01493; C and D reach nothing. Reference = (1000·1.49254 + 500·1.01493) / 1850 = 1.08108.
 */
class DiagnoserTest {
  static final double KM_PER_DEG = 6371.0088 * Math.PI / 180;

  static Territory territory(List<Actor> actors, List<DeclaredNeed> needs) {
    SortedMap<String, Commune> communes = new TreeMap<>();
    SortedMap<String, GeoPoint> anchors = new TreeMap<>();
    Object[][] rows = {
      {"23001", "A", 1000L, 0.0},
      {"23002", "B", 500L, 8.0},
      {"23003", "C", 300L, -40.0},
      {"23004", "D", 50L, 40.0}
    };
    for (Object[] r : rows) {
      String code = (String) r[0];
      communes.put(
          code, new Commune(code, (String) r[1], "23", "75", "", "", (long) r[2], Map.of()));
      anchors.put(code, new GeoPoint(2.0, 46.0 + (double) r[3] / KM_PER_DEG));
    }
    return territoryOf(communes, anchors, "D201", actors, needs);
  }

  /** A territory of these communes whose first commune has 2 equipments of {@code typequ}. */
  static Territory territoryOf(
      SortedMap<String, Commune> communes,
      SortedMap<String, GeoPoint> anchors,
      String typequ,
      List<Actor> actors,
      List<DeclaredNeed> needs) {
    SortedMap<String, SortedMap<String, Double>> equipment = new TreeMap<>();
    equipment.put(communes.firstKey(), new TreeMap<>(Map.of(typequ, 2.0)));
    return new Territory(
        "Test",
        "2026",
        communes,
        new TreeMap<>(),
        anchors,
        equipment,
        new TreeMap<>(Map.of(typequ, 2013)),
        List.of(),
        Map.of(),
        actors,
        needs,
        List.of(new InputFile("bpe.csv", Role.BPE, "", 0, "UTF-8", 1, 2013)),
        List.of(),
        List.of(),
        null);
  }

  static Diagnosis run(Territory t) {
    return Diagnoser.run(
        t, ThemeCatalog.builtIn(), new DiagnosisOptions(Method.E2SFCA, List.of("sante"), 30, 5));
  }

  static Indicator indicator(Diagnosis d, String code) {
    return d.themes().get(0).indicators().stream()
        .filter(i -> i.commune().equals(code))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void scoresDistancesAndClassesByHand() {
    Diagnosis d = run(territory(List.of(), List.of()));
    ThemeResult r = d.themes().get(0);
    // The territory's mean over the communes that have a score (A and B; C and D have none and stay
    // out): (1000 × 1.49254 + 500 × 1.01493) / 1500 = 2 doctors for the 1,500 people they reach.
    assertEquals(1.33333, r.referenceScore(), 1e-4);
    Indicator a = indicator(d, "23001");
    assertEquals(0.0, a.nearestKm());
    assertEquals(1.49254, a.score(), 1e-4);
    assertEquals(Classification.COUVERT, a.classification());
    Indicator b = indicator(d, "23002");
    assertEquals(8.0, b.nearestKm(), 1e-6);
    assertEquals(1.01493, b.score(), 1e-4);
    assertEquals(1.01493 / 1.33333, b.ratio(), 1e-4);
    assertEquals(Classification.COUVERT, b.classification());
    // C: no supply within 20 km, 300 ≥ 100 → gap; severity 300·(1 + min(20, 40 − 20)/20) = 600.
    Indicator c = indicator(d, "23003");
    assertNull(c.score());
    assertEquals(40.0, c.nearestKm(), 1e-6);
    assertEquals("A", c.nearestPlace());
    assertEquals(Classification.TROU, c.classification());
    assertEquals(600, c.severity(), 1e-6);
    // D: nothing in reach either, but 50 < 100 and no need declared: not a gap.
    Indicator dd = indicator(d, "23004");
    assertTrue(dd.belowMinimum());
    assertEquals(Classification.COUVERT, dd.classification());
    assertEquals(List.of("23003"), d.gaps().stream().map(g -> g.indicator().commune()).toList());
  }

  @Test
  void aDeclaredNeedMakesASmallCommuneAGapAndAddsToSeverity() {
    DeclaredNeed need =
        new DeclaredNeed(
            "23004",
            "sante",
            "aînés",
            "pas de médecin",
            "test",
            12,
            "",
            new fr.raquette.io.Origin("b.csv", 2),
            false);
    Diagnosis d = run(territory(List.of(), List.of(need)));
    Indicator dd = indicator(d, "23004");
    assertEquals(Classification.TROU, dd.classification());
    // 50·(1 + 20/20) + 12
    assertEquals(112, dd.severity(), 1e-6);
    assertEquals(1, dd.needs());
  }

  @Test
  void actorsOfTheThemeAreListedNearTheGapClosestFirst() {
    Actor near =
        new Actor(
            "local:1",
            "Centre de santé (exemple)",
            List.of("local"),
            "23001",
            new GeoPoint(2.0, 46.0 - 65 / KM_PER_DEG),
            Actor.Precision.POINT,
            List.of("sante"),
            "",
            List.of(),
            "",
            "",
            "",
            "",
            "a.csv:2");
    Diagnosis d = run(territory(List.of(near), List.of()));
    Gap gap =
        d.gaps().stream()
            .filter(g -> g.indicator().commune().equals("23003"))
            .findFirst()
            .orElseThrow();
    assertEquals(1, gap.actors().size());
    // 65 km south of A is 25 km from C: beyond the 20 km catchment, within the 30 km radius.
    assertEquals(25.0, gap.actors().get(0).km(), 1e-6);
  }

  @Test
  void aThemeWithoutAnExhaustiveSourceIsNotAssessable() {
    Diagnosis d =
        Diagnoser.run(
            territory(List.of(), List.of()),
            ThemeCatalog.builtIn(),
            new DiagnosisOptions(Method.E2SFCA, List.of("isolement"), 30, 5));
    ThemeResult r = d.themes().get(0);
    assertEquals(false, r.assessable());
    assertTrue(
        r.indicators().stream().allMatch(i -> i.classification() == Classification.NON_EVALUABLE));
  }

  /**
   * A commune whose target population cannot be counted (no POP75P: its fallback, the whole
   * population, is used) is neither compared with the yardstick nor counted in it: its score is per
   * inhabitant, the others' per person aged 75+. Regression: the overseas communes, absent from the
   * metropolitan census file, pulled France's EHPAD yardstick down from 1.53 to 1.21 and were
   * listed "à renforcer" at 2 % of it. A (75+: 100) has 2 EHPAD (D401); B, 15 km away (weight
   * 0.68), has 500 inhabitants and no age bands. R = 2 / (100 + 500 × 0.68); A_A = 1000 R = 4.545.
   */
  @Test
  void aFallbackTargetIsNeitherComparedWithNorCountedInTheYardstick() {
    SortedMap<String, Commune> communes = new TreeMap<>();
    SortedMap<String, GeoPoint> anchors = new TreeMap<>();
    communes.put(
        "23001",
        new Commune(
            "23001",
            "A",
            "23",
            "75",
            "",
            "",
            1000,
            new TreeMap<>(Map.of("POP75P", 100.0)),
            new java.util.TreeSet<>()));
    communes.put(
        "23002",
        new Commune(
            "23002", "B", "23", "75", "", "", 500, new TreeMap<>(), new java.util.TreeSet<>()));
    anchors.put("23001", new GeoPoint(2.0, 46.0));
    anchors.put("23002", new GeoPoint(2.0, 46.0 + 15.0 / KM_PER_DEG));
    Territory t = territoryOf(communes, anchors, "D401", List.of(), List.of());
    Diagnosis d =
        Diagnoser.run(
            t,
            ThemeCatalog.builtIn(),
            new DiagnosisOptions(Method.E2SFCA, List.of("longevite"), 30, 5));
    ElementOutcome a = ehpad(indicator(d, "23001"));
    ElementOutcome b = ehpad(indicator(d, "23002"));
    assertEquals(1000 * 2 / (100 + 500 * 0.68), a.score(), 1e-9);
    // The yardstick is A's score alone (with B it would be 3.333 and A's ratio 1.36).
    assertEquals(1.0, a.ratio(), 1e-9);
    assertEquals(Need.Source.FALLBACK, indicator(d, "23002").needSource());
    assertEquals(0.68 * a.score(), b.score(), 1e-9);
    assertNull(b.ratio());
    assertEquals(Classification.COUVERT, b.classification());
  }

  private static ElementOutcome ehpad(Indicator i) {
    return i.elements().stream()
        .filter(o -> o.element().id().equals("hebergement"))
        .findFirst()
        .orElseThrow();
  }
}
