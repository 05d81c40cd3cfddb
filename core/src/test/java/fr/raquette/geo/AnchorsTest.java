package fr.raquette.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.raquette.territory.GeoPoint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKTReader;

class AnchorsTest {
  private static final GeometryFactory F = new GeometryFactory();

  private static Geometry wkt(String text) throws Exception {
    return new WKTReader(F).read(text);
  }

  @Test
  void anchorIsInsideAUShapedCommuneWhoseCentroidIsNot() throws Exception {
    Geometry u =
        wkt(
            "POLYGON ((2 46, 2.3 46, 2.3 46.3, 2.2 46.3, 2.2 46.1, 2.1 46.1, 2.1 46.3, 2 46.3, 2 46))");
    assertFalse(u.contains(u.getCentroid()), "the fixture must defeat the centroid");
    GeoPoint a = Anchors.of(u);
    assertTrue(u.contains(F.createPoint(new Coordinate(a.lon(), a.lat()))), a.toString());
  }

  @Test
  void anchorsAreSortedByCodeAndSkipEmptyOutlines() throws Exception {
    Map<String, GeoPoint> anchors =
        Anchors.of(
            Map.of(
                "23149", wkt("POLYGON ((1.9 46.1, 2 46.1, 2 46.2, 1.9 46.2, 1.9 46.1))"),
                "23001", wkt("POLYGON ((2 46.1, 2.1 46.1, 2.1 46.2, 2 46.2, 2 46.1))"),
                "23002", wkt("POLYGON EMPTY")));
    assertEquals(List.of("23001", "23149"), List.copyOf(anchors.keySet()));
    assertEquals(2.05, anchors.get("23001").lon(), 1e-9);
    assertEquals(46.15, anchors.get("23001").lat(), 1e-9);
  }

  @Test
  void anEmptyOutlineHasNoAnchor() throws Exception {
    Geometry empty = wkt("POLYGON EMPTY");
    assertThrows(IllegalArgumentException.class, () -> Anchors.of(empty));
  }
}
