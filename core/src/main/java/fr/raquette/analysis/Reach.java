package fr.raquette.analysis;

import fr.raquette.geo.SpatialIndex;
import fr.raquette.territory.GeoPoint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * For every commune, the places (commune anchors, or actors) at most a radius from its anchor, with
 * the distance: compressed rows by commune, each row in increasing place order.
 *
 * <p>Every theme measures from the same anchors to the same places: the equipment of a commune sits
 * at its anchor, and an actor at its position. Searching once, for the catchment most themes share,
 * and letting each theme keep the places it counts within its own catchment gives the same pairs
 * and the same doubles as one search per theme, for a fraction of the trigonometry on a national
 * run.
 */
final class Reach {
  /** Communes per task when the rows are computed on several cores. */
  private static final int CHUNK = 1024;

  // Read in place by the loops over millions of pairs ({@link ReachAccess}): rows are {@code
  // rowStart[i] .. rowStart[i + 1] - 1}, as the accessors below give them.
  final int[] rowStart;
  final int[] place;
  final double[] km;

  // The bands of every pair, by band limits ({@link #bands}).
  private final java.util.concurrent.ConcurrentMap<List<Double>, byte[]> bands =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Reach(int[] rowStart, int[] place, double[] km) {
    this.rowStart = rowStart;
    this.place = place;
    this.km = km;
  }

  /**
   * Positions in a spatial index, those that are null left out: {@code placeOf[p]} is the position
   * (in the list given) of point {@code p} of the index, {@code pointOf[i]} the point of position
   * {@code i}, or -1. Points keep the order of the positions, so visiting points in index order
   * visits positions in order.
   */
  static final class Places {
    final GeoPoint[] at;
    final SpatialIndex index;
    final int[] placeOf;
    final int[] pointOf;

    private Places(GeoPoint[] at) {
      this.at = at;
      List<GeoPoint> points = new ArrayList<>();
      placeOf = new int[at.length];
      pointOf = new int[at.length];
      for (int i = 0; i < at.length; i++) {
        pointOf[i] = -1;
        if (at[i] != null) {
          pointOf[i] = points.size();
          placeOf[points.size()] = i;
          points.add(at[i]);
        }
      }
      index = new SpatialIndex(points);
    }

    /** The positions indexed once, for every search among them. */
    static Places of(GeoPoint[] at) {
      return new Places(at);
    }
  }

  /** What one commune's row holds: appends its pairs to {@code r}. */
  @FunctionalInterface
  private interface RowSearch {
    void find(int commune, SpatialIndex.Searcher searcher, Rows r);
  }

  /**
   * The places within {@code radiusKm} (inclusive) of each anchor. A commune without an anchor
   * ({@code null}) has an empty row; a place without a position is never reached. The distance of
   * pair (i, p) is {@code anchors[i].distanceKm(places.get(p))}.
   */
  static Reach of(GeoPoint[] anchors, List<GeoPoint> places, double radiusKm) {
    Places indexed = Places.of(places.toArray(new GeoPoint[0]));
    return join(
        inChunks(
            anchors.length,
            indexed.index,
            (i, searcher, r) -> {
              if (anchors[i] != null) {
                searcher.withinKm(anchors[i], radiusKm, (p, d) -> r.add(indexed.placeOf[p], d));
              }
            }));
  }

  /**
   * The communes within {@code radiusKm} (inclusive) of each other, anchors to anchors, each
   * commune in its own row at 0 km. Distance is symmetric, so each pair is measured once, from the
   * commune of lower index ({@code anchors[i].distanceKm(anchors[j])}, i &lt; j), and written in
   * both rows: half the trigonometry of {@link #of} with the anchors as places.
   *
   * <p>No row is sorted by comparison: the pairs found from each commune, in any order, are written
   * into the rows of their other commune, which come out sorted (the finding commune goes up);
   * those are then written back the same way into the rows of the finding communes.
   */
  static Reach ofCommunes(GeoPoint[] anchors, double radiusKm) {
    return ofCommunes(Places.of(anchors), radiusKm);
  }

  static Reach ofCommunes(Places communes, double radiusKm) {
    GeoPoint[] anchors = communes.at;
    // The pairs (i, j > i), on every core.
    List<Rows> chunks =
        inChunks(
            anchors.length,
            communes.index,
            (i, searcher, r) -> {
              if (anchors[i] != null) {
                searcher.withinKmAfterUnsorted(
                    anchors[i],
                    radiusKm,
                    communes.pointOf[i],
                    (p, d) -> r.add(communes.placeOf[p], d));
              }
            });
    return bothWays(anchors, chunks);
  }

  /**
   * The rows of the pairs (i, j &gt; i) found from each commune i, chunk after chunk: row i holds
   * the communes before i, i itself (when it has an anchor), then the communes after i.
   */
  private static Reach bothWays(GeoPoint[] anchors, List<Rows> chunks) {
    int n = anchors.length;
    int[] before = new int[n];
    for (Rows r : chunks) {
      for (int k = 0; k < r.size; k++) {
        before[r.place(k)]++;
      }
    }
    int[] rowStart = new int[n + 1];
    int i = 0;
    for (Rows r : chunks) {
      for (int after : r.lengths) {
        rowStart[i + 1] = rowStart[i] + before[i] + (anchors[i] == null ? 0 : 1) + after;
        i++;
      }
    }
    int[] place = new int[rowStart[n]];
    double[] km = new double[rowStart[n]];
    // The communes before j, met in increasing order of the finding commune i.
    int[] next = Arrays.copyOf(rowStart, n);
    i = 0;
    for (Rows r : chunks) {
      int k = 0;
      for (int after : r.lengths) {
        for (int end = k + after; k < end; k++) {
          int j = r.place(k);
          place[next[j]] = i;
          km[next[j]++] = r.km(k);
        }
        i++;
      }
    }
    // Each commune itself, then the communes after it, met in increasing order of j.
    for (i = 0; i < n; i++) {
      if (anchors[i] != null) {
        place[next[i]] = i;
        km[next[i]++] = 0;
      }
    }
    for (int j = 0; j < n; j++) {
      for (int p = rowStart[j]; p < rowStart[j] + before[j]; p++) {
        int from = place[p];
        place[next[from]] = j;
        km[next[from]++] = km[p];
      }
    }
    return new Reach(rowStart, place, km);
  }

  /**
   * For each commune marked in {@code from}, the communes within {@code radiusKm} of it (itself
   * included), each pair measured from its commune of lower index as in {@link #ofCommunes}; the
   * other rows are empty. For a theme whose catchment is wider than the one all themes share: its
   * supply is usually in a few communes, and a search from each of them costs less than widening
   * every commune's row. Runs on the calling thread (the themes already share the cores).
   */
  static Reach ofSome(Places communes, boolean[] from, double radiusKm) {
    return ofSome(communes, from, radiusKm, false);
  }

  /**
   * As {@link #ofSome(Places, boolean[], double)}, on every core when {@code parallel}: for a
   * search from the supply communes of several themes at once, which no theme's thread runs.
   */
  static Reach ofSome(Places communes, boolean[] from, double radiusKm, boolean parallel) {
    GeoPoint[] anchors = communes.at;
    RowSearch search =
        (j, searcher, r) -> {
          if (from[j] && anchors[j] != null) {
            searcher.withinKm(
                anchors[j],
                radiusKm,
                (p, d) -> {
                  int i = communes.placeOf[p];
                  // The distance from the commune of lower index, as its other row holds.
                  double km = i < j ? anchors[i].distanceKm(anchors[j]) : d;
                  if (km <= radiusKm) {
                    r.add(i, km);
                  }
                });
          }
        };
    return join(
        parallel
            ? inChunks(anchors.length, communes.index, search)
            : List.of(rows(0, anchors.length, communes.index.searcher(), search)));
  }

  /**
   * The rows of {@link #ofSome(Places, boolean[], double, boolean)} on every core (the same rows,
   * pairs and doubles: {@code ReachTest} compares them), for a radius wider than that of {@code
   * inner}, the pairs of {@link #ofCommunes} on the same communes: every pair of a commune's row
   * there is in its wider row with the same distance (measured from its commune of lower index), so
   * only the communes beyond it are searched for and measured. On all of France, the pairs within
   * 45 km of the supply communes at 1.5 times the catchments of 30 km, of which the inner 30 km are
   * known.
   */
  static Reach ofSomeAround(Places communes, boolean[] from, double radiusKm, Reach inner) {
    GeoPoint[] anchors = communes.at;
    RowSearch search =
        (j, searcher, r) -> {
          if (!from[j] || anchors[j] == null) {
            return;
          }
          int end = inner.rowStart[j + 1];
          for (int p = inner.rowStart[j]; p < end; p++) {
            searcher.leaveOut(communes.pointOf[inner.place[p]]);
          }
          // The pairs beyond, in place order, merged with the known ones.
          int[] next = {inner.rowStart[j]};
          searcher.pairsWithinKm(
              communes.pointOf[j],
              radiusKm,
              (point, d) -> {
                int i = communes.placeOf[point];
                for (; next[0] < end && inner.place[next[0]] < i; next[0]++) {
                  r.add(inner.place[next[0]], inner.km[next[0]]);
                }
                r.add(i, d);
              });
          for (int p = next[0]; p < end; p++) {
            r.add(inner.place[p], inner.km[p]);
          }
        };
    return join(inChunks(anchors.length, communes.index, search));
  }

  /**
   * The rows of communes {@code 0..n-1}, in chunks computed on every core; the chunks are returned
   * in order, so the result is the same whatever the scheduling.
   */
  private static List<Rows> inChunks(int n, SpatialIndex index, RowSearch search) {
    return IntStream.range(0, (n + CHUNK - 1) / CHUNK)
        .parallel()
        .mapToObj(c -> rows(c * CHUNK, Math.min(n, c * CHUNK + CHUNK), index.searcher(), search))
        .toList();
  }

  private static Rows rows(int from, int to, SpatialIndex.Searcher searcher, RowSearch search) {
    Rows r = new Rows(to - from);
    for (int i = from; i < to; i++) {
      int before = r.size;
      search.find(i, searcher, r);
      r.lengths[i - from] = r.size - before;
    }
    return r;
  }

  /** Rows in order, chunk after chunk, as one compressed table. */
  private static Reach join(List<Rows> chunks) {
    int n = chunks.stream().mapToInt(r -> r.lengths.length).sum();
    int pairs = chunks.stream().mapToInt(r -> r.size).sum();
    int[] rowStart = new int[n + 1];
    int[] place = new int[pairs];
    double[] km = new double[pairs];
    int at = 0;
    int row = 0;
    for (Rows r : chunks) {
      for (int length : r.lengths) {
        rowStart[row + 1] = rowStart[row] + length;
        row++;
      }
      r.copyTo(place, km, at);
      at += r.size;
    }
    return new Reach(rowStart, place, km);
  }

  /**
   * The pairs within {@code radiusKm} (inclusive), each row in the same order: for the catchments
   * narrower than the one the pairs were searched for, whose pairs are then all in (a loop over
   * them no longer guesses at every pair whether it is in). No distance is measured again. The rows
   * are counted, then copied, in blocks of rows on every core: each block writes its own slots.
   */
  Reach within(double radiusKm) {
    int n = rowStart.length - 1;
    // Whether each pair is kept is read without a branch (pairs come by place, not by distance):
    // the sign of radius - km is 0 exactly when km <= radius.
    int[] start = new int[n + 1];
    inBlocks(
        n,
        ROW_BLOCK,
        (from, to) -> {
          for (int i = from; i < to; i++) {
            int kept = 0;
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
              kept += 1 - (int) (Double.doubleToRawLongBits(radiusKm - km[p]) >>> 63);
            }
            start[i + 1] = kept;
          }
        });
    for (int i = 0; i < n; i++) {
      start[i + 1] += start[i];
    }
    // Every pair is written, and kept by moving on, up to the last pair a block keeps: a pair left
    // out after it would be written into the next block's first slot. One slot more, as before.
    int[] places = new int[start[n] + 1];
    double[] kms = new double[start[n] + 1];
    inBlocks(
        n,
        ROW_BLOCK,
        (from, to) -> {
          int end = rowStart[to];
          while (end > rowStart[from] && km[end - 1] > radiusKm) {
            end--;
          }
          int q = start[from];
          for (int p = rowStart[from]; p < end; p++) {
            places[q] = place[p];
            kms[q] = km[p];
            q += 1 - (int) (Double.doubleToRawLongBits(radiusKm - km[p]) >>> 63);
          }
        });
    return new Reach(start, places, kms);
  }

  /** Rows per block when {@link #within} counts and copies rows on every core. */
  static final int ROW_BLOCK = 2048;

  /** Pairs per block when {@link #bands} are counted on every core. */
  static final int PAIR_BLOCK = 1 << 16;

  /** A loop body over {@code from .. to - 1}. */
  @FunctionalInterface
  private interface Block {
    void run(int from, int to);
  }

  /**
   * Runs {@code body} over {@code 0 .. n - 1} in blocks of {@code size}, on every core when there
   * is more than one block: each block writes only its own slots, so the result is the same
   * whatever the scheduling. Never called under a lock (the caches below compute before they
   * publish).
   */
  private static void inBlocks(int n, int size, Block body) {
    int blocks = (n + size - 1) / size;
    if (blocks <= 1) {
      body.run(0, n);
      return;
    }
    IntStream.range(0, blocks)
        .parallel()
        .forEach(b -> body.run(b * size, Math.min(n, b * size + size)));
  }

  /**
   * The band of every pair under band limits {@code limits}: how many limits are strictly below its
   * distance ({@link #band}). Counted on first use for each limits and kept, for every element
   * whose catchment has these bands reads the same pairs. Two threads asking at once may both count
   * them (the same bytes); neither waits for the other.
   */
  byte[] bands(double[] limits) {
    List<Double> key = java.util.Arrays.stream(limits).boxed().toList();
    byte[] b = bands.get(key);
    if (b == null) {
      byte[] counted = bandsOf(limits);
      b = bands.putIfAbsent(key, counted);
      if (b == null) {
        b = counted;
      }
    }
    return b;
  }

  private byte[] bandsOf(double[] limits) {
    byte[] b = new byte[km.length];
    inBlocks(
        km.length,
        PAIR_BLOCK,
        limits.length == 3
            ? (from, to) -> threeBands(limits[0], limits[1], limits[2], from, to, b)
            : (from, to) -> {
              for (int p = from; p < to; p++) {
                b[p] = band(limits, km[p]);
              }
            });
    return b;
  }

  /**
   * {@link #band} of pairs {@code from .. to - 1} under three limits (the built-in catchments), the
   * loop over the limits written out: the same sums of the same signs.
   */
  private void threeBands(double l0, double l1, double l2, int from, int to, byte[] b) {
    double[] km = this.km;
    for (int p = from; p < to; p++) {
      double c = km[p];
      b[p] =
          (byte)
              ((int) (Double.doubleToRawLongBits(l0 - c) >>> 63)
                  + (int) (Double.doubleToRawLongBits(l1 - c) >>> 63)
                  + (int) (Double.doubleToRawLongBits(l2 - c) >>> 63));
    }
  }

  /**
   * How many of the increasing {@code limits} are strictly below {@code cost}: the band whose
   * weight {@code DistanceBands.weight} gives it, past the last for a cost beyond the catchment.
   * Each limit is read without a branch from the sign of {@code limit - cost}, as {@code
   * access.BandWeights} does.
   */
  static byte band(double[] limits, double cost) {
    int below = 0;
    for (int l = 0; l < limits.length; l++) {
      below += (int) (Double.doubleToRawLongBits(limits[l] - cost) >>> 63);
    }
    return (byte) below;
  }

  /** The first pair of commune {@code i}'s row. */
  int rowStart(int i) {
    return rowStart[i];
  }

  /** One past the last pair of commune {@code i}'s row. */
  int rowEnd(int i) {
    return rowStart[i + 1];
  }

  /** The place (index in the list given) of pair {@code p}. */
  int place(int p) {
    return place[p];
  }

  /** The distance in km of pair {@code p}. */
  double km(int p) {
    return km[p];
  }

  /**
   * The rows of one chunk of communes, in blocks of a fixed size: a block is never copied to grow
   * (the pairs of a chunk are not known before its searches), only once into the rows joined.
   */
  private static final class Rows {
    private static final int SHIFT = 13;
    private static final int BLOCK = 1 << SHIFT;
    private static final int MASK = BLOCK - 1;

    final int[] lengths;
    private int[][] places = new int[4][];
    private double[][] kms = new double[4][];
    private int[] place;
    private double[] km;
    private int at = BLOCK;
    int size;

    Rows(int communes) {
      lengths = new int[communes];
    }

    void add(int p, double d) {
      if (at == BLOCK) {
        int b = size >>> SHIFT;
        if (b == places.length) {
          places = Arrays.copyOf(places, b * 2);
          kms = Arrays.copyOf(kms, b * 2);
        }
        place = places[b] = new int[BLOCK];
        km = kms[b] = new double[BLOCK];
        at = 0;
      }
      place[at] = p;
      km[at++] = d;
      size++;
    }

    int place(int k) {
      return places[k >>> SHIFT][k & MASK];
    }

    double km(int k) {
      return kms[k >>> SHIFT][k & MASK];
    }

    /** Every pair, in order, into {@code place} and {@code km} from {@code from}. */
    void copyTo(int[] place, double[] km, int from) {
      for (int b = 0, k = 0; k < size; b++, k += BLOCK) {
        int n = Math.min(BLOCK, size - k);
        System.arraycopy(places[b], 0, place, from + k, n);
        System.arraycopy(kms[b], 0, km, from + k, n);
      }
    }
  }
}
