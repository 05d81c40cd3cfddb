package fr.raquette.geo;

/**
 * WGS84 degrees to Lambert-93 metres as its oracle, proj4j's transform of {@link Lambert93}, gives
 * them, to the bit, for one point in a few floating-point operations: the same operations on the
 * same values, in the same order, with the same {@link Math} functions (a map of France projects
 * two million points; proj4j went through fifteen methods, a thread-local and a datum comparison
 * per point, about a quarter of the CPU of the maps).
 *
 * <p>What proj4j 1.4.1 does for this pair of systems: degrees to radians ({@code
 * LongLatProjection}, unit degrees), no datum shift (RGF93 with {@code towgs84=0} and WGS84 leave
 * the coordinates as they are), then {@code LambertConformalConicProjection.project} on the
 * longitude from the central meridian and {@code Projection.projectRadians}' scale and false
 * origin. The constants below are the values proj4j's {@code initialize()} computes for {@link
 * Lambert93#PROJ} (printed in full, so that they parse back to the same bits). Outside a box around
 * metropolitan France and Corsica, where the poles, the antimeridian or a bad value would take
 * other branches of proj4j, the point is left to the oracle. {@code FastLambert93Test} checks the
 * bits against proj4j.
 */
public final class FastLambert93 {
  private FastLambert93() {}

  /** proj4j's {@code ProjectionMath.DTR}. */
  private static final double DTR = 0.017453292519943295;

  private static final double HALF_PI = 1.5707963267948966;

  /** The cone's constant, {@code n}. */
  static final double N = 0.725607765053269;

  /** {@code c}. */
  static final double C = 1.8428979224021067;

  /** {@code rho0}: the radius at the latitude of origin. */
  static final double RHO0 = 0.9494327340218607;

  /** GRS80's eccentricity. */
  static final double E = 0.08181919104281579;

  /** The scale factor, the equatorial radius and the false origin, in metres. */
  static final double SCALE_FACTOR = 1.0;

  static final double TOTAL_SCALE = 6378137.0;
  static final double FALSE_EASTING = 700000.0;
  static final double FALSE_NORTHING = 6600000.0;

  /** The central meridian, 3° east, in radians. */
  static final double LON0 = 0.05235987755982989;

  /** Where the fast path answers; elsewhere, the oracle. */
  static final double MIN_LON = -20;

  static final double MAX_LON = 30;
  static final double MIN_LAT = 30;
  static final double MAX_LAT = 60;

  /**
   * WGS84 degrees to Lambert-93 metres, written at {@code xy[at]} (x) and {@code xy[at + 1]} (y):
   * the bits of {@link Lambert93#fromWgs84(double, double, double[], int)}.
   */
  public static void fromWgs84(double lon, double lat, double[] xy, int at) {
    // Written so that NaN fails the test too.
    if (!(lon >= MIN_LON && lon <= MAX_LON && lat >= MIN_LAT && lat <= MAX_LAT)) {
      Lambert93.fromWgs84(lon, lat, xy, at);
      return;
    }
    double lam = lon * DTR - LON0;
    double phi = lat * DTR;
    double rho = C * Math.pow(tsfn(phi, Math.sin(phi)), N);
    double ln = lam * N;
    double x = SCALE_FACTOR * (rho * Math.sin(ln));
    double y = SCALE_FACTOR * (RHO0 - rho * Math.cos(ln));
    xy[at] = TOTAL_SCALE * x + FALSE_EASTING;
    xy[at + 1] = TOTAL_SCALE * y + FALSE_NORTHING;
  }

  /** proj4j's {@code ProjectionMath.tsfn} with GRS80's eccentricity. */
  private static double tsfn(double phi, double sinphi) {
    double es = sinphi * E;
    return Math.tan(.5 * (HALF_PI - phi)) / Math.pow((1. - es) / (1. + es), .5 * E);
  }
}
