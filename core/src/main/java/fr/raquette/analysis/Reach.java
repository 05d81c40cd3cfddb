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
 * at its anchor, and an actor at its position. Searching once, for the widest catchment of all
 * themes, and letting each theme keep the places it counts within its own catchment gives the same
 * pairs and the same doubles as one search per theme, for a tenth of the trigonometry on a national
 * run.
 */
final class Reach {
  /** Communes per task when the rows are computed on several cores. */
  private static final int CHUNK = 1024;

  private final int[] rowStart;
  private final int[] place;
  private final double[] km;

  private Reach(int[] rowStart, int[] place, double[] km) {
    this.rowStart = rowStart;
    this.place = place;
    this.km = km;
  }

  /**
   * The places within {@code radiusKm} (inclusive) of each anchor. A commune without an anchor
   * ({@code null}) has an empty row; a place without a position is never reached. The distance of
   * pair (i, p) is {@code anchors[i].distanceKm(places.get(p))}.
   */
  static Reach of(GeoPoint[] anchors, List<GeoPoint> places, double radiusKm) {
    int n = anchors.length;
    List<GeoPoint> placed = new ArrayList<>();
    int[] placeOf = new int[places.size()];
    for (int p = 0; p < places.size(); p++) {
      if (places.get(p) != null) {
        placeOf[placed.size()] = p;
        placed.add(places.get(p));
      }
    }
    SpatialIndex index = new SpatialIndex(placed);
    // Rows are independent: chunks of them run on every core, then are joined in order, so the
    // arrays are the same whatever the scheduling.
    List<Rows> chunks =
        IntStream.range(0, (n + CHUNK - 1) / CHUNK)
            .parallel()
            .mapToObj(
                c ->
                    rows(
                        anchors,
                        c * CHUNK,
                        Math.min(n, c * CHUNK + CHUNK),
                        index,
                        placeOf,
                        radiusKm))
            .toList();
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
      System.arraycopy(r.place, 0, place, at, r.size);
      System.arraycopy(r.km, 0, km, at, r.size);
      at += r.size;
    }
    return new Reach(rowStart, place, km);
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
    return ofCommunes(Communes.of(anchors), radiusKm);
  }

  /** The anchors of the communes in a spatial index, built once for every search among them. */
  static final class Communes {
    final GeoPoint[] anchors;
    final SpatialIndex index;
    // communeOf[p]: the commune of point p of the index; placedOf[i]: the point of commune i, or
    // -1.
    final int[] communeOf;
    final int[] placedOf;

    private Communes(GeoPoint[] anchors, SpatialIndex index, int[] communeOf, int[] placedOf) {
      this.anchors = anchors;
      this.index = index;
      this.communeOf = communeOf;
      this.placedOf = placedOf;
    }

    static Communes of(GeoPoint[] anchors) {
      int n = anchors.length;
      List<GeoPoint> placed = new ArrayList<>();
      int[] communeOf = new int[n];
      int[] placedOf = new int[n];
      for (int i = 0; i < n; i++) {
        placedOf[i] = -1;
        if (anchors[i] != null) {
          placedOf[i] = placed.size();
          communeOf[placed.size()] = i;
          placed.add(anchors[i]);
        }
      }
      return new Communes(anchors, new SpatialIndex(placed), communeOf, placedOf);
    }
  }

  /**
   * For each commune marked in {@code from}, the communes within {@code radiusKm} of it (itself
   * included), each pair measured from its commune of lower index as in {@link #ofCommunes}; the
   * other rows are empty. For a theme whose catchment is wider than the one all themes share: its
   * supply is usually in a few communes, and a search from each of them costs less than widening
   * every commune's row.
   */
  static Reach ofSome(Communes communes, boolean[] from, double radiusKm) {
    GeoPoint[] anchors = communes.anchors;
    int n = anchors.length;
    Rows r = new Rows(n);
    SpatialIndex.Searcher searcher = communes.index.searcher();
    for (int j = 0; j < n; j++) {
      int before = r.size;
      if (from[j] && anchors[j] != null) {
        final int at = j;
        searcher.withinKm(
            anchors[j],
            radiusKm,
            (p, d) -> {
              int i = communes.communeOf[p];
              // The distance from the commune of lower index, the one its other row holds.
              double km = i < at ? anchors[i].distanceKm(anchors[at]) : d;
              if (km <= radiusKm) {
                r.add(i, km);
              }
            });
      }
      r.lengths[j] = r.size - before;
    }
    int[] rowStart = new int[n + 1];
    for (int j = 0; j < n; j++) {
      rowStart[j + 1] = rowStart[j] + r.lengths[j];
    }
    return new Reach(rowStart, Arrays.copyOf(r.place, r.size), Arrays.copyOf(r.km, r.size));
  }

  static Reach ofCommunes(Communes communes, double radiusKm) {
    GeoPoint[] anchors = communes.anchors;
    int n = anchors.length;
    SpatialIndex index = communes.index;
    int[] communeOf = communes.communeOf;
    int[] placedOf = communes.placedOf;
    // The pairs (i, j > i), on every core; placed points keep the communes' order.
    List<Rows> chunks =
        IntStream.range(0, (n + CHUNK - 1) / CHUNK)
            .parallel()
            .mapToObj(
                c -> {
                  Rows r = new Rows(Math.min(n, c * CHUNK + CHUNK) - c * CHUNK);
                  SpatialIndex.Searcher searcher = index.searcher();
                  for (int i = c * CHUNK; i < c * CHUNK + r.lengths.length; i++) {
                    int before = r.size;
                    if (anchors[i] != null) {
                      searcher.withinKmAfterUnsorted(
                          anchors[i], radiusKm, placedOf[i], (p, d) -> r.add(communeOf[p], d));
                    }
                    r.lengths[i - c * CHUNK] = r.size - before;
                  }
                  return r;
                })
            .toList();
    // Row i: the communes before i, i itself, then the communes after i.
    int[] before = new int[n];
    for (Rows r : chunks) {
      for (int k = 0; k < r.size; k++) {
        before[r.place[k]]++;
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
          int j = r.place[k];
          place[next[j]] = i;
          km[next[j]++] = r.km[k];
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

  private static Rows rows(
      GeoPoint[] anchors, int from, int to, SpatialIndex index, int[] placeOf, double radiusKm) {
    Rows r = new Rows(to - from);
    SpatialIndex.Searcher searcher = index.searcher();
    for (int i = from; i < to; i++) {
      int before = r.size;
      if (anchors[i] != null) {
        // Placed points keep the places' order, so the visit order is the places' order.
        searcher.withinKm(anchors[i], radiusKm, (p, d) -> r.add(placeOf[p], d));
      }
      r.lengths[i - from] = r.size - before;
    }
    return r;
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

  /** The rows of one chunk of communes, in growing primitive arrays. */
  private static final class Rows {
    final int[] lengths;
    int[] place = new int[1024];
    double[] km = new double[1024];
    int size;

    Rows(int communes) {
      lengths = new int[communes];
    }

    void add(int p, double d) {
      if (size == place.length) {
        place = Arrays.copyOf(place, size * 2);
        km = Arrays.copyOf(km, size * 2);
      }
      place[size] = p;
      km[size] = d;
      size++;
    }
  }
}
