package fr.raquette.geo;

import fr.raquette.territory.GeoPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Which commune a point lies in, by point in polygon on the communes' outlines (an R-tree of their
 * envelopes, then the outlines themselves). A point on the boundary of an outline is in it; on a
 * border two communes share, it is in the one with the lower code, so that the answer never depends
 * on the order of the outlines.
 */
public final class CommuneLocator {
  private final STRtree tree = new STRtree();
  private final GeometryFactory factory = new GeometryFactory();

  private record Entry(String code, PreparedGeometry outline) {}

  /** The outlines by commune code (WGS84); communes without an outline are left out. */
  public CommuneLocator(SortedMap<String, Geometry> outlines) {
    for (Map.Entry<String, Geometry> e : outlines.entrySet()) {
      Geometry g = e.getValue();
      if (g != null && !g.isEmpty()) {
        tree.insert(
            g.getEnvelopeInternal(), new Entry(e.getKey(), PreparedGeometryFactory.prepare(g)));
      }
    }
    tree.build();
  }

  /** The code of the commune whose outline covers the point, or null when none does. */
  public String communeOf(GeoPoint p) {
    Point pt = factory.createPoint(new Coordinate(p.lon(), p.lat()));
    List<Entry> found = new ArrayList<>();
    for (Object o : tree.query(new Envelope(pt.getCoordinate()))) {
      Entry e = (Entry) o;
      if (e.outline().covers(pt)) {
        found.add(e);
      }
    }
    String best = null;
    for (Entry e : found) {
      if (best == null || e.code().compareTo(best) < 0) {
        best = e.code();
      }
    }
    return best;
  }
}
