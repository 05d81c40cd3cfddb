package fr.raquette.geo;

import fr.raquette.territory.GeoPoint;
import java.util.Collections;
import java.util.Map;
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

  /** A point inside each outline, sorted by code; empty outlines are left out. */
  public static Map<String, GeoPoint> of(Map<String, Geometry> outlines) {
    Map<String, GeoPoint> out = new TreeMap<>();
    for (Map.Entry<String, Geometry> e : outlines.entrySet()) {
      if (e.getValue() != null && !e.getValue().isEmpty()) {
        out.put(e.getKey(), of(e.getValue()));
      }
    }
    return Collections.unmodifiableMap(out);
  }
}
