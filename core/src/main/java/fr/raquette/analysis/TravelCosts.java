package fr.raquette.analysis;

import fr.raquette.access.CostMatrix;
import fr.raquette.territory.Actor;
import fr.raquette.territory.TravelTimes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The travel times of a {@code couts} file laid on the communes of the table, once per diagnosis:
 * for each commune, every commune the file gives a time to (the pair as written, else the reverse
 * pair), in commune order. Unlisted pairs are not reachable (see {@link TravelTimes}).
 *
 * <p>A commune's own supply is at the file's time from the commune to itself when it is listed,
 * else at 0 min (a routing engine gives 0 from a point to itself); never beyond the catchment, so
 * that a commune's own offer always counts for it. A commune the file does not mention at all is
 * not judged (non évaluable): its absence from the file says nothing about its access.
 */
final class TravelCosts {
  private final int[] rowStart;
  private final int[] to;
  private final double[] minutes;
  private final double[] own;
  private final boolean[] listed;

  private TravelCosts(List<TreeMap<Integer, Double>> rows) {
    int n = rows.size();
    rowStart = new int[n + 1];
    for (int i = 0; i < n; i++) {
      rowStart[i + 1] = rowStart[i] + rows.get(i).size();
    }
    to = new int[rowStart[n]];
    minutes = new double[rowStart[n]];
    own = new double[n];
    listed = new boolean[n];
    for (int i = 0; i < n; i++) {
      int p = rowStart[i];
      listed[i] = !rows.get(i).isEmpty();
      for (Map.Entry<Integer, Double> e : rows.get(i).entrySet()) {
        to[p] = e.getKey();
        minutes[p++] = e.getValue();
      }
      Double self = rows.get(i).get(i);
      own[i] = self == null ? 0 : self;
    }
  }

  /** The file's times between the table's communes; pairs naming another commune are left out. */
  static TravelCosts of(CommuneTable table, TravelTimes times) {
    List<TreeMap<Integer, Double>> rows = new ArrayList<>();
    for (int i = 0; i < table.size(); i++) {
      rows.add(new TreeMap<>());
    }
    // The pairs as written first, then the reverse of each where the file has no such pair.
    for (int pass = 0; pass < 2; pass++) {
      for (Map.Entry<String, SortedMap<String, Double>> r : times.minutes().entrySet()) {
        Integer a = table.indexOf(r.getKey());
        for (Map.Entry<String, Double> e : r.getValue().entrySet()) {
          Integer b = table.indexOf(e.getKey());
          if (a == null || b == null) {
            continue;
          }
          if (pass == 0) {
            rows.get(a).put(b, e.getValue());
          } else {
            rows.get(b).putIfAbsent(a, e.getValue());
          }
        }
      }
    }
    return new TravelCosts(rows);
  }

  /** Whether the file gives commune i any time (to or from it). */
  boolean listed(int i) {
    return listed[i];
  }

  /** Commune i's time to its own supply. */
  double own(int i) {
    return own[i];
  }

  /**
   * The cost rows of one element within {@code max} minutes: each commune's offers (its own, and
   * those of the communes the file gives a time to), actors at the time of their commune.
   */
  CostMatrix costs(CommuneTable table, Supply supply, List<Actor> actors, double max) {
    List<List<Integer>> actorsAt = actorsAt(table, supply, actors);
    CostMatrix.Builder b = CostMatrix.builder(table.size(), supply.offers.size());
    for (int i = 0; i < table.size(); i++) {
      if (!listed[i]) {
        continue;
      }
      boolean ownDone = false;
      for (int p = rowStart[i]; p <= rowStart[i + 1]; p++) {
        int j;
        double m;
        if (p == rowStart[i + 1]) {
          if (ownDone) {
            break;
          }
          j = i; // the commune itself, not listed: 0 min
          m = 0;
        } else {
          j = to[p];
          m = minutes[p];
        }
        if (j == i) {
          ownDone = true;
          m = Math.min(own[i], max);
        }
        if (m > max) {
          continue;
        }
        if (supply.atCommune[j] >= 0) {
          b.add(i, supply.atCommune[j], m);
        }
        for (int offer : actorsAt.get(j)) {
          b.add(i, offer, m);
        }
      }
    }
    return b.build();
  }

  /** The actor offers in each commune of the table. */
  private static List<List<Integer>> actorsAt(
      CommuneTable table, Supply supply, List<Actor> actors) {
    List<List<Integer>> at = new ArrayList<>();
    for (int i = 0; i < table.size(); i++) {
      at.add(new ArrayList<>(0));
    }
    for (int k = 0; k < actors.size(); k++) {
      Integer i = table.indexOf(actors.get(k).commune());
      if (supply.ofActor[k] >= 0 && i != null) {
        at.get(i).add(supply.ofActor[k]);
      }
    }
    return at;
  }

  /**
   * The quickest offer from commune i among the pairs the file lists: its own supply at its own
   * time, else the commune with supply at the fewest minutes (the lower commune on a tie); empty
   * when the file gives no time to any commune with supply.
   */
  Optional<NearestOffer.Found> nearest(int i, CommuneTable table, Supply supply) {
    if (supply.local(i)) {
      String code = table.codes.get(i);
      return Optional.of(new NearestOffer.Found(own[i], code, supply.firstWhat(code)));
    }
    int best = -1;
    double bestMin = Double.POSITIVE_INFINITY;
    for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
      if (minutes[p] < bestMin && supply.local(to[p])) {
        best = to[p];
        bestMin = minutes[p];
      }
    }
    if (best < 0) {
      return Optional.empty();
    }
    String code = table.codes.get(best);
    return Optional.of(new NearestOffer.Found(bestMin, code, supply.firstWhat(code)));
  }
}
