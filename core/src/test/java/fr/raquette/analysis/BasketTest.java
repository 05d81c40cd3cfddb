package fr.raquette.analysis;

import static fr.raquette.analysis.DiagnoserTest.KM_PER_DEG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.raquette.access.Method;
import fr.raquette.territory.Actor;
import fr.raquette.territory.Commune;
import fr.raquette.territory.GeoPoint;
import fr.raquette.territory.InputFile;
import fr.raquette.territory.Role;
import fr.raquette.territory.Territory;
import fr.raquette.themes.ThemeCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Baskets judged element by element, at their scale, and the edges (docs/methode.md, "Échelles" and
 * "Bords"), on the four communes of {@link DiagnoserTest}: A (1,000 inhabitants, EPCI E1), B (500,
 * 8 km north, E1), C (300, 40 km south, E2), D (50, 40 km north, E2, in another département).
 */
class BasketTest {

  static Territory territory(
      Map<String, Map<String, Double>> equipment,
      List<Actor> actors,
      List<InputFile> inputs,
      SortedMap<String, Geometry> outlines) {
    SortedMap<String, Commune> communes = new TreeMap<>();
    SortedMap<String, GeoPoint> anchors = new TreeMap<>();
    Object[][] rows = {
      {"23001", "A", 1000L, 0.0, "E1", "23"},
      {"23002", "B", 500L, 8.0, "E1", "23"},
      {"23003", "C", 300L, -40.0, "E2", "23"},
      {"87004", "D", 50L, 40.0, "E2", "87"}
    };
    for (Object[] r : rows) {
      String code = (String) r[0];
      communes.put(
          code,
          new Commune(
              code, (String) r[1], (String) r[5], "75", (String) r[4], "", (long) r[2], Map.of()));
      anchors.put(code, new GeoPoint(2.0, 46.0 + (double) r[3] / KM_PER_DEG));
    }
    SortedMap<String, SortedMap<String, Double>> eq = new TreeMap<>();
    SortedMap<String, Integer> vintage = new TreeMap<>();
    equipment.forEach(
        (c, m) -> {
          eq.put(c, new TreeMap<>(m));
          m.keySet().forEach(t -> vintage.put(t, 2013));
        });
    vintage.putIfAbsent("D201", 2013);
    return new Territory(
        "Test", "2026", communes, outlines, anchors, eq, vintage, List.of(), Map.of(), actors,
        List.of(), inputs, List.of(), List.of(), null);
  }

  static final InputFile BPE = new InputFile("bpe.csv", Role.BPE, "", 0, "UTF-8", 1, 2013);
  static final InputFile DI = new InputFile("di.csv", Role.DI_SERVICES, "", 0, "UTF-8", 1, 0);

  static ThemeResult run(Territory t, String theme) {
    return Diagnoser.run(
            t, ThemeCatalog.builtIn(), new DiagnosisOptions(Method.E2SFCA, List.of(theme), 30, 5))
        .themes()
        .get(0);
  }

  static Indicator at(ThemeResult r, String code) {
    return r.indicators().stream().filter(i -> i.commune().equals(code)).findFirst().orElseThrow();
  }

  static ElementOutcome element(Indicator i, String id) {
    return i.elements().stream().filter(o -> o.element().id().equals(id)).findFirst().orElseThrow();
  }

  static Actor actor(String commune, double km, String thematique, String source) {
    return new Actor(
        source + ":1",
        "Acteur",
        List.of(source),
        commune,
        new GeoPoint(2.0, 46.0 + km / KM_PER_DEG),
        Actor.Precision.POINT,
        List.of(thematique),
        "",
        List.of(),
        "",
        "",
        "",
        "",
        "a.csv:2");
  }

  @Test
  void elementsAreJudgedOneByOneAndTheCommuneTakesTheWorst() {
    // A doctor in A and a pharmacy in C: B has the doctor within 8 km but no pharmacy within 20.
    Territory t =
        territory(
            Map.of("23001", Map.of("D201", 2.0), "23003", Map.of("D301", 1.0)),
            List.of(),
            List.of(BPE),
            new TreeMap<>());
    ThemeResult r = run(t, "sante");
    Indicator b = at(r, "23002");
    assertEquals(Classification.COUVERT, element(b, "medecin").classification());
    assertEquals(Classification.TROU, element(b, "pharmacie").classification());
    assertEquals(Classification.TROU, b.classification());
    assertEquals(48.0, b.nearestKm(), 1e-6, "the pharmacy, which decided");
    // infirmier: BPE loaded, no D232 anywhere: source vide, not a gap.
    assertEquals(ElementOutcome.Basis.EMPTY_SOURCE, element(b, "infirmier").basis());
    assertEquals(
        ElementSummary.Coverage.EMPTY_SOURCE,
        r.elements().stream()
            .filter(e -> e.element().id().equals("infirmier"))
            .findFirst()
            .orElseThrow()
            .coverage());
    // Never summed: the doctor's score counts doctors only (2 per 1,340 weighted inhabitants).
    assertEquals(2.0 / 1340 * 1000 * 0.68, element(b, "medecin").score(), 1e-9);
  }

  @Test
  void aThemeWhoseSourcesAreEmptyEverywhereIsNotAssessableNotAGap() {
    ThemeResult r = run(territory(Map.of(), List.of(), List.of(BPE), new TreeMap<>()), "famille");
    assertTrue(
        r.indicators().stream().allMatch(i -> i.classification() == Classification.NON_EVALUABLE));
    assertEquals(ElementSummary.Coverage.EMPTY_SOURCE, r.elements().get(0).coverage());
  }

  @Test
  void departementElementsGiveARowPerDepartementAndNoCommuneGap() {
    Territory t =
        territory(Map.of("23001", Map.of("D703", 1.0)), List.of(), List.of(BPE), new TreeMap<>());
    ThemeResult r = run(t, "logement");
    DepartementRow chrs = r.departements().get(0);
    assertEquals("23", chrs.departement());
    assertEquals(1, chrs.count());
    assertEquals(1.0 / 1800 * 100_000, chrs.per100k(), 1e-9);
    DepartementRow absent = r.departements().get(1);
    assertEquals("87", absent.departement());
    assertEquals(0, absent.count());
    assertEquals(40.0, absent.nearestKm(), 1e-6);
    assertTrue(
        r.indicators().stream().allMatch(i -> i.classification() == Classification.NON_EVALUABLE));
  }

  @Test
  void aPartialSourceIsAssessableOnlyWhereItHasRecords() {
    Actor housing = actor("23001", 0, "logement-hebergement", "data-inclusion");
    Territory t = territory(Map.of(), List.of(housing), List.of(BPE, DI), new TreeMap<>());
    ThemeResult r = run(t, "logement");
    ElementSummary access = r.elements().get(2);
    assertEquals(ElementSummary.Coverage.PARTIAL, access.coverage());
    assertEquals(1, access.covered());
    assertEquals(Classification.COUVERT, at(r, "23001").classification());
    assertEquals(Classification.NON_EVALUABLE, at(r, "23003").classification());
    assertEquals(
        ElementOutcome.Basis.NOT_COVERED, element(at(r, "23003"), "acces-logement").basis());
  }

  @Test
  void homeServicesAreJudgedByEpciThenDepartement() {
    // A SSIAD seated in A (EPCI E1, département 23).
    Territory t =
        territory(Map.of("23001", Map.of("D402", 1.0)), List.of(), List.of(BPE), new TreeMap<>());
    ThemeResult r = run(t, "longevite");
    assertEquals(ElementOutcome.Basis.EPCI, element(at(r, "23002"), "ssiad").basis());
    ElementOutcome c = element(at(r, "23003"), "ssiad");
    assertEquals(ElementOutcome.Basis.DEPARTEMENT, c.basis());
    assertEquals(Classification.COUVERT, c.classification());
    // None in the whole département 87: the source's absence, never a gap.
    ElementOutcome d = element(at(r, "87004"), "ssiad");
    assertEquals(ElementOutcome.Basis.ABSENT, d.basis());
    assertEquals(Classification.NON_EVALUABLE, d.classification());
    assertEquals(0, d.severity(), 1e-9);
  }

  @Test
  void aLargeCommunesOwnSupplyIsAtTwoThirdsOfItsEquivalentRadius() {
    // A 16 km × 16 km square around A: 256 km² > 100 km².
    GeometryFactory f = new GeometryFactory();
    double dLat = 8 / KM_PER_DEG;
    double dLon = 8 / (KM_PER_DEG * Math.cos(Math.toRadians(46.0)));
    Coordinate[] ring = {
      new Coordinate(2 - dLon, 46 - dLat),
      new Coordinate(2 + dLon, 46 - dLat),
      new Coordinate(2 + dLon, 46 + dLat),
      new Coordinate(2 - dLon, 46 + dLat),
      new Coordinate(2 - dLon, 46 - dLat)
    };
    SortedMap<String, Geometry> outlines = new TreeMap<>();
    outlines.put("23001", f.createPolygon(ring));
    double area = CommuneTable.areaKm2(outlines.get("23001"));
    assertEquals(256, area, 0.5);
    Territory t =
        territory(Map.of("23001", Map.of("D201", 2.0)), new ArrayList<>(), List.of(BPE), outlines);
    Indicator a = at(run(t, "sante"), "23001");
    assertEquals(2.0 / 3.0 * Math.sqrt(area / Math.PI), a.nearestKm(), 1e-9);
  }
}
