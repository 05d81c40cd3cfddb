package fr.raquette.geo;

import fr.raquette.territory.GeoPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
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

  /** The vertices found in one outline only, in the order of their cells. */
  static List<GeoPoint> edge(Map<String, Geometry> outlines) {
    List<Geometry> geoms = new ArrayList<>();
    for (Geometry g : outlines.values()) {
      if (g != null && !g.isEmpty()) {
        geoms.add(g);
      }
    }
    long[] keys = VertexCells.sortedByCell(geoms.toArray(new Geometry[0]));
    List<GeoPoint> out = new ArrayList<>();
    int a = 0;
    while (a < keys.length) {
      long cell = keys[a] >>> VertexCells.OUTLINE_BITS;
      long outline = keys[a] & VertexCells.OUTLINE_MASK;
      int b = a + 1;
      boolean shared = false;
      while (b < keys.length && keys[b] >>> VertexCells.OUTLINE_BITS == cell) {
        shared |= (keys[b] & VertexCells.OUTLINE_MASK) != outline;
        b++;
      }
      if (!shared) {
        out.add(new GeoPoint(VertexCells.lon(cell), VertexCells.lat(cell)));
      }
      a = b;
    }
    return out;
  }
}
