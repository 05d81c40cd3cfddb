package fr.raquette.geo;

import static fr.raquette.geo.GeoFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.raquette.io.Problem;
import fr.raquette.io.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.valid.IsValidOp;

/** The fast path RingValidity never calls valid what its oracle, JTS's IsValidOp, calls invalid. */
@fr.raquette.i18n.InEnglish
class RingValidityTest {
  private static final GeometryFactory FACTORY = new GeometryFactory();

  private static Geometry wkt(String wkt) {
    try {
      return new WKTReader(FACTORY).read(wkt);
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  @Test
  void provesASimpleRingValid() {
    assertTrue(RingValidity.isProvedValid(wkt("POLYGON ((0 0, 4 0, 4 3, 2 1, 0 3, 0 0))")));
    // Three points in a row make a valid ring, but collinear neighbours are left to IsValidOp.
    Geometry inLine = wkt("POLYGON ((0 0, 1 0, 2 0, 2 2, 0 2, 0 0))");
    assertTrue(new IsValidOp(inLine).isValid());
    assertFalse(RingValidity.isProvedValid(inLine));
  }

  @Test
  void leavesEveryOtherCaseToIsValidOp() {
    for (String invalid :
        List.of(
            "POLYGON ((0 0, 2 2, 2 0, 0 2, 0 0))", // bow tie
            "POLYGON ((0 0, 4 0, 2 2, 4 4, 0 4, 2 2, 0 0))", // touches itself at a vertex
            "POLYGON ((0 0, 4 0, 4 4, 0 4, 0 2, 3 2, 0 2, 0 0))", // spike back on itself
            "POLYGON ((0 0, 4 0, 4 4, 2 0, 0 4, 0 0))")) { // vertex on another segment
      Geometry g = wkt(invalid);
      assertFalse(new IsValidOp(g).isValid(), invalid);
      assertFalse(RingValidity.isProvedValid(g), invalid);
    }
    // Valid, but with holes or several polygons: not for the proof.
    assertFalse(
        RingValidity.isProvedValid(
            wkt("POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0), (1 1, 2 1, 2 2, 1 1))")));
    assertFalse(
        RingValidity.isProvedValid(
            wkt("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))")));
  }

  @Test
  void agreesWithIsValidOpOnRandomRings() {
    // Small integer grids give many touching, collinear and crossing segments; the decimal ones
    // look like real outlines.
    Random random = new Random(20261128);
    int proved = 0;
    int invalid = 0;
    for (int k = 0; k < 20_000; k++) {
      boolean grid = k % 2 == 0;
      Coordinate[] ring =
          randomRing(random, grid ? 4 + random.nextInt(6) : 5 + random.nextInt(60), grid);
      if (ring == null) {
        continue;
      }
      Geometry g = FACTORY.createPolygon(ring);
      boolean valid = new IsValidOp(g).isValid();
      if (RingValidity.isProvedValid(g)) {
        proved++;
        assertTrue(valid, g::toText);
      }
      if (!valid) {
        invalid++;
      }
    }
    assertTrue(proved > 2_000, "proved " + proved);
    assertTrue(invalid > 2_000, "invalid " + invalid);
  }

  /**
   * Every ring of the real Creuse and Rhône outlines (communes and département, read as the loader
   * reads them), as it is and with one vertex moved onto another a few steps on (which makes rings
   * touch or cross themselves): the proof never calls valid what IsValidOp does not, and proves
   * nearly every real ring.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "23-creuse/communes-23-creuse.geojson",
        "23-creuse/departement-23-creuse.geojson",
        "69-rhone/communes-69-rhone.geojson",
        "69-rhone/departement-69-rhone.geojson"
      })
  void agreesWithIsValidOpOnRealOutlines(String name) {
    java.nio.file.Path file = java.nio.file.Path.of("../../shared/open-data").resolve(name);
    org.junit.jupiter.api.Assumptions.assumeTrue(
        java.nio.file.Files.isRegularFile(file), "the real data is not beside the project");
    Outlines outlines = OutlinesReader.read(file, name, null, new Problems());
    int rings = 0;
    int proved = 0;
    int invalid = 0;
    for (Geometry outline : outlines.byCode().values()) {
      for (int p = 0; p < outline.getNumGeometries(); p++) {
        Coordinate[] ring = ((Polygon) outline.getGeometryN(p)).getExteriorRing().getCoordinates();
        rings++;
        Geometry asRead = FACTORY.createPolygon(ring);
        if (RingValidity.isProvedValid(asRead)) {
          proved++;
          assertTrue(new IsValidOp(asRead).isValid(), asRead::toText);
        }
        Coordinate[] moved = moved(ring, rings);
        if (moved != null) {
          Geometry g = FACTORY.createPolygon(moved);
          boolean valid = new IsValidOp(g).isValid();
          invalid += valid ? 0 : 1;
          assertTrue(valid || !RingValidity.isProvedValid(g), g::toText);
        }
      }
    }
    assertTrue(proved > 0.9 * rings, proved + " of " + rings + " rings proved valid");
    assertTrue(invalid > rings / 4, invalid + " of " + rings + " moved rings invalid");
  }

  /** The ring with a vertex moved onto one 2 to 6 steps on, closed; null for a small ring. */
  private static Coordinate[] moved(Coordinate[] ring, int seed) {
    int n = ring.length - 1;
    if (n < 8) {
      return null;
    }
    int i = 1 + seed % (n - 7);
    int j = i + 2 + seed % 5;
    List<Coordinate> out = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      Coordinate c = k == i ? ring[j] : ring[k];
      if (out.isEmpty() || !out.get(out.size() - 1).equals2D(c)) {
        out.add(new Coordinate(c));
      }
    }
    out.add(new Coordinate(out.get(0)));
    return out.toArray(new Coordinate[0]);
  }

  /**
   * A closed ring without repeated consecutive points, as the reader builds them: on a 5 x 5 grid,
   * or jagged around a centre with 5 decimals (mostly star-shaped, hence mostly valid).
   */
  private static Coordinate[] randomRing(Random random, int n, boolean grid) {
    List<Coordinate> points = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Coordinate c;
      if (grid) {
        c = new Coordinate(random.nextInt(5), random.nextInt(5));
      } else {
        double angle = 2 * Math.PI * (i + 0.8 * random.nextDouble()) / n;
        double r = 0.05 + 0.05 * random.nextDouble();
        c =
            new Coordinate(
                Math.round((2 + r * Math.cos(angle)) * 1e5) / 1e5,
                Math.round((46 + r * Math.sin(angle)) * 1e5) / 1e5);
      }
      if (points.isEmpty() || !points.get(points.size() - 1).equals2D(c)) {
        points.add(c);
      }
    }
    if (points.size() > 1 && points.get(0).equals2D(points.get(points.size() - 1))) {
      points.remove(points.size() - 1);
    }
    if (points.size() < 3) {
      return null;
    }
    points.add(new Coordinate(points.get(0)));
    return points.toArray(new Coordinate[0]);
  }

  @Test
  void aRingTouchingItselfIsStillRepairedWithJtsMessage() {
    String json =
        "{\"type\":\"Feature\",\"properties\":{\"code\":\"23149\"},\"geometry\":{\"type\":"
            + "\"Polygon\",\"coordinates\":[[[2,46],[2.4,46],[2.2,46.2],[2.4,46.4],[2,46.4],"
            + "[2.2,46.2],[2,46]]]}}";
    Problems problems = new Problems();
    OutlinesReader.read(text("touch.geojson", json), null, problems);
    assertEquals(
        List.of(
            "touch.geojson:1:1: feature #1 (code 23149): invalid outline (Ring Self-intersection"
                + " near (2.20000, 46.20000)): repaired"),
        problems.sorted().stream().map(Problem::toString).toList());
  }
}
