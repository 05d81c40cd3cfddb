package fr.raquette.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.raquette.territory.GeoPoint;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.ProjCoordinate;

class Lambert93Test {

  @Test
  void theOriginOfTheProjectionIsAt3East46Point5North() {
    Lambert93.Xy xy = Lambert93.fromWgs84(3, 46.5);
    assertEquals(700_000, xy.x(), 1e-6);
    assertEquals(6_600_000, xy.y(), 1e-6);
    GeoPoint p = Lambert93.toWgs84(700_000, 6_600_000);
    assertEquals(3, p.lon(), 1e-12);
    assertEquals(46.5, p.lat(), 1e-12);
  }

  @Test
  void matchesAPublishedConversion() {
    // pyproj Transformer.from_crs("EPSG:2154", "EPSG:4326", always_xy=True), as published at
    // https://en.moonbooks.org/Articles/How-to-convert-Lambert-93-to-longitude-and-latitude-with-python-3/
    GeoPoint p = Lambert93.toWgs84(882408.3, 6543019.6);
    assertEquals(5.355651287573366, p.lon(), 1e-8);
    assertEquals(45.96240165432614, p.lat(), 1e-8);
  }

  @Test
  void roundTripsAcrossFrance() {
    Random random = new Random(93);
    for (int i = 0; i < 1000; i++) {
      double lon = -5 + 15 * random.nextDouble();
      double lat = 41 + 10 * random.nextDouble();
      Lambert93.Xy xy = Lambert93.fromWgs84(lon, lat);
      GeoPoint back = Lambert93.toWgs84(xy.x(), xy.y());
      assertEquals(lon, back.lon(), 1e-9);
      assertEquals(lat, back.lat(), 1e-9);
    }
  }

  /**
   * The projection reuses one pair of coordinates per thread: every result is, to the bit, that of
   * proj4j given new coordinates for each point, both ways and calls interleaved.
   */
  @Test
  void reusedCoordinatesGiveTheBitsOfNewOnes() {
    CoordinateTransform[] fresh = Lambert93.createTransforms();
    Random random = new Random(2154);
    for (int i = 0; i < 20_000; i++) {
      double lon = -6 + 16 * random.nextDouble();
      double lat = 41 + 10.5 * random.nextDouble();
      ProjCoordinate xy = fresh[1].transform(new ProjCoordinate(lon, lat), new ProjCoordinate());
      Lambert93.Xy reused = Lambert93.fromWgs84(lon, lat);
      assertEquals(Double.doubleToRawLongBits(xy.x), Double.doubleToRawLongBits(reused.x()));
      assertEquals(Double.doubleToRawLongBits(xy.y), Double.doubleToRawLongBits(reused.y()));
      double x = 100_000 + 1_100_000 * random.nextDouble();
      double y = 6_050_000 + 1_050_000 * random.nextDouble();
      ProjCoordinate ll = fresh[0].transform(new ProjCoordinate(x, y), new ProjCoordinate());
      GeoPoint back = Lambert93.toWgs84(x, y);
      assertEquals(Double.doubleToRawLongBits(ll.x), Double.doubleToRawLongBits(back.lon()));
      assertEquals(Double.doubleToRawLongBits(ll.y), Double.doubleToRawLongBits(back.lat()));
      double[] ring = {x, y};
      Lambert93.toWgs84InPlace(ring);
      assertEquals(Double.doubleToRawLongBits(ll.x), Double.doubleToRawLongBits(ring[0]));
      assertEquals(Double.doubleToRawLongBits(ll.y), Double.doubleToRawLongBits(ring[1]));
    }
  }
}
