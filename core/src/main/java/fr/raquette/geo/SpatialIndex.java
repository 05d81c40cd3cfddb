package fr.raquette.geo;

import fr.raquette.territory.GeoPoint;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * Points (WGS84) in a uniform grid of {@value #CELL_DEG}° cells, to find every point within a
 * distance or the nearest one without comparing all pairs. Distances are haversine kilometres,
 * bit-for-bit those of {@link GeoPoint#distanceKm} from the query point, and limits are inclusive.
 * Built once; safe to query from several threads. Not meant for the poles or across the
 * antimeridian (France, overseas included, needs neither).
 *
 * <p>The grid is held in primitive arrays: the occupied cells sorted by row then column, and the
 * points of each cell contiguous. A query walks the rows of its bounding box and finds each row's
 * first cell by binary search, so a national run of a few hundred thousand queries allocates almost
 * nothing and never boxes a cell key.
 */
public final class SpatialIndex {
  /** Cell side in degrees: about 11 km north-south, 8 km east-west in metropolitan France. */
  static final double CELL_DEG = 0.1;

  private static final double EARTH_RADIUS_KM = 6371.0088;
  private static final double KM_PER_DEG = EARTH_RADIUS_KM * Math.PI / 180;

  /** Below this radius the flat-earth pre-check is accurate enough to skip most trigonometry. */
  private static final double PRECHECK_MAX_KM = 500;

  private final double[] lon;
  private final double[] lat;
  // cos(latitude), computed once per point: the haversine needs it for every pair.
  private final double[] cosLat;
  // Occupied cells sorted by key (row, then column); the points of cell c are
  // members[cellStart[c] .. cellStart[c + 1] - 1], in increasing index order.
  private final long[] cellKey;
  private final int[] cellStart;
  private final int[] members;
  private final long minRow;
  private final long maxRow;

  /** Receives one point found by {@link #withinKm}: its index and its distance in km. */
  @FunctionalInterface
  public interface Visitor {
    void visit(int index, double km);
  }

  /** The point found by {@link #nearest}: its index in the list the index was built from. */
  public record Nearest(int index, double km) {}

  /**
   * Indexes points; their position in the list is the index reported by queries.
   *
   * @throws IllegalArgumentException for a null point or a coordinate that is not finite
   */
  public SpatialIndex(List<GeoPoint> points) {
    int n = points.size();
    lon = new double[n];
    lat = new double[n];
    cosLat = new double[n];
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      GeoPoint p = points.get(i);
      if (p == null || !Double.isFinite(p.lon()) || !Double.isFinite(p.lat())) {
        throw new IllegalArgumentException("point " + i + " is not a finite position: " + p);
      }
      lon[i] = p.lon();
      lat[i] = p.lat();
      cosLat[i] = Math.cos(Math.toRadians(p.lat()));
      keys[i] = key(cell(p.lat()), cell(p.lon()));
    }
    long[] sorted = keys.clone();
    Arrays.sort(sorted);
    int cells = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[cells++] = sorted[i];
      }
    }
    cellKey = Arrays.copyOf(sorted, cells);
    // A counting sort by cell, stable so that every cell lists its points in index order.
    int[] cellOf = new int[n];
    cellStart = new int[cells + 1];
    for (int i = 0; i < n; i++) {
      cellOf[i] = Arrays.binarySearch(cellKey, keys[i]);
      cellStart[cellOf[i] + 1]++;
    }
    for (int c = 0; c < cells; c++) {
      cellStart[c + 1] += cellStart[c];
    }
    int[] fill = Arrays.copyOf(cellStart, cells);
    members = new int[n];
    for (int i = 0; i < n; i++) {
      members[fill[cellOf[i]]++] = i;
    }
    minRow = cells == 0 ? 0 : row(cellKey[0]);
    maxRow = cells == 0 ? -1 : row(cellKey[cells - 1]);
  }

  public int size() {
    return lon.length;
  }

  public GeoPoint point(int index) {
    return new GeoPoint(lon[index], lat[index]);
  }

  /**
   * Visits every point at most {@code km} from {@code p} (inclusive), in increasing index order.
   *
   * @throws IllegalArgumentException when {@code km} is negative or not a number
   */
  public void withinKm(GeoPoint p, double km, Visitor visitor) {
    new Searcher().withinKm(p, km, visitor);
  }

  /**
   * A searcher for one thread, that reuses its buffers from one query to the next: for the loops
   * that run a query per commune.
   */
  public Searcher searcher() {
    return new Searcher();
  }

  /** Runs {@link SpatialIndex#withinKm} queries with reused buffers; not thread-safe. */
  public final class Searcher {
    private final Hits hits = new Hits();
    // The points left out of the next pairsWithinKm: those whose mark is the current stamp.
    private int[] marks;
    private int stamp = 1;

    private Searcher() {}

    /** As {@link SpatialIndex#withinKm}. */
    public void withinKm(GeoPoint p, double km, Visitor visitor) {
      within(p, km, -1, hits);
      hits.visitInIndexOrder(visitor);
    }

    /**
     * As {@link SpatialIndex#withinKm} for the points of index greater than {@code after} only (to
     * find each pair of a set of points once), visited in the index's own order: the same order for
     * the same points and query, but not sorted, for callers that order the pairs themselves.
     */
    public void withinKmAfterUnsorted(GeoPoint p, double km, int after, Visitor visitor) {
      within(p, km, after, hits);
      for (int k = 0; k < hits.n; k++) {
        visitor.visit((int) (hits.keys[k] >>> 32), hits.km[k]);
      }
    }

    /** Leaves point {@code i} out of the next {@link #pairsWithinKm} (its pair is known). */
    public void leaveOut(int i) {
      if (marks == null) {
        marks = new int[lon.length];
      }
      marks[i] = stamp;
    }

    /**
     * The pairs of point {@code from} with the points {@code i} that {@link #withinKm} from it
     * finds, in increasing index order, each with the distance of the pair measured from its point
     * of lower index ({@code point(min).distanceKm(point(max))}, the distance {@link
     * #withinKmAfterUnsorted} gives a pair), kept when that one too is at most {@code km}; the
     * points left out ({@link #leaveOut}) are not visited, and nothing is left out afterwards.
     */
    public void pairsWithinKm(int from, double km, Visitor visitor) {
      if (marks == null) {
        marks = new int[lon.length];
      }
      pairs(from, km, marks, stamp++, hits);
      hits.visitInIndexOrder(visitor);
    }
  }

  private void within(GeoPoint p, double km, int after, Hits hits) {
    if (!(km >= 0)) {
      throw new IllegalArgumentException("radius must be >= 0 km, got " + km);
    }
    Query q = new Query(p);
    hits.n = 0;
    long[] box = box(p, km);
    for (long y = Math.max(box[2], minRow); y <= Math.min(box[3], maxRow); y++) {
      int end = cellsEnd(y, box[1]);
      for (int c = cellsFrom(y, box[0]); c < end; c++) {
        for (int m = cellStart[c]; m < cellStart[c + 1]; m++) {
          int i = members[m];
          if (i > after && roughlyWithin(q, i, km)) {
            double d = q.distanceKm(i);
            if (d <= km) {
              hits.add(i, d);
            }
          }
        }
      }
    }
  }

  /**
   * The pairs of {@link Searcher#pairsWithinKm}. The distance from the other end of a pair (i &lt;
   * {@code from}) is measured first: the same haversine from either end differs by a rounding error
   * or not at all, far below {@link #BOTH_WAYS_KM}, so a pair that much within {@code km} is within
   * it from {@code from} too, and only the pairs at the limit are measured both ways.
   */
  private void pairs(int from, double km, int[] marks, int stamp, Hits hits) {
    if (!(km >= 0)) {
      throw new IllegalArgumentException("radius must be >= 0 km, got " + km);
    }
    Query q = new Query(point(from));
    hits.n = 0;
    long[] box = box(q.p, km);
    for (long y = Math.max(box[2], minRow); y <= Math.min(box[3], maxRow); y++) {
      int end = cellsEnd(y, box[1]);
      for (int c = cellsFrom(y, box[0]); c < end; c++) {
        for (int m = cellStart[c]; m < cellStart[c + 1]; m++) {
          int i = members[m];
          if (marks[i] == stamp || !roughlyWithin(q, i, km)) {
            continue;
          }
          if (i >= from) {
            double d = q.distanceKm(i);
            if (d <= km) {
              hits.add(i, d);
            }
          } else {
            double d = distanceKm(i, from);
            if (d <= km - BOTH_WAYS_KM || d <= km && q.distanceKm(i) <= km) {
              hits.add(i, d);
            }
          }
        }
      }
    }
  }

  /** Far more than the rounding error of a distance measured from its other end, in km. */
  private static final double BOTH_WAYS_KM = 1e-6;

  /** {@code point(a).distanceKm(point(b))}, with the cosines kept for both points. */
  private double distanceKm(int a, int b) {
    return haversine(lat[a], lon[a], cosLat[a], lat[b], lon[b], cosLat[b]);
  }

  /**
   * Whether some point is at most {@code km} from {@code p} (inclusive): the answer of {@code
   * nearest(p).filter(n -> n.km() <= km).isPresent()}, its oracle, with the same distances, but
   * stopping at the first point in range and never widening the search beyond {@code km} (far from
   * every point, {@link #nearest} doubles its radius up to the other side of the country).
   *
   * @throws IllegalArgumentException when {@code km} is negative or not a number
   */
  public boolean anyWithinKm(GeoPoint p, double km) {
    if (!(km >= 0)) {
      throw new IllegalArgumentException("radius must be >= 0 km, got " + km);
    }
    Query q = new Query(p);
    long[] box = box(p, km);
    for (long y = Math.max(box[2], minRow); y <= Math.min(box[3], maxRow); y++) {
      int end = cellsEnd(y, box[1]);
      for (int c = cellsFrom(y, box[0]); c < end; c++) {
        for (int m = cellStart[c]; m < cellStart[c + 1]; m++) {
          int i = members[m];
          if (roughlyWithin(q, i, km) && q.distanceKm(i) <= km) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The nearest point, ties going to the lowest index; empty when the index is empty. */
  public Optional<Nearest> nearest(GeoPoint p) {
    return nearest(p, i -> true);
  }

  /**
   * The nearest point whose index satisfies {@code filter} (the points of one theme, say), ties
   * going to the lowest index; empty when none does.
   */
  public Optional<Nearest> nearest(GeoPoint p, IntPredicate filter) {
    if (lon.length == 0) {
      return Optional.empty();
    }
    // Widen the search until something is found: every point within the radius was seen, so the
    // best of them is the nearest overall.
    double half = Math.PI * EARTH_RADIUS_KM;
    Query q = new Query(p);
    for (double r = CELL_DEG * KM_PER_DEG; ; r *= 2) {
      double radius = Math.min(r, half);
      int best = -1;
      double bestKm = Double.POSITIVE_INFINITY;
      long[] box = box(p, radius);
      for (long y = Math.max(box[2], minRow); y <= Math.min(box[3], maxRow); y++) {
        int end = cellsEnd(y, box[1]);
        for (int c = cellsFrom(y, box[0]); c < end; c++) {
          for (int m = cellStart[c]; m < cellStart[c + 1]; m++) {
            int i = members[m];
            if (!filter.test(i) || !roughlyWithin(q, i, radius)) {
              continue;
            }
            double d = q.distanceKm(i);
            if (d <= radius && (d < bestKm || (d == bestKm && i < best))) {
              best = i;
              bestKm = d;
            }
          }
        }
      }
      if (best >= 0) {
        return Optional.of(new Nearest(best, bestKm));
      }
      if (radius >= half) {
        return Optional.empty();
      }
    }
  }

  /** A query point with what its distances need, computed once. */
  private final class Query {
    final GeoPoint p;
    final double cos;

    Query(GeoPoint p) {
      this.p = p;
      this.cos = Math.cos(Math.toRadians(p.lat()));
    }

    /**
     * {@link GeoPoint#distanceKm} from {@code p} to point {@code i}, with the same operations in
     * the same order (so the same double), the cosines taken from the precomputed arrays and each
     * sine computed once: a sine is a pure function, so {@code s * s} is {@code sin(x) * sin(x)}.
     */
    double distanceKm(int i) {
      return haversine(p.lat(), p.lon(), cos, lat[i], lon[i], cosLat[i]);
    }
  }

  /**
   * {@link GeoPoint#distanceKm} from (lat1, lon1) to (lat2, lon2), with the same operations in the
   * same order (so the same double), the cosines of both latitudes given and each sine computed
   * once: a sine is a pure function, so {@code s * s} is {@code sin(x) * sin(x)}.
   */
  private static double haversine(
      double lat1, double lon1, double cos1, double lat2, double lon2, double cos2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double sp = Math.sin(dp / 2);
    double sl = Math.sin(dl / 2);
    double a = sp * sp + cos1 * cos2 * sl * sl;
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }

  /**
   * A cheap flat-earth test that only rules out points clearly beyond {@code km}: below {@value
   * #PRECHECK_MAX_KM} km it errs by well under 5%, so a 5% margin never drops a point in range.
   */
  private boolean roughlyWithin(Query q, int i, double km) {
    if (km > PRECHECK_MAX_KM) {
      return true;
    }
    double limit = km * 1.05 + 1e-6;
    double dy = (lat[i] - q.p.lat()) * KM_PER_DEG;
    double dx = (lon[i] - q.p.lon()) * KM_PER_DEG * Math.min(q.cos, cosLat[i]);
    return dx * dx + dy * dy <= limit * limit;
  }

  /**
   * The cells that may hold points within {@code km} of {@code p}: columns {@code [0]..[1]}, rows
   * {@code [2]..[3]}, inclusive.
   */
  private static long[] box(GeoPoint p, double km) {
    double delta = km / EARTH_RADIUS_KM;
    double dLat = Math.toDegrees(delta) * 1.000001 + 1e-9;
    double minLat = p.lat() - dLat;
    double maxLat = p.lat() + dLat;
    double maxAbsLat = Math.max(Math.abs(minLat), Math.abs(maxLat));
    double dLon;
    if (maxAbsLat >= 89.9 || delta >= Math.PI / 2) {
      dLon = 360;
    } else {
      // The widest longitude reach of a small circle is asin(sin d / cos lat); taking the band's
      // most poleward latitude keeps the box conservative.
      double s = Math.sin(delta) / Math.cos(Math.toRadians(maxAbsLat));
      dLon = s >= 1 ? 360 : Math.toDegrees(Math.asin(s)) * 1.000001 + 1e-9;
    }
    return new long[] {cell(p.lon() - dLon), cell(p.lon() + dLon), cell(minLat), cell(maxLat)};
  }

  /** The first occupied cell of row {@code y} at or after column {@code x}. */
  private int cellsFrom(long y, long x) {
    return lowerBound(key(y, x));
  }

  /** One past the last occupied cell of row {@code y} at or before column {@code x}. */
  private int cellsEnd(long y, long x) {
    return lowerBound(key(y, x) + 1);
  }

  private int lowerBound(long k) {
    return lowerBound(cellKey, k);
  }

  /** The first position of {@code sorted} holding {@code k} or more ({@code length}: none). */
  static int lowerBound(long[] sorted, long k) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < k) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Points found by one query, to hand over sorted by index. */
  private static final class Hits {
    private long[] keys = new long[16];
    private double[] km = new double[16];
    private int n;

    void add(int index, double d) {
      if (n == keys.length) {
        keys = Arrays.copyOf(keys, n * 2);
        km = Arrays.copyOf(km, n * 2);
      }
      // Index in the high bits, slot in the low bits: sorting the keys sorts by index.
      keys[n] = ((long) index << 32) | n;
      km[n] = d;
      n++;
    }

    void visitInIndexOrder(Visitor visitor) {
      Arrays.sort(keys, 0, n);
      for (int k = 0; k < n; k++) {
        visitor.visit((int) (keys[k] >>> 32), km[(int) (keys[k] & 0xffffffffL)]);
      }
    }
  }

  // Rows and columns are clamped well inside 31 bits (a cell is 0.1°, so ±2^28 cells is far beyond
  // any coordinate) and offset to be positive: keys then sort by row, then column.
  private static final long LIMIT = 1L << 28;
  private static final long OFFSET = 1L << 30;

  private static long cell(double deg) {
    return Math.max(-LIMIT, Math.min(LIMIT, (long) Math.floor(deg / CELL_DEG)));
  }

  private static long key(long y, long x) {
    return ((y + OFFSET) << 32) | (x + OFFSET);
  }

  private static long row(long key) {
    return (key >>> 32) - OFFSET;
  }
}
