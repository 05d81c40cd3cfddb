package fr.raquette.report.map;

import fr.raquette.geo.FastLambert93;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * WGS84 to plane map units. Metropolitan France and Corsica use Lambert-93 (EPSG:2154, metres), the
 * projection of IGN's own maps. Overseas départements (codes 971 to 976) fall far outside
 * Lambert-93's zone, so each is drawn (alone, or in an inset of a map of France) with a local
 * equirectangular projection instead ({@code x = lon·cos(lat0)}, {@code y = lat}, in degrees,
 * {@code lat0} the middle latitude of its outlines): at the scale of one département its distortion
 * is well under 1 %.
 */
final class MapProjection {
  /** Mean length of one degree of latitude, km. */
  private static final double KM_PER_DEGREE = 111.195;

  private final boolean overseas;
  private final double cosLat0;

  private MapProjection(boolean overseas, double lat0) {
    this.overseas = overseas;
    this.cosLat0 = Math.cos(Math.toRadians(lat0));
  }

  /** Whether a commune code is in an overseas département (971 to 976). */
  static boolean isOverseas(String code) {
    return code.startsWith("97");
  }

  /**
   * The zone a commune is drawn in: {@code metro} for metropolitan France and Corsica, else its
   * overseas département ({@code 971}...), each drawn in its own panel with its own projection.
   */
  static String zone(String code) {
    return isOverseas(code) && code.length() >= 3 ? code.substring(0, 3) : METRO;
  }

  static final String METRO = "metro";

  /** Lambert-93, for metropolitan France and Corsica. */
  static MapProjection lambert93() {
    return new MapProjection(false, 0);
  }

  /** The local equirectangular projection of an overseas zone, about its middle latitude. */
  static MapProjection local(double lat0) {
    return new MapProjection(true, lat0);
  }

  /**
   * The projection for the drawn communes: equirectangular when all of them are overseas,
   * Lambert-93 otherwise.
   */
  static MapProjection of(Map<String, Geometry> outlines) {
    boolean allOverseas =
        !outlines.isEmpty() && outlines.keySet().stream().allMatch(MapProjection::isOverseas);
    if (!allOverseas) {
      return lambert93();
    }
    Envelope env = new Envelope();
    outlines.values().forEach(g -> env.expandToInclude(g.getEnvelopeInternal()));
    return local((env.getMinY() + env.getMaxY()) / 2);
  }

  boolean overseas() {
    return overseas;
  }

  /** Kilometres per map unit, for the scale bar. */
  double kmPerUnit() {
    return overseas ? KM_PER_DEGREE : 0.001;
  }

  /** A WGS84 position in map units (y up). */
  double[] project(double lon, double lat) {
    if (overseas) {
      return new double[] {lon * cosLat0, lat};
    }
    double[] xy = new double[2];
    FastLambert93.fromWgs84(lon, lat, xy, 0);
    return xy;
  }

  /**
   * The projected coordinates of a WGS84 geometry, x0, y0, x1, y1..., in the order {@link
   * Geometry#apply} visits them (the geometry is left as it is); {@code envelope} grows to the
   * projected geometry's {@link Geometry#getEnvelopeInternal}, which for a polygon is its shell's.
   */
  double[] coordinates(Geometry g, Envelope envelope) {
    double[] xy = new double[2 * g.getNumPoints()];
    project(g, xy, 0, envelope);
    return xy;
  }

  /**
   * Projects {@code g} into {@code xy} from {@code at}, components in the order of {@link
   * Geometry#apply}: a polygon's shell then its holes, a collection's members in turn. Only the
   * sequences that make an envelope (a polygon's shell, any other line or point) grow {@code
   * envelope}. Returns where the next coordinates go.
   */
  private int project(Geometry g, double[] xy, int at, Envelope envelope) {
    if (g instanceof Polygon p) {
      at = project(p.getExteriorRing().getCoordinateSequence(), xy, at, envelope);
      for (int i = 0; i < p.getNumInteriorRing(); i++) {
        at = project(p.getInteriorRingN(i).getCoordinateSequence(), xy, at, null);
      }
      return at;
    } else if (g instanceof LineString l) {
      return project(l.getCoordinateSequence(), xy, at, envelope);
    } else if (g instanceof Point p) {
      return project(p.getCoordinateSequence(), xy, at, envelope);
    }
    for (int i = 0; i < g.getNumGeometries(); i++) {
      at = project(g.getGeometryN(i), xy, at, envelope);
    }
    return at;
  }

  /** One sequence's points; {@code envelope} null: they make no envelope (a hole). */
  private int project(CoordinateSequence seq, double[] xy, int at, Envelope envelope) {
    for (int i = 0; i < seq.size(); i++, at += 2) {
      double lon = seq.getX(i);
      double lat = seq.getY(i);
      if (overseas) {
        xy[at] = lon * cosLat0;
        xy[at + 1] = lat;
      } else {
        FastLambert93.fromWgs84(lon, lat, xy, at);
      }
      if (envelope != null) {
        envelope.expandToInclude(xy[at], xy[at + 1]);
      }
    }
    return at;
  }

  /**
   * A copy of {@code g} whose coordinates are {@code xy}, as {@link #coordinates(Geometry)} lists
   * them.
   */
  static Geometry withCoordinates(Geometry g, double[] xy) {
    Geometry copy = g.copy();
    copy.apply(
        new CoordinateSequenceFilter() {
          private int k;

          @Override
          public void filter(CoordinateSequence seq, int i) {
            seq.setOrdinate(i, Coordinate.X, xy[k++]);
            seq.setOrdinate(i, Coordinate.Y, xy[k++]);
          }

          @Override
          public boolean isDone() {
            return false;
          }

          @Override
          public boolean isGeometryChanged() {
            return true;
          }
        });
    return copy;
  }
}
