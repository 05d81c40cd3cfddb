package fr.raquette.report.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.raquette.geo.Outlines;
import fr.raquette.geo.OutlinesReader;
import fr.raquette.io.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * The fast path FastTopologySimplifier gives exactly what its oracle, JTS's
 * TopologyPreservingSimplifier, gives: same geometry types, same rings, same coordinates.
 */
@fr.raquette.i18n.InEnglish
class FastTopologySimplifierTest {
  private static final GeometryFactory FACTORY = new GeometryFactory();
  private static final Path DATA = Path.of("../../shared/open-data");

  /** Short by default; {@code -Draquette.tests.full=true} adds a tenth of France and more cases. */
  private static final boolean FULL = Boolean.getBoolean("raquette.tests.full");

  /**
   * One simplifier for every case, as a chunk of a basemap uses one for many communes: nothing of a
   * simplification (its pooled coordinates, its work arrays) may leak into the next.
   */
  private static final FastTopologySimplifier REUSED = new FastTopologySimplifier();

  /** Asserts that the fast path agrees; returns whether it left the geometry to JTS. */
  private static boolean assertAgrees(Geometry g, double tolerance, String what) {
    Geometry expected = TopologyPreservingSimplifier.simplify(g, tolerance);
    Geometry fast = REUSED.simplifiedOrNull(g, tolerance);
    Geometry actual = fast != null ? fast : FastTopologySimplifier.simplify(g, tolerance);
    assertEquals(expected.getClass(), actual.getClass(), what);
    assertTrue(
        expected.equalsExact(actual),
        () -> what + " at " + tolerance + ":\n" + g + "\n" + expected + "\n" + actual);
    return fast == null;
  }

  private static Geometry wkt(String wkt) throws ParseException {
    return new WKTReader(FACTORY).read(wkt);
  }

  @Test
  void agreesOnSmallCases() throws ParseException {
    for (String w :
        List.of(
            "POLYGON ((0 0, 10 0, 10 0.2, 10 10, 5 10.1, 0 10, 0 0))",
            // a hole near the shell: flattening the shell would jump over it
            "POLYGON ((0 0, 5 0.5, 10 0, 10 10, 0 10, 0 0), (4.9 0.6, 5.1 0.6, 5 0.8, 4.9 0.6))",
            // two polygons whose simplified edges would cross
            "MULTIPOLYGON (((0 0, 4 0, 4 1, 2 1.2, 0 1, 0 0)), ((0 1.3, 2 1.1, 4 1.3, 4 2, 0 2, 0 1.3)))",
            // a ring whose end point lies on a straight stretch
            "POLYGON ((5 0, 10 0, 10 10, 0 10, 0 0, 5 0))",
            "LINESTRING (0 0, 1 0.1, 2 0, 3 0.1, 4 0)",
            "POLYGON EMPTY")) {
      for (double tolerance : new double[] {0, 0.05, 0.3, 1, 5, 50}) {
        assertAgrees(wkt(w), tolerance, w);
      }
    }
    // A repeated segment: which copy JTS's quadtree removes depends on its shape, left to JTS.
    Geometry twice = wkt("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((0 0, 1 0, 0.5 -1, 0 0)))");
    assertTrue(assertAgrees(twice, 0.1, "twice"));
    assertThrows(
        IllegalArgumentException.class,
        () -> FastTopologySimplifier.simplify(wkt("POINT (0 0)"), -1));
  }

  /**
   * Random polygons on small integer grids (many collinear, touching and crossing segments, holes
   * and islands close to one another) and random decimal ones.
   */
  @Test
  void agreesOnRandomPolygons() {
    Random random = new Random(20261130);
    for (int k = 0; k < (FULL ? 5000 : 400); k++) {
      boolean grid = k % 2 == 0;
      List<Polygon> polygons = new ArrayList<>();
      int count = 1 + random.nextInt(4);
      for (int p = 0; p < count; p++) {
        LinearRing shell = ring(random, 4 + random.nextInt(grid ? 10 : 80), grid);
        LinearRing[] holes = new LinearRing[random.nextInt(3)];
        for (int h = 0; h < holes.length; h++) {
          holes[h] = ring(random, 4 + random.nextInt(8), grid);
        }
        polygons.add(FACTORY.createPolygon(shell, holes));
      }
      Geometry g =
          count == 1
              ? polygons.get(0)
              : FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
      for (double tolerance : new double[] {0.5, 2, 8}) {
        assertAgrees(g, tolerance, "random " + k);
      }
    }
  }

  /** A closed ring of points around a centre, at random radii (not always simple). */
  private static LinearRing ring(Random random, int n, boolean grid) {
    double cx = random.nextInt(20);
    double cy = random.nextInt(20);
    Coordinate[] cs = new Coordinate[n + 1];
    for (int i = 0; i < n; i++) {
      double a = 2 * Math.PI * i / n;
      double r = 1 + random.nextDouble() * 9;
      double x = cx + r * Math.cos(a);
      double y = cy + r * Math.sin(a);
      cs[i] = grid ? new Coordinate(Math.round(x), Math.round(y)) : new Coordinate(x, y);
    }
    cs[n] = cs[0].copy();
    return FACTORY.createLinearRing(cs);
  }

  /** Creuse and Rhône whole (and every 10th commune of France), at the tolerances of their maps. */
  @Test
  void agreesOnRealOutlines() {
    Path creuse = DATA.resolve("23-creuse/communes-23-creuse.geojson");
    Path rhone = DATA.resolve("69-rhone/communes-69-rhone.geojson");
    Path france = DATA.resolve("france/communes-france-2018.geojson");
    Assumptions.assumeTrue(Files.isRegularFile(creuse), "no shared outlines");
    int[] counts = new int[2];
    agreesOn(creuse, 1, new double[] {20, 150, 600}, counts);
    agreesOn(rhone, 1, new double[] {20, 150, 600}, counts);
    if (FULL && Files.isRegularFile(france)) {
      agreesOn(france, 10, new double[] {300, 1900}, counts);
    }
    assertTrue(counts[0] > 500, "outlines checked: " + counts[0]);
    // The fast path itself was checked, not JTS against itself.
    assertTrue(counts[1] * 100 < counts[0], counts[1] + " of " + counts[0] + " left to JTS");
  }

  /**
   * Every {@code step}th outline projected as the maps do, whole and cut by a box; counts the
   * simplifications checked and those left to JTS.
   */
  private static void agreesOn(Path file, int step, double[] tolerances, int[] counts) {
    Outlines o = OutlinesReader.read(file, file.getFileName().toString(), null, new Problems());
    MapProjection lambert = MapProjection.lambert93();
    int k = 0;
    for (Map.Entry<String, Geometry> e : o.byCode().entrySet()) {
      if (k++ % step != 0 || MapProjection.isOverseas(e.getKey())) {
        continue;
      }
      Envelope env = new Envelope();
      Geometry g = lambert.projected(e.getValue(), env);
      // a context commune cut by a map's frame
      Envelope half = new Envelope(env.getMinX(), env.centre().x, env.getMinY(), env.getMaxY() - 1);
      Geometry cut = g.intersection(FACTORY.toGeometry(half));
      for (double tolerance : tolerances) {
        for (Geometry x : List.of(g, cut)) {
          counts[0]++;
          if (assertAgrees(x, tolerance, e.getKey())) {
            counts[1]++;
          }
        }
      }
    }
  }
}
