package fr.raquette.access;

import java.util.Arrays;

/**
 * The costs (km, minutes...) of the origin×destination pairs worth considering, stored sparse: only
 * the pairs given, in compressed rows by origin (CSR), each row sorted by destination. Origins are
 * demand locations; destinations are supply locations, or demand locations again for the
 * neighbourhoods of {@link Method#FCA}. Locations are 0-based indexes into the caller's arrays.
 *
 * <p>Built with a {@link Builder} in time linear in the number of pairs (two counting sorts), with
 * no object per pair, so that a national run of a few million pairs stays a few tens of megabytes.
 * Immutable once built: the same pairs, in whatever order they were added, give the same matrix.
 */
public final class CostMatrix {
  private final int origins;
  private final int destinations;
  private final int[] rowStart;
  private final int[] destination;
  private final double[] cost;

  private CostMatrix(
      int origins, int destinations, int[] rowStart, int[] destination, double[] cost) {
    this.origins = origins;
    this.destinations = destinations;
    this.rowStart = rowStart;
    this.destination = destination;
    this.cost = cost;
  }

  /**
   * A matrix from pairs already in CSR order: the pairs of origin {@code o} are {@code
   * rowStart[o]..rowStart[o+1]-1}, each row by strictly increasing destination. For callers that
   * produce their pairs in that order anyway (the diagnosis walks communes in order), this skips
   * the builder's two sorts; the arrays are checked, not copied, and must not be changed
   * afterwards.
   *
   * @throws IllegalArgumentException when the arrays disagree in size, a row is not sorted or has a
   *     pair twice, an index is out of range, or a cost is negative or not finite
   */
  public static CostMatrix ofRows(
      int origins, int destinations, int[] rowStart, int[] destination, double[] cost) {
    if (origins < 0 || destinations < 0) {
      throw new IllegalArgumentException("location counts cannot be negative");
    }
    if (rowStart.length != origins + 1
        || rowStart[0] != 0
        || destination.length != rowStart[origins]
        || cost.length != destination.length) {
      throw new IllegalArgumentException(
          "rowStart must hold origins + 1 offsets from 0 to the number of pairs");
    }
    for (int o = 0; o < origins; o++) {
      if (rowStart[o + 1] < rowStart[o]) {
        throw new IllegalArgumentException("rowStart decreases at origin " + o);
      }
      for (int p = rowStart[o]; p < rowStart[o + 1]; p++) {
        int d = destination[p];
        if (d < 0 || d >= destinations) {
          throw new IllegalArgumentException(
              "destination " + d + " out of 0.." + (destinations - 1));
        }
        if (p > rowStart[o] && destination[p - 1] >= d) {
          throw new IllegalArgumentException(
              "the row of origin " + o + " is not sorted by strictly increasing destination");
        }
        if (!(cost[p] >= 0) || !Double.isFinite(cost[p])) {
          throw new IllegalArgumentException("a cost must be a finite number >= 0: " + cost[p]);
        }
      }
    }
    return new CostMatrix(origins, destinations, rowStart, destination, cost);
  }

  /** A builder for {@code origins} × {@code destinations} locations. */
  public static Builder builder(int origins, int destinations) {
    return new Builder(origins, destinations);
  }

  /** The number of origin (demand) locations. */
  public int origins() {
    return origins;
  }

  /** The number of destination (supply) locations. */
  public int destinations() {
    return destinations;
  }

  /** The number of pairs stored. */
  public int pairs() {
    return destination.length;
  }

  /** The first pair of {@code origin}'s row; its pairs are {@code rowStart(o)..rowEnd(o)-1}. */
  public int rowStart(int origin) {
    return rowStart[origin];
  }

  /** One past the last pair of {@code origin}'s row. */
  public int rowEnd(int origin) {
    return rowStart[origin + 1];
  }

  /** The destination of pair {@code p}. */
  public int destination(int p) {
    return destination[p];
  }

  /** The cost of pair {@code p}. */
  public double cost(int p) {
    return cost[p];
  }

  /** The cost from {@code origin} to {@code destination}, or NaN when the pair was not given. */
  public double cost(int origin, int destination) {
    int p =
        Arrays.binarySearch(this.destination, rowStart[origin], rowStart[origin + 1], destination);
    return p >= 0 ? cost[p] : Double.NaN;
  }

  /** The same pair given twice: {@link #first()} and {@link #second()} are their entry numbers. */
  public static final class DuplicatePairException extends IllegalArgumentException {
    private final int origin;
    private final int destination;
    private final int first;
    private final int second;

    DuplicatePairException(int origin, int destination, int first, int second) {
      super(
          "the pair (origin "
              + origin
              + ", destination "
              + destination
              + ") is given twice: entries "
              + first
              + " and "
              + second);
      this.origin = origin;
      this.destination = destination;
      this.first = first;
      this.second = second;
    }

    /** The origin index of the pair. */
    public int origin() {
      return origin;
    }

    /** The destination index of the pair. */
    public int destination() {
      return destination;
    }

    /** The 0-based number, in the order of {@link Builder#add}, of the first entry. */
    public int first() {
      return first;
    }

    /** The 0-based number of the repeated entry. */
    public int second() {
      return second;
    }
  }

  /** Collects pairs in primitive arrays, then sorts them into a {@link CostMatrix}. */
  public static final class Builder {
    private final int origins;
    private final int destinations;
    private int[] from = new int[16];
    private int[] to = new int[16];
    private double[] costs = new double[16];
    private int size;

    private Builder(int origins, int destinations) {
      if (origins < 0 || destinations < 0) {
        throw new IllegalArgumentException("location counts cannot be negative");
      }
      this.origins = origins;
      this.destinations = destinations;
    }

    /**
     * Adds a pair. Its entry number, used by {@link DuplicatePairException}, is {@link #size()}
     * before the call.
     *
     * @throws IllegalArgumentException for an index out of range or a cost that is negative or not
     *     finite
     */
    public Builder add(int origin, int destination, double cost) {
      if (origin < 0 || origin >= origins) {
        throw new IllegalArgumentException("origin " + origin + " out of 0.." + (origins - 1));
      }
      if (destination < 0 || destination >= destinations) {
        throw new IllegalArgumentException(
            "destination " + destination + " out of 0.." + (destinations - 1));
      }
      if (!(cost >= 0) || !Double.isFinite(cost)) {
        throw new IllegalArgumentException("a cost must be a finite number >= 0: " + cost);
      }
      if (size == from.length) {
        int grown = size + Math.max(16, size >> 1);
        from = Arrays.copyOf(from, grown);
        to = Arrays.copyOf(to, grown);
        costs = Arrays.copyOf(costs, grown);
      }
      from[size] = origin;
      to[size] = destination;
      costs[size] = cost;
      size++;
      return this;
    }

    /** The number of pairs added so far. */
    public int size() {
      return size;
    }

    /**
     * Sorts the pairs by origin then destination: a stable counting sort by destination, then one
     * by origin (a two-digit radix sort), linear in pairs + locations.
     *
     * @throws DuplicatePairException when a pair was added twice
     */
    public CostMatrix build() {
      int[] byDestination = countingSort(identity(size), to, destinations);
      int[] order = countingSort(byDestination, from, origins);
      int[] rowStart = new int[origins + 1];
      int[] dest = new int[size];
      double[] cost = new double[size];
      for (int p = 0; p < size; p++) {
        int e = order[p];
        if (p > 0 && from[order[p - 1]] == from[e] && to[order[p - 1]] == to[e]) {
          throw new DuplicatePairException(from[e], to[e], order[p - 1], e);
        }
        rowStart[from[e] + 1]++;
        dest[p] = to[e];
        cost[p] = costs[e];
      }
      for (int o = 0; o < origins; o++) {
        rowStart[o + 1] += rowStart[o];
      }
      return new CostMatrix(origins, destinations, rowStart, dest, cost);
    }

    private static int[] identity(int n) {
      int[] a = new int[n];
      for (int i = 0; i < n; i++) {
        a[i] = i;
      }
      return a;
    }

    /** Stable sort of the entries {@code in} by {@code key[entry]} in {@code 0..range-1}. */
    private static int[] countingSort(int[] in, int[] key, int range) {
      int[] start = new int[range + 1];
      for (int e : in) {
        start[key[e] + 1]++;
      }
      for (int k = 0; k < range; k++) {
        start[k + 1] += start[k];
      }
      int[] out = new int[in.length];
      for (int e : in) {
        out[start[key[e]]++] = e;
      }
      return out;
    }
  }
}
