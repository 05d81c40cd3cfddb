package fr.raquette.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.raquette.io.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class LandmassesTest {
  private static final GeometryFactory GF = new GeometryFactory();
  private static Landmasses france;

  /** A square of {@code size} degrees at (x, y). */
  private static Geometry square(double x, double y, double size) {
    return GF.createPolygon(
        new Coordinate[] {
          new Coordinate(x, y),
          new Coordinate(x + size, y),
          new Coordinate(x + size, y + size),
          new Coordinate(x, y + size),
          new Coordinate(x, y)
        });
  }

  @Test
  void touchingOutlinesAreOneLandAndAStraitSeparates() {
    Map<String, Geometry> m = new TreeMap<>();
    m.put("a", square(0, 45, 0.1));
    m.put("b", square(0.1, 45, 0.1)); // shares an edge with a
    m.put("c", square(0.2 + 0.002, 45, 0.1)); // 0.002° of longitude at 45°: 157 m from b
    m.put("d", square(0.4, 45, 0.1)); // 9 km from c: an island
    m.put("e", square(0.6, 45, 0.1)); // another island, joined to d by a bridge
    Landmasses l = Landmasses.of(m, Landmasses.TOLERANCE_KM, List.of(List.of("d", "e")));
    assertTrue(l.sameLand("a", "b"));
    assertTrue(l.sameLand("a", "c"), "a gap below the tolerance is no sea");
    assertFalse(l.sameLand("c", "d"));
    assertTrue(l.sameLand("d", "e"), "a bridge joins two lands");
    assertEquals(2, l.lands().size());
    assertEquals(-1, l.landOf("zz"));
    assertFalse(l.sameLand("zz", "a"));
  }

  @Test
  void toleranceIsInKilometresOnParallelsToo() {
    // 0.01° of longitude at 60°N is 557 m; at the equator 1,113 m.
    Map<String, Geometry> m = new TreeMap<>();
    m.put("a", square(0, 60, 0.1));
    m.put("b", square(0.1 + 0.008, 60, 0.1)); // 446 m
    assertTrue(Landmasses.of(m, 0.5, List.of()).sameLand("a", "b"));
    m.put("b", square(0.1 + 0.012, 60, 0.1)); // 668 m
    assertFalse(Landmasses.of(m, 0.5, List.of()).sameLand("a", "b"));
  }

  @BeforeAll
  static void readFrance() {
    Path file = Path.of("../../shared/open-data/france/communes-france-2018.geojson");
    if (Files.isRegularFile(file)) {
      long t0 = System.nanoTime();
      Outlines o = OutlinesReader.read(file, file.getFileName().toString(), null, new Problems());
      long t1 = System.nanoTime();
      france = Landmasses.of(o.byCode());
      long t2 = System.nanoTime();
      System.out.printf(
          "France: read %d ms, landmasses %d ms, %d lands%n",
          (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, france.lands().size());
    }
  }

  /** Real outlines (IGN Admin Express COG 2018, simplified), when the shared data is there. */
  @ParameterizedTest(name = "{0} and {1}: same land {2} ({3})")
  @CsvSource({
    "2A004, 2B033, true, Ajaccio and Bastia: Corsica is one land",
    "2A004, 06088, false, Ajaccio and Nice: the sea",
    "97105, 97101, true, Basse-Terre and Les Abymes: the Rivière Salée is no sea",
    "97112, 97101, false, Grand-Bourg (Marie-Galante) and Les Abymes",
    "97131, 97130, false, Terre-de-Haut and Terre-de-Bas (Les Saintes)",
    "97110, 97101, false, La Désirade and Les Abymes",
    "85113, 85012, false, L'Île-d'Yeu and the mainland",
    "29155, 29019, false, Ouessant and Brest",
    "56069, 56121, false, Groix and Lorient",
    "97411, 97415, true, Saint-Denis and Saint-Paul: Réunion is one land",
    "97411, 2A004, false, Saint-Denis and Ajaccio",
    "17019, 17300, true, Ars-en-Ré and La Rochelle: the Ré bridge",
    "17385, 17058, true, Saint-Pierre-d'Oléron and Bourcefranc: the Oléron bridge",
    "85163, 85012, true, Noirmoutier-en-l'Île and La Barre-de-Monts: the Noirmoutier bridge",
    "23096, 75056, true, Guéret and Paris",
    "67482, 29019, true, Strasbourg and Brest",
  })
  void realIslands(String a, String b, boolean same, String what) {
    Assumptions.assumeTrue(france != null, "no shared national outlines");
    assertTrue(france.landOf(a) >= 0, a);
    assertTrue(france.landOf(b) >= 0, b);
    assertEquals(same, france.sameLand(a, b), what);
  }

  @Test
  void theMainlandIsOneLand() {
    Assumptions.assumeTrue(france != null, "no shared national outlines");
    int mainland = france.landOf("75056");
    long onMainland =
        france.lands().get(mainland).stream().filter(c -> !c.startsWith("97")).count();
    // Metropolitan communes off the mainland: Corsica and the islands without a bridge.
    assertTrue(onMainland > 34_000, "mainland communes: " + onMainland);
    System.out.println(
        "lands of more than one commune or off the mainland: "
            + france.lands().stream()
                .filter(l -> !l.contains("75056"))
                .map(l -> l.size() > 3 ? l.first() + "…(" + l.size() + ")" : l.toString())
                .toList());
  }
}
