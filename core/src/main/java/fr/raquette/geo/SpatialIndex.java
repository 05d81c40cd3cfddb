package fr.raquette.geo;

import fr.raquette.territory.GeoPoint;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;

/**
 * Points (WGS84) in a uniform grid of {@value #CELL_DEG}° cells, to find every point within a
 * distance or the nearest one without comparing all pairs. Distances are haversine kilometres from
 * {@link GeoPoint#distanceKm}, and limits are inclusive. Built once; safe to query from several
 * threads. Not meant for the poles or across the antimeridian (France, overseas included, needs
 * neither).
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
  private final double[] cosLat;
  private final Map<Long, int[]> cells;

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
    Map<Long, int[]> sizes = new HashMap<>();
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      GeoPoint p = points.get(i);
      if (p == null || !Double.isFinite(p.lon()) || !Double.isFinite(p.lat())) {
        throw new IllegalArgumentException("point " + i + " is not a finite position: " + p);
      }
      lon[i] = p.lon();
      lat[i] = p.lat();
      cosLat[i] = Math.cos(Math.toRadians(p.lat()));
      keys[i] = key(cell(p.lon()), cell(p.lat()));
      sizes.computeIfAbsent(keys[i], k -> new int[1])[0]++;
    }
    cells = new HashMap<>(sizes.size() * 2);
    Map<Long, int[]> fill = new HashMap<>(sizes.size() * 2);
    for (Map.Entry<Long, int[]> e : sizes.entrySet()) {
      cells.put(e.getKey(), new int[e.getValue()[0]]);
      fill.put(e.getKey(), new int[1]);
    }
    // Filled in index order, so every cell lists its points sorted.
    for (int i = 0; i < n; i++) {
      int[] at = fill.get(keys[i]);
      cells.get(keys[i])[at[0]++] = i;
    }
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
    if (!(km >= 0)) {
      throw new IllegalArgumentException("radius must be >= 0 km, got " + km);
    }
    Hits hits = new Hits();
    double cosP = Math.cos(Math.toRadians(p.lat()));
    scan(
        p,
        km,
        i -> {
          if (!roughlyWithin(p, cosP, i, km)) {
            return;
          }
          double d = p.distanceKm(new GeoPoint(lon[i], lat[i]));
          if (d <= km) {
            hits.add(i, d);
          }
        });
    hits.visitInIndexOrder(visitor);
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
    int[] best = {-1};
    double[] bestKm = {Double.POSITIVE_INFINITY};
    double cosP = Math.cos(Math.toRadians(p.lat()));
    for (double r = CELL_DEG * KM_PER_DEG; ; r *= 2) {
      double radius = Math.min(r, half);
      scan(
          p,
          radius,
          i -> {
            if (!filter.test(i) || !roughlyWithin(p, cosP, i, radius)) {
              return;
            }
            double d = p.distanceKm(new GeoPoint(lon[i], lat[i]));
            if (d <= radius && (d < bestKm[0] || (d == bestKm[0] && i < best[0]))) {
              best[0] = i;
              bestKm[0] = d;
            }
          });
      if (best[0] >= 0) {
        return Optional.of(new Nearest(best[0], bestKm[0]));
      }
      if (radius >= half) {
        return Optional.empty();
      }
    }
  }

  /**
   * A cheap flat-earth test that only rules out points clearly beyond {@code km}: below {@value
   * #PRECHECK_MAX_KM} km it errs by well under 5%, so a 5% margin never drops a point in range.
   */
  private boolean roughlyWithin(GeoPoint p, double cosP, int i, double km) {
    if (km > PRECHECK_MAX_KM) {
      return true;
    }
    double limit = km * 1.05 + 1e-6;
    double dy = (lat[i] - p.lat()) * KM_PER_DEG;
    double dx = (lon[i] - p.lon()) * KM_PER_DEG * Math.min(cosP, cosLat[i]);
    return dx * dx + dy * dy <= limit * limit;
  }

  /** Calls {@code each} for every point of the cells that may hold points within {@code km}. */
  private void scan(GeoPoint p, double km, IntConsumer each) {
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
    long x0 = cell(p.lon() - dLon);
    long x1 = cell(p.lon() + dLon);
    long y0 = cell(minLat);
    long y1 = cell(maxLat);
    if ((double) (x1 - x0 + 1) * (y1 - y0 + 1) > cells.size()) {
      for (Map.Entry<Long, int[]> e : cells.entrySet()) {
        long raw = e.getKey() * UNMIX;
        long cx = raw >> 32;
        long cy = (raw & 0xffffffffL) - OFFSET;
        if (cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1) {
          for (int i : e.getValue()) {
            each.accept(i);
          }
        }
      }
      return;
    }
    for (long y = y0; y <= y1; y++) {
      for (long x = x0; x <= x1; x++) {
        int[] c = cells.get(key(x, y));
        if (c != null) {
          for (int i : c) {
            each.accept(i);
          }
        }
      }
    }
  }

  /** Points found by one query, to hand over sorted by index. */
  private static final class Hits {
    private long[] keys = new long[64];
    private double[] km = new double[64];
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

  private static final long OFFSET = 1L << 20;

  private static long cell(double deg) {
    return (long) Math.floor(deg / CELL_DEG);
  }

  private static long key(long x, long y) {
    // Long.hashCode folds the two halves together (x ^ y), which puts whole rows of cells in one
    // bucket; multiplying by an odd constant is a bijection that spreads them.
    return ((x << 32) | ((y + OFFSET) & 0xffffffffL)) * MIX;
  }

  private static final long MIX = 0x9E3779B97F4A7C15L;

  /** The inverse of {@link #MIX} modulo 2^64, to read a cell back from its key. */
  private static final long UNMIX = 0xF1DE83E19937733DL;
}
