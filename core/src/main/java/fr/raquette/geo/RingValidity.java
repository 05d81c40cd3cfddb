package fr.raquette.geo;

import java.util.Arrays;
import org.locationtech.jts.algorithm.CGAlgorithmsDD;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
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
  /** The ring's n + 1 vertices (the last repeats the first), ordinates side by side. */
  private final double[] xs;

  private final double[] ys;
  private final int n;
  private final double minX;
  private final double maxX;

  private RingValidity(double[] xs, double[] ys, double minX, double maxX) {
    this.xs = xs;
    this.ys = ys;
    this.n = xs.length - 1;
    this.minX = minX;
    this.maxX = maxX;
  }

  /** Whether IsValidOp would find {@code geom} valid; {@code false}: not proved, ask IsValidOp. */
  static boolean isProvedValid(Geometry geom) {
    if (!(geom instanceof Polygon polygon) || polygon.getNumInteriorRing() > 0) {
      return false;
    }
    RingValidity ring = of(polygon.getExteriorRing().getCoordinates());
    return ring != null && ring.neighboursMeetOnce() && ring.othersApart();
  }

  /**
   * The ring read into arrays (far faster than from one object per vertex), or {@code null} when it
   * is not closed, finite, without repeated points and of some width: not for the proof.
   */
  private static RingValidity of(Coordinate[] ring) {
    int n = ring.length - 1;
    if (n < 3 || !ring[0].equals2D(ring[n])) {
      return null;
    }
    double[] xs = new double[n + 1];
    double[] ys = new double[n + 1];
    double minX = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    for (int i = 0; i <= n; i++) {
      Coordinate c = ring[i];
      if (!Double.isFinite(c.x) || !Double.isFinite(c.y) || i < n && c.equals2D(ring[i + 1])) {
        return null;
      }
      xs[i] = c.x;
      ys[i] = c.y;
      minX = Math.min(minX, c.x);
      maxX = Math.max(maxX, c.x);
    }
    return maxX > minX ? new RingValidity(xs, ys, minX, maxX) : null;
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
   * reaches. Columns are a monotone rounding of x: no pair whose x ranges meet is missed.
   */
  private boolean othersApart() {
    double scale = n / (maxX - minX);
    int[] column = new int[n];
    int[] first = new int[n + 1];
    for (int i = 0; i < n; i++) {
      column[i] = column(Math.min(xs[i], xs[i + 1]), scale);
      first[column[i] + 1]++;
    }
    for (int c = 0; c < n; c++) {
      first[c + 1] += first[c];
    }
    int[] order = new int[n];
    int[] fill = Arrays.copyOf(first, n);
    for (int i = 0; i < n; i++) {
      order[fill[column[i]]++] = i;
    }
    for (int a = 0; a < n; a++) {
      int i = order[a];
      double left = Math.min(xs[i], xs[i + 1]);
      double right = Math.max(xs[i], xs[i + 1]);
      double bottom = Math.min(ys[i], ys[i + 1]);
      double top = Math.max(ys[i], ys[i + 1]);
      int stop = first[column(right, scale) + 1];
      for (int b = a + 1; b < stop; b++) {
        int j = order[b];
        // Envelopes apart (the first test of computeIntersect): no intersection.
        if (Math.min(ys[j], ys[j + 1]) > top
            || Math.max(ys[j], ys[j + 1]) < bottom
            || Math.min(xs[j], xs[j + 1]) > right
            || Math.max(xs[j], xs[j + 1]) < left) {
          continue;
        }
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
