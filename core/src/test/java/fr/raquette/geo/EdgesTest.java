package fr.raquette.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.raquette.territory.GeoPoint;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class EdgesTest {
  private static final GeometryFactory GF = new GeometryFactory();

  /**
   * A 3 × 3 grid of squares of 0.1° at 45°N (about 7.9 × 11.1 km), named r0c0 … r2c2, with a vertex
   * every 0.01° as real outlines have.
   */
  private static Map<String, Geometry> grid() {
    Map<String, Geometry> m = new TreeMap<>();
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 3; c++) {
        double x = c * 0.1;
        double y = 45 + r * 0.1;
        m.put(
            "r" + r + "c" + c,
            org.locationtech.jts.densify.Densifier.densify(
                GF.createPolygon(
                    new Coordinate[] {
                      new Coordinate(x, y),
                      new Coordinate(x + 0.1, y),
                      new Coordinate(x + 0.1, y + 0.1),
                      new Coordinate(x, y + 0.1),
                      new Coordinate(x, y)
                    }),
                0.01));
      }
    }
    return m;
  }

  @ParameterizedTest(name = "within {0} km of the edge: {1} communes")
  @CsvSource({"1, 0", "4, 6", "6, 8", "12, 9"})
  void communesNearTheEdgeOfTheSet(double km, int expected) {
    Map<String, Geometry> g = grid();
    Map<String, GeoPoint> anchors = Anchors.of(g);
    // An anchor is 3.9 km (0.05° of longitude) from its square's side, 5.6 km (0.05° of latitude)
    // from its top or bottom; the centre square's is 11.8 km from the set's edge.
    Set<String> near = Edges.near(g, anchors, g.keySet(), km);
    assertEquals(expected, near.size(), near.toString());
  }
}
