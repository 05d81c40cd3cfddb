package fr.raquette.report.map;

import fr.raquette.territory.GeoPoint;
import fr.raquette.territory.Territory;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * The communes' outlines projected, fitted into a box of the drawing and simplified to about one
 * output unit (pixel), as rings of drawing coordinates (y down). Sorted by commune code.
 */
final class Basemap {
  final MapProjection projection;

  /** Drawing units per map unit. */
  final double scale;

  final double left;
  final double top;
  final double width;
  final double height;
  private final double minX;
  private final double maxY;

  /** Rings in drawing units by commune code; communes without a drawable outline are absent. */
  final SortedMap<String, List<double[]>> rings;

  private Basemap(
      MapProjection projection,
      double scale,
      double left,
      double top,
      double width,
      double height,
      double minX,
      double maxY,
      SortedMap<String, List<double[]>> rings) {
    this.projection = projection;
    this.scale = scale;
    this.left = left;
    this.top = top;
    this.width = width;
    this.height = height;
    this.minX = minX;
    this.maxY = maxY;
    this.rings = Collections.unmodifiableSortedMap(rings);
  }

  /** The last basemap built, weakly tied to its territory: a report draws it once per theme. */
  private static volatile Cached last;

  private record Cached(
      WeakReference<Territory> territory,
      double left,
      double top,
      double boxWidth,
      double boxHeight,
      Basemap base) {}

  /**
   * As {@link #of}, reusing the previous result for the same territory object and box. Maps drawn
   * in parallel wait for the first one to build it rather than each building its own.
   */
  static synchronized Basemap cached(
      Territory t, double left, double top, double boxWidth, double boxHeight) {
    Cached c = last;
    if (c != null
        && c.territory().get() == t
        && c.left() == left
        && c.top() == top
        && c.boxWidth() == boxWidth
        && c.boxHeight() == boxHeight) {
      return c.base();
    }
    Basemap b = of(t, left, top, boxWidth, boxHeight);
    last = new Cached(new WeakReference<>(t), left, top, boxWidth, boxHeight, b);
    return b;
  }

  /**
   * Fits the territory's outlines into the box at ({@code left}, {@code top}), at most {@code
   * boxWidth} × {@code boxHeight}, keeping their aspect.
   */
  static Basemap of(Territory t, double left, double top, double boxWidth, double boxHeight) {
    MapProjection projection = MapProjection.of(t.outlines());
    Map<String, Geometry> projected = new TreeMap<>();
    t.outlines()
        .forEach(
            (code, g) -> {
              if (projection.draws(code) && g != null && !g.isEmpty()) {
                projected.put(code, projection.project(g));
              }
            });
    Envelope env = MapProjection.envelope(projected.values());
    if (env.isNull()) {
      // Nothing to draw: an empty frame of the box's width, so that legends still lay out.
      return new Basemap(projection, 1, left, top, boxWidth, boxHeight / 2, 0, 0, new TreeMap<>());
    }
    double w = Math.max(env.getWidth(), 1e-9);
    double h = Math.max(env.getHeight(), 1e-9);
    double scale = Math.min(boxWidth / w, boxHeight / h);
    SortedMap<String, List<double[]>> rings = new TreeMap<>();
    Basemap b =
        new Basemap(
            projection,
            scale,
            left,
            top,
            w * scale,
            h * scale,
            env.getMinX(),
            env.getMaxY(),
            rings);
    double tolerance = 1 / scale;
    projected.forEach(
        (code, g) -> {
          Geometry s = TopologyPreservingSimplifier.simplify(g, tolerance);
          List<double[]> rs = new ArrayList<>();
          for (int i = 0; i < s.getNumGeometries(); i++) {
            if (s.getGeometryN(i) instanceof Polygon p) {
              rs.add(b.ring(p.getExteriorRing()));
              for (int j = 0; j < p.getNumInteriorRing(); j++) {
                rs.add(b.ring(p.getInteriorRingN(j)));
              }
            }
          }
          if (!rs.isEmpty()) {
            rings.put(code, rs);
          }
        });
    return b;
  }

  private double[] ring(LineString ls) {
    Coordinate[] cs = ls.getCoordinates();
    int n = cs.length > 1 && cs[0].equals2D(cs[cs.length - 1]) ? cs.length - 1 : cs.length;
    double[] out = new double[2 * n];
    for (int i = 0; i < n; i++) {
      out[2 * i] = x(cs[i].x);
      out[2 * i + 1] = y(cs[i].y);
    }
    return out;
  }

  private double x(double mx) {
    return left + (mx - minX) * scale;
  }

  private double y(double my) {
    return top + (maxY - my) * scale;
  }

  /** A WGS84 point in drawing units, or null when this projection does not draw it. */
  double[] point(GeoPoint p) {
    if (p == null) {
      return null;
    }
    double[] m = projection.project(p.lon(), p.lat());
    return new double[] {x(m[0]), y(m[1])};
  }

  /** Whether a drawing point falls inside the map's frame, give or take {@code margin}. */
  boolean inside(double[] p, double margin) {
    return p != null
        && p[0] >= left - margin
        && p[0] <= left + width + margin
        && p[1] >= top - margin
        && p[1] <= top + height + margin;
  }

  /** Drawing units per km. */
  double unitsPerKm() {
    return scale / projection.kmPerUnit();
  }
}
