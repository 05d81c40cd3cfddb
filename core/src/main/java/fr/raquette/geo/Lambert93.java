package fr.raquette.geo;

import fr.raquette.territory.GeoPoint;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * RGF93 / Lambert-93 (EPSG:2154), the projection of IGN's own files, to and from WGS84.
 *
 * <p>The projection is given by its PROJ parameters rather than looked up by EPSG code, because the
 * EPSG registry is a separate proj4j artifact. RGF93 and WGS84 agree to a few centimetres, so no
 * datum shift is applied ({@code towgs84=0,...}), as in the EPSG definition.
 */
public final class Lambert93 {
  static final String PROJ =
      "+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000"
          + " +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs";

  /**
   * Where Lambert-93 coordinates of France fall, with a small margin around the EPSG projected
   * bounds (x 40 000 to 1 256 000, y 6 023 000 to 7 144 000).
   */
  static final double MIN_X = 0;

  static final double MAX_X = 1_300_000;
  static final double MIN_Y = 6_000_000;
  static final double MAX_Y = 7_200_000;

  /** A Lambert-93 position in metres. */
  public record Xy(double x, double y) {}

  // proj4j transforms keep scratch state, so each thread gets its own pair, with the two
  // coordinates they read and write: a map of all France projects millions of points, and a new
  // pair of ProjCoordinate per point was most of the memory the projection allocated. A transform
  // copies x, y and z from its input (z stays NaN, as in a new one), so the results are the same.
  private static final ThreadLocal<Projector> PROJECTORS = ThreadLocal.withInitial(Projector::new);

  private Lambert93() {}

  /** One thread's transforms and scratch coordinates. */
  private static final class Projector {
    final CoordinateTransform toWgs84;
    final CoordinateTransform fromWgs84;
    final ProjCoordinate in = new ProjCoordinate();
    final ProjCoordinate out = new ProjCoordinate();

    Projector() {
      CoordinateTransform[] t = createTransforms();
      toWgs84 = t[0];
      fromWgs84 = t[1];
    }

    /** {@code t} applied to (x, y); the result stays in {@link #out} until the next call. */
    ProjCoordinate apply(CoordinateTransform t, double x, double y) {
      in.x = x;
      in.y = y;
      return t.transform(in, out);
    }
  }

  /** The transforms Lambert-93 to WGS84 and back, in that order. */
  static CoordinateTransform[] createTransforms() {
    CRSFactory crs = new CRSFactory();
    CoordinateReferenceSystem lambert = crs.createFromParameters("EPSG:2154", PROJ);
    CoordinateReferenceSystem wgs84 =
        crs.createFromParameters("EPSG:4326", "+proj=longlat +datum=WGS84 +no_defs");
    CoordinateTransformFactory f = new CoordinateTransformFactory();
    return new CoordinateTransform[] {
      f.createTransform(lambert, wgs84), f.createTransform(wgs84, lambert)
    };
  }

  /** Lambert-93 metres to WGS84 degrees. */
  public static GeoPoint toWgs84(double x, double y) {
    Projector p = PROJECTORS.get();
    ProjCoordinate out = p.apply(p.toWgs84, x, y);
    return new GeoPoint(out.x, out.y);
  }

  /** WGS84 degrees to Lambert-93 metres. */
  public static Xy fromWgs84(double lon, double lat) {
    Projector p = PROJECTORS.get();
    ProjCoordinate out = p.apply(p.fromWgs84, lon, lat);
    return new Xy(out.x, out.y);
  }

  /**
   * WGS84 degrees to Lambert-93 metres, written at {@code xy[at]} (x) and {@code xy[at + 1]} (y):
   * the same values as {@link #fromWgs84(double, double)}, without an object per point (a map of
   * France projects two million).
   */
  public static void fromWgs84(double lon, double lat, double[] xy, int at) {
    Projector p = PROJECTORS.get();
    ProjCoordinate out = p.apply(p.fromWgs84, lon, lat);
    xy[at] = out.x;
    xy[at + 1] = out.y;
  }

  /** Whether a position lies where Lambert-93 coordinates of metropolitan France fall. */
  static boolean inRange(double x, double y) {
    return x >= MIN_X && x <= MAX_X && y >= MIN_Y && y <= MAX_Y;
  }

  /** Reprojects a ring {@code x0, y0, x1, y1...} from Lambert-93 to WGS84 in place. */
  static void toWgs84InPlace(double[] xy) {
    Projector p = PROJECTORS.get();
    for (int i = 0; i + 1 < xy.length; i += 2) {
      ProjCoordinate out = p.apply(p.toWgs84, xy[i], xy[i + 1]);
      xy[i] = out.x;
      xy[i + 1] = out.y;
    }
  }
}
