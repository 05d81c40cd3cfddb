package fr.raquette.geo;

import fr.raquette.territory.GeoPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * The edge of a set of outlines: the vertices no other outline shares (on a grid of about 10 m),
 * that is the outline of the whole set, coast included. For a folder without a context ring, the
 * communes near that edge are those whose results may be biased by the supply and demand beyond it
 * (the border effect).
 *
 * <p>Pure: the result depends on the outlines only.
 */
public final class Edges {
  private Edges() {}

  /**
   * The communes of {@code among} whose anchor is within {@code km} of the edge of {@code
   * outlines}, sorted by code.
   */
  public static SortedSet<String> near(
      Map<String, Geometry> outlines,
      Map<String, GeoPoint> anchors,
      Iterable<String> among,
      double km) {
    List<GeoPoint> edge = edge(outlines);
    SortedSet<String> out = new TreeSet<>();
    if (edge.isEmpty()) {
      return out;
    }
    SpatialIndex index = new SpatialIndex(edge);
    for (String code : among) {
      GeoPoint at = anchors.get(code);
      if (at != null && index.anyWithinKm(at, km)) {
        out.add(code);
      }
    }
    return out;
  }

  /** The vertices found in one outline only. */
  static List<GeoPoint> edge(Map<String, Geometry> outlines) {
    int n = 0;
    List<Geometry> geoms = new ArrayList<>();
    for (Geometry g : outlines.values()) {
      if (g != null && !g.isEmpty()) {
        geoms.add(g);
        n += g.getNumPoints();
      }
    }
    long[] keys = new long[n];
    int k = 0;
    for (int i = 0; i < geoms.size(); i++) {
      for (Coordinate c : geoms.get(i).getCoordinates()) {
        keys[k++] = Landmasses.vertexKey(c, i);
      }
    }
    java.util.Arrays.sort(keys, 0, k);
    List<GeoPoint> out = new ArrayList<>();
    int a = 0;
    while (a < k) {
      int b = a + 1;
      boolean shared = false;
      while (b < k && keys[b] >>> 20 == keys[a] >>> 20) {
        shared |= (keys[b] & 0xFFFFF) != (keys[a] & 0xFFFFF);
        b++;
      }
      if (!shared) {
        long cell = keys[a] >>> 20;
        double lat = (cell & ((1L << 21) - 1)) / 1e4 - 90;
        double lon = (cell >>> 21) / 1e4 - 180;
        out.add(new GeoPoint(lon, lat));
      }
      a = b;
    }
    return out;
  }
}
