package fr.raquette.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKTReader;

class OutlineMergerTest {
  private static Geometry square(double x, double y) {
    try {
      return new WKTReader(new GeometryFactory())
          .read(
              String.format(
                  java.util.Locale.ROOT,
                  "POLYGON ((%s %s, %s %s, %s %s, %s %s, %s %s))",
                  x,
                  y,
                  x + 1,
                  y,
                  x + 1,
                  y + 1,
                  x,
                  y + 1,
                  x,
                  y));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void unionsTheOldCommunesIntoTheirNewOne() {
    Map<String, Geometry> outlines = new LinkedHashMap<>();
    outlines.put("23149", square(1, 0));
    outlines.put("23023", square(0, 0));
    outlines.put("23001", square(5, 5));
    OutlineMerger.Result r = OutlineMerger.merge(outlines, Map.of("23023", "23149"));
    assertEquals(List.of("23001", "23149"), List.copyOf(r.byCode().keySet()));
    Geometry merged = r.byCode().get("23149");
    assertInstanceOf(Polygon.class, merged);
    assertEquals(2.0, merged.getArea(), 1e-12);
    assertEquals(new Envelope(0, 2, 0, 1), merged.getEnvelopeInternal());
    assertSame(outlines.get("23001"), r.byCode().get("23001"));
    assertEquals(List.of(new OutlineMerger.Merge("23149", List.of("23023", "23149"))), r.merges());
  }

  @Test
  void resultDoesNotDependOnInputOrder() {
    Map<String, Geometry> a = new LinkedHashMap<>();
    a.put("A", square(0, 0));
    a.put("B", square(1, 0));
    a.put("C", square(0, 1));
    Map<String, Geometry> b = new LinkedHashMap<>();
    b.put("C", square(0, 1));
    b.put("B", square(1, 0));
    b.put("A", square(0, 0));
    Map<String, String> mapping = Map.of("A", "N", "B", "N", "C", "N");
    Geometry x = OutlineMerger.merge(a, mapping).byCode().get("N");
    Geometry y = OutlineMerger.merge(b, mapping).byCode().get("N");
    assertTrue(x.equalsExact(y), x + " vs " + y);
    assertEquals(3.0, x.getArea(), 1e-12);
  }

  @Test
  void renamesFollowsChainsAndKeepsSeparatePiecesAsAMultiPolygon() {
    Map<String, Geometry> outlines = Map.of("OLD1", square(0, 0), "OLD2", square(3, 0));
    OutlineMerger.Result r =
        OutlineMerger.merge(outlines, Map.of("OLD1", "MID", "MID", "NEW", "OLD2", "NEW"));
    assertEquals(List.of("NEW"), List.copyOf(r.byCode().keySet()));
    assertInstanceOf(MultiPolygon.class, r.byCode().get("NEW"));
    assertEquals(List.of(new OutlineMerger.Merge("NEW", List.of("OLD1", "OLD2"))), r.merges());

    OutlineMerger.Result renamed =
        OutlineMerger.merge(Map.of("OLD1", square(0, 0)), Map.of("OLD1", "NEW"));
    assertEquals(List.of(new OutlineMerger.Merge("NEW", List.of("OLD1"))), renamed.merges());
  }

  @Test
  void aLoopingMappingIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> OutlineMerger.merge(Map.of("A", square(0, 0)), Map.of("A", "B", "B", "A")));
  }
}
