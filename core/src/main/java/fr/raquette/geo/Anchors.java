package fr.raquette.geo;

import fr.raquette.territory.GeoPoint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * One point per commune to measure distances from. The interior point is used rather than the
 * centroid because it always lies inside the outline, even for a crescent-shaped commune or one in
 * several pieces (JTS then takes the widest piece).
 */
public final class Anchors {
  private Anchors() {}

  /**
   * A point inside the outline.
   *
   * @throws IllegalArgumentException when the outline is empty
   */
  public static GeoPoint of(Geometry outline) {
    if (outline == null || outline.isEmpty()) {
      throw new IllegalArgumentException("an empty outline has no interior point");
    }
    Point p = outline.getInteriorPoint();
    return new GeoPoint(p.getX(), p.getY());
  }

  /**
   * A point inside each outline, sorted by code; empty outlines are left out. The points of the
   * 35,000 communes of France are computed side by side, each from its own outline.
   */
  public static Map<String, GeoPoint> of(Map<String, Geometry> outlines) {
    List<Map.Entry<String, Geometry>> kept = new ArrayList<>();
    for (Map.Entry<String, Geometry> e : outlines.entrySet()) {
      if (e.getValue() != null && !e.getValue().isEmpty()) {
        kept.add(e);
      }
    }
    List<GeoPoint> points = kept.parallelStream().map(e -> of(e.getValue())).toList();
    SortedMap<String, GeoPoint> out = new TreeMap<>();
    for (int i = 0; i < kept.size(); i++) {
      out.put(kept.get(i).getKey(), points.get(i));
    }
    // Sorted for what the caller makes of it: a TreeMap copied from a sorted map is built in one
    // pass, where one copied from another map inserts each of the 35,000 entries.
    return Collections.unmodifiableSortedMap(out);
  }
}
