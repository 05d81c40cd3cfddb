package fr.raquette.report.map;

import fr.raquette.geo.FastLambert93;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
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
   * A copy of a WGS84 geometry, projected; {@code envelope} grows to the copy's {@link
   * Geometry#getEnvelopeInternal}, which for a polygon is its shell's. The copy's coordinates are
   * projected where they are: one new array per ring (the projected coordinates of France were
   * first written to flat arrays, then copied into a copy of the outlines, 70 MB instead of 35).
   */
  Geometry projected(Geometry g, Envelope envelope) {
    Geometry copy = g.copy();
    project(copy, envelope);
    copy.geometryChanged(); // the envelopes copied were those of the WGS84 outline
    return copy;
  }

  /**
   * Projects {@code g}'s coordinates in place. Only the sequences that make an envelope (a
   * polygon's shell, any other line or point) grow {@code envelope}.
   */
  private void project(Geometry g, Envelope envelope) {
    if (g instanceof Polygon p) {
      project(p.getExteriorRing().getCoordinateSequence(), envelope);
      for (int i = 0; i < p.getNumInteriorRing(); i++) {
        project(p.getInteriorRingN(i).getCoordinateSequence(), null);
      }
    } else if (g instanceof LineString l) {
      project(l.getCoordinateSequence(), envelope);
    } else if (g instanceof Point p) {
      project(p.getCoordinateSequence(), envelope);
    } else {
      for (int i = 0; i < g.getNumGeometries(); i++) {
        project(g.getGeometryN(i), envelope);
      }
    }
  }

  /** One sequence's points, in place; {@code envelope} null: they make no envelope (a hole). */
  private void project(CoordinateSequence seq, Envelope envelope) {
    double[] xy = new double[2];
    for (int i = 0; i < seq.size(); i++) {
      double lon = seq.getX(i);
      double lat = seq.getY(i);
      if (overseas) {
        xy[0] = lon * cosLat0;
        xy[1] = lat;
      } else {
        FastLambert93.fromWgs84(lon, lat, xy, 0);
      }
      seq.setOrdinate(i, Coordinate.X, xy[0]);
      seq.setOrdinate(i, Coordinate.Y, xy[1]);
      if (envelope != null) {
        envelope.expandToInclude(xy[0], xy[1]);
      }
    }
  }
}
