package fr.raquette.geo;

import org.locationtech.jts.algorithm.CGAlgorithmsDD;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.impl.CoordinateArraySequence;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * A fast path beside its oracle: whether JTS's {@link IsValidOp} would find a geometry valid,
 * proved at a fraction of its cost for the common case, a polygon without holes. {@code false}
 * means "not proved", and IsValidOp then decides (and names the error). Nearly every commune
 * outline is such a polygon, and IsValidOp was most of the reading time of the national file.
 * RingValidityTest checks that the two agree on real outlines and random rings.
 *
 * <p>For a polygon without holes whose ring is closed, finite and without repeated points,
 * IsValidOp only looks for an invalid intersection between two segments of the ring (holes, nesting
 * and a disconnected interior need holes or other rings). Its {@code PolygonIntersectionAnalyzer}
 * meets every pair of segments that intersect, lower index first, and asks {@code
 * RobustLineIntersector}, which answers "no intersection" from the envelopes and orientation tests
 * below. Two neighbours are valid when they meet at their shared vertex only; any other
 * intersection is invalid. This makes the same tests, in the same order, on every pair of segments
 * whose envelopes meet.
 */
final class RingValidity {
  /**
   * One thread's arrays, reused from ring to ring: a national file has 35,000 rings, and arrays
   * made for each were a good part of what reading it allocated.
   */
  private static final ThreadLocal<RingValidity> SCRATCH =
      ThreadLocal.withInitial(RingValidity::new);

  /** The ring's n + 1 vertices (the last repeats the first), ordinates side by side. */
  private double[] xs = new double[0];

  private double[] ys = new double[0];
  private int n;
  private double minX;
  private double maxX;

  /** Per segment: its column, then (by rank in column order) its index and bounds. */
  private int[] column = new int[0];

  private int[] first = new int[0];
  private int[] order = new int[0];
  private double[] left = new double[0];
  private double[] right = new double[0];
  private double[] bottom = new double[0];
  private double[] top = new double[0];

  private RingValidity() {}

  /** Whether IsValidOp would find {@code geom} valid; {@code false}: not proved, ask IsValidOp. */
  static boolean isProvedValid(Geometry geom) {
    if (!(geom instanceof Polygon polygon) || polygon.getNumInteriorRing() > 0) {
      return false;
    }
    RingValidity ring = SCRATCH.get();
    return ring.read(polygon.getExteriorRing().getCoordinateSequence())
        && ring.neighboursMeetOnce()
        && ring.othersApart();
  }

  /**
   * Reads the ring into arrays (far faster than from one object per vertex); {@code false} when it
   * is not closed, finite, without repeated points and of some width: not for the proof.
   */
  private boolean read(CoordinateSequence ring) {
    n = ring.size() - 1;
    if (n < 3) {
      return false;
    }
    if (xs.length < n + 1) {
      grow(n + 1);
    }
    minX = Double.POSITIVE_INFINITY;
    maxX = Double.NEGATIVE_INFINITY;
    // The sequence's own array when it has one: an array read per ordinate, not a call.
    Coordinate[] array = ring instanceof CoordinateArraySequence ? ring.toCoordinateArray() : null;
    double[] packed = ring instanceof XySequence xy ? xy.ordinates() : null;
    for (int i = 0; i <= n; i++) {
      double x = packed != null ? packed[2 * i] : array == null ? ring.getX(i) : array[i].x;
      double y = packed != null ? packed[2 * i + 1] : array == null ? ring.getY(i) : array[i].y;
      if (!Double.isFinite(x) || !Double.isFinite(y) || i > 0 && x == xs[i - 1] && y == ys[i - 1]) {
        return false;
      }
      xs[i] = x;
      ys[i] = y;
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
    }
    return xs[0] == xs[n] && ys[0] == ys[n] && maxX > minX;
  }

  private void grow(int size) {
    int capacity = Math.max(size, 2 * xs.length);
    xs = new double[capacity];
    ys = new double[capacity];
    column = new int[capacity];
    first = new int[capacity + 1];
    order = new int[capacity];
    left = new double[capacity];
    right = new double[capacity];
    bottom = new double[capacity];
    top = new double[capacity];
  }

  /**
   * Neighbours: of the four orientation tests, the two on the shared vertex are of a triangle with
   * two equal corners, 0. The segments then meet at that vertex alone, unless the other two tests
   * are 0 as well: collinear, they may overlap.
   */
  private boolean neighboursMeetOnce() {
    for (int i = 0; i + 1 < n; i++) {
      if (orientation(i, i + 1, i + 2) == 0 && orientation(i + 1, i + 2, i) == 0) {
        return false;
      }
    }
    return !(orientation(0, 1, n - 1) == 0 && orientation(n - 1, n, 1) == 0);
  }

  /**
   * Other pairs: segments ordered by the column of their smallest x (a counting sort into n columns
   * across the ring), so that each one is only compared with those of the columns its x range
   * reaches. Columns are a monotone rounding of x: no pair whose x ranges meet is missed. The
   * bounds of the segments are laid out in that order, so the comparisons read them in a row.
   */
  private boolean othersApart() {
    double scale = n / (maxX - minX);
    java.util.Arrays.fill(first, 0, n + 1, 0);
    for (int i = 0; i < n; i++) {
      column[i] = column(Math.min(xs[i], xs[i + 1]), scale);
      first[column[i] + 1]++;
    }
    for (int c = 0; c < n; c++) {
      first[c + 1] += first[c];
    }
    for (int i = 0; i < n; i++) {
      int rank = first[column[i]]++;
      order[rank] = i;
      left[rank] = Math.min(xs[i], xs[i + 1]);
      right[rank] = Math.max(xs[i], xs[i + 1]);
      bottom[rank] = Math.min(ys[i], ys[i + 1]);
      top[rank] = Math.max(ys[i], ys[i + 1]);
    }
    // first[c] is now where column c + 1 starts.
    for (int a = 0; a < n; a++) {
      double l = left[a];
      double r = right[a];
      double b = bottom[a];
      double t = top[a];
      int stop = first[column(r, scale)];
      for (int k = a + 1; k < stop; k++) {
        // Envelopes apart (the first test of computeIntersect): no intersection.
        if (bottom[k] > t || top[k] < b || left[k] > r || right[k] < l) {
          continue;
        }
        int i = order[a];
        int j = order[k];
        int low = Math.min(i, j);
        int high = Math.max(i, j);
        boolean neighbours = high == low + 1 || low == 0 && high == n - 1;
        if (!neighbours && intersect(low, high)) {
          return false;
        }
      }
    }
    return true;
  }

  private int column(double x, double scale) {
    return Math.min(n - 1, (int) ((x - minX) * scale));
  }

  /**
   * Whether segments {@code p} and {@code q} (from vertex p to p + 1...), whose envelopes meet, may
   * intersect: all but the cases where the orientation tests of {@code
   * RobustLineIntersector.computeIntersect} answer "no intersection".
   */
  private boolean intersect(int p, int q) {
    int pq1 = orientation(p, p + 1, q);
    int pq2 = orientation(p, p + 1, q + 1);
    if (pq1 > 0 && pq2 > 0 || pq1 < 0 && pq2 < 0) {
      return false;
    }
    int qp1 = orientation(q, q + 1, p);
    int qp2 = orientation(q, q + 1, p + 1);
    return !(qp1 > 0 && qp2 > 0 || qp1 < 0 && qp2 < 0);
  }

  /** {@link Orientation#index} of vertices a, b, c: the same computation, on the ordinates. */
  private int orientation(int a, int b, int c) {
    return CGAlgorithmsDD.orientationIndex(xs[a], ys[a], xs[b], ys[b], xs[c], ys[c]);
  }
}
