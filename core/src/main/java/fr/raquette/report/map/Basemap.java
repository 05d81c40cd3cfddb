package fr.raquette.report.map;

import fr.raquette.territory.GeoPoint;
import fr.raquette.territory.Territory;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
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

  /**
   * The codes of {@link #rings}, for the lookups of every map (a hash beats the sorted map's string
   * comparisons, thirty-five thousand times a map on all of France).
   */
  final Set<String> drawn;

  /** Communes of the territory that have no drawable outline. */
  private long undrawn;

  /** Projected points, by position: every theme map places the same anchors and actors. */
  private final Map<GeoPoint, double[]> points = new ConcurrentHashMap<>();

  private Basemap(
      MapProjection projection,
      double scale,
      double left,
      double top,
      double width,
      double height,
      double minX,
      double maxY,
      SortedMap<String, List<double[]>> rings,
      Set<String> drawn) {
    this.projection = projection;
    this.scale = scale;
    this.left = left;
    this.top = top;
    this.width = width;
    this.height = height;
    this.minX = minX;
    this.maxY = maxY;
    this.rings = Collections.unmodifiableSortedMap(rings);
    this.drawn = Collections.unmodifiableSet(drawn);
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
    List<String> codes = new ArrayList<>();
    List<Geometry> outlines = new ArrayList<>();
    t.outlines()
        .forEach(
            (code, g) -> {
              if (projection.draws(code) && g != null && !g.isEmpty()) {
                codes.add(code);
                outlines.add(g);
              }
            });
    // Each commune is projected, then simplified, on its own: on all of France (two million
    // points) this is the longest step of the maps, so it is spread over the cores; the results
    // land by index, in code order, whatever the thread that computed them. The simplification
    // needs the envelope of all projected outlines: meanwhile they are kept as bare coordinates,
    // a quarter of the memory of JTS geometries, which would outlive young collections.
    double[][] projected = new double[codes.size()][];
    Envelope[] envelopes = new Envelope[codes.size()];
    IntStream.range(0, projected.length)
        .parallel()
        .forEach(
            i -> {
              Geometry p = projection.project(outlines.get(i));
              projected[i] = MapProjection.coordinates(p);
              envelopes[i] = p.getEnvelopeInternal();
            });
    Envelope env = new Envelope();
    for (Envelope e : envelopes) {
      env.expandToInclude(e);
    }
    if (env.isNull()) {
      // Nothing to draw: an empty frame of the box's width, so that legends still lay out.
      Basemap empty =
          new Basemap(
              projection, 1, left, top, boxWidth, boxHeight / 2, 0, 0, new TreeMap<>(), Set.of());
      empty.undrawn = t.communes().size();
      return empty;
    }
    double w = Math.max(env.getWidth(), 1e-9);
    double h = Math.max(env.getHeight(), 1e-9);
    double scale = Math.min(boxWidth / w, boxHeight / h);
    SortedMap<String, List<double[]>> rings = new TreeMap<>();
    Set<String> drawnCodes = new HashSet<>();
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
            rings,
            drawnCodes);
    double tolerance = 1 / scale;
    List<?>[] drawn = new List<?>[projected.length];
    IntStream.range(0, projected.length)
        .parallel()
        .forEach(
            i -> {
              Geometry s =
                  TopologyPreservingSimplifier.simplify(
                      MapProjection.withCoordinates(outlines.get(i), projected[i]), tolerance);
              List<double[]> rs = new ArrayList<>();
              for (int k = 0; k < s.getNumGeometries(); k++) {
                if (s.getGeometryN(k) instanceof Polygon p) {
                  rs.add(b.ring(p.getExteriorRing()));
                  for (int j = 0; j < p.getNumInteriorRing(); j++) {
                    rs.add(b.ring(p.getInteriorRingN(j)));
                  }
                }
              }
              drawn[i] = rs;
            });
    for (int i = 0; i < drawn.length; i++) {
      @SuppressWarnings("unchecked")
      List<double[]> rs = (List<double[]>) drawn[i];
      if (!rs.isEmpty()) {
        rings.put(codes.get(i), rs);
        drawnCodes.add(codes.get(i));
      }
    }
    // Set before the basemap is shared (through the synchronized cache).
    b.undrawn = t.communes().keySet().stream().filter(c -> !drawnCodes.contains(c)).count();
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
    return points
        .computeIfAbsent(
            p,
            k -> {
              double[] m = projection.project(k.lon(), k.lat());
              return new double[] {x(m[0]), y(m[1])};
            })
        .clone();
  }

  /** How many communes of the territory are not drawn, for lack of an outline. */
  long undrawn() {
    return undrawn;
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
