package fr.raquette.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.raquette.io.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * {@link FastLambert93} against its oracle, proj4j's transform built as {@link Lambert93} builds
 * it: the same bits for every point, since a map's coordinates are rounded and a last bit can flip
 * a rounding.
 */
class FastLambert93Test {
  private static final Path DATA = Path.of("../../shared/open-data");

  /** Short by default; {@code -Draquette.tests.full=true} checks every vertex of France too. */
  private static final boolean FULL = Boolean.getBoolean("raquette.tests.full");

  private final org.locationtech.proj4j.CoordinateTransform oracle =
      Lambert93.createTransforms()[1];
  private final double[] xy = new double[2];

  private void assertAgrees(double lon, double lat) {
    ProjCoordinate expected = oracle.transform(new ProjCoordinate(lon, lat), new ProjCoordinate());
    FastLambert93.fromWgs84(lon, lat, xy, 0);
    assertEquals(
        Double.doubleToRawLongBits(expected.x), Double.doubleToRawLongBits(xy[0]), lon + " " + lat);
    assertEquals(
        Double.doubleToRawLongBits(expected.y), Double.doubleToRawLongBits(xy[1]), lon + " " + lat);
  }

  /** Random points over metropolitan France and over the whole box of the fast path. */
  @Test
  void agreesOnRandomPoints() {
    Random random = new Random(2154);
    for (int i = 0; i < (FULL ? 5_000_000 : 300_000); i++) {
      if (i % 2 == 0) {
        assertAgrees(-5.5 + 15.5 * random.nextDouble(), 41 + 10.5 * random.nextDouble());
      } else {
        assertAgrees(
            FastLambert93.MIN_LON
                + (FastLambert93.MAX_LON - FastLambert93.MIN_LON) * random.nextDouble(),
            FastLambert93.MIN_LAT
                + (FastLambert93.MAX_LAT - FastLambert93.MIN_LAT) * random.nextDouble());
      }
    }
  }

  /** The box's edges, round values, signed zeros, and points left to the oracle. */
  @Test
  void agreesOnEdgesAndOutside() {
    double[] lons = {
      -180, -20, -19.999999999, -0.0, 0.0, 3, 3.0000000001, 29.99999, 30, 30.1, 55.5
    };
    double[] lats = {-89, 0, 29.99, 30, 41.3, 46.5, 49, 44, 59.9999, 60, 60.0001, 89.99999999999};
    for (double lon : lons) {
      for (double lat : lats) {
        assertAgrees(lon, lat);
      }
    }
  }

  /** Every vertex of the outlines of Creuse and Rhône (and of France), as the maps project them. */
  @Test
  void agreesOnRealOutlines() {
    Path creuse = DATA.resolve("23-creuse/communes-23-creuse.geojson");
    Assumptions.assumeTrue(Files.isRegularFile(creuse), "no shared outlines");
    long checked = agreesOn(creuse) + agreesOn(DATA.resolve("69-rhone/communes-69-rhone.geojson"));
    Path france = DATA.resolve("france/communes-france-2018.geojson");
    if (FULL && Files.isRegularFile(france)) {
      checked += agreesOn(france);
    }
    assertTrue(checked > 30_000, "vertices checked: " + checked);
  }

  private long agreesOn(Path file) {
    Outlines o = OutlinesReader.read(file, file.getFileName().toString(), null, new Problems());
    long[] n = {0};
    o.byCode()
        .values()
        .forEach(
            g -> {
              for (Coordinate c : g.getCoordinates()) {
                assertAgrees(c.x, c.y);
                n[0]++;
              }
            });
    return n[0];
  }
}
