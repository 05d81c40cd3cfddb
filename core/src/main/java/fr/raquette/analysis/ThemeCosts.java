package fr.raquette.analysis;

import fr.raquette.access.CostMatrix;
import fr.raquette.territory.Actor;
import java.util.Arrays;
import java.util.List;

/**
 * The cost rows of one theme: for each commune, its theme's offers within the catchment, in offer
 * order (equipment in commune order, then actors in their order), read from the pairs searched once
 * for all themes ({@link Reach}). A supply in the commune itself costs the commune's own distance
 * ({@link CommuneTable#ownKm}: 0 unless the commune is large), capped at the catchment.
 *
 * <p>Commune distances are symmetric, so the equipment pairs are read from the rows of the communes
 * that have equipment (often a few percent of them), not from every commune's row: a counting pass
 * sizes each commune's row, a second pass fills it. Offers are met in increasing order, so every
 * row comes out sorted.
 *
 * <p>A diagnosis in km no longer builds these rows: {@link ReachAccess} reads the same pairs and
 * gives the same doubles without them. They remain the oracle its agreement test compares with;
 * {@link #reach} chooses the pairs both read.
 */
final class ThemeCosts {
  private ThemeCosts() {}

  /**
   * The theme's cost rows within {@code max} km, from the context's pairs: the commune pairs within
   * {@code cx.shared()} km searched once for all themes, or for a wider catchment the pairs
   * searched once from the supply communes of every element of that catchment ({@code cx.wider()}),
   * else searched again from this theme's own supply communes; the commune-to-actor pairs, at least
   * as wide as every catchment.
   */
  static CostMatrix of(
      CommuneTable table, Supply supply, List<Actor> actors, ElementJudge.Context cx, double max) {
    Reach reach = max <= cx.shared() ? cx.communeReach() : wider(supply, cx, max);
    return rows(table, supply, actors, reach, cx.actorReach(), max);
  }

  /**
   * The commune pairs the cost rows within {@code max} km are read from by {@link ReachAccess}: the
   * rows of the supply communes at least, each pair within {@code max} km of its supply commune
   * there. Those of the shared pairs within a narrower catchment are kept once per catchment and
   * context ({@link ReachAccess.Workspace#narrower}).
   */
  static Reach reach(Supply supply, ElementJudge.Context cx, double max) {
    if (max < cx.shared()) {
      return cx.work().narrower(cx.communeReach(), max);
    }
    return max == cx.shared() ? cx.communeReach() : wider(supply, cx, max);
  }

  /** The pairs of a catchment wider than the shared one: searched once, else for this supply. */
  private static Reach wider(Supply supply, ElementJudge.Context cx, double max) {
    boolean[] supplied = supplied(supply);
    Wider w = cx.wider().get(max);
    return w != null && w.covers(supplied) ? w.reach() : Reach.ofSome(cx.placed(), supplied, max);
  }

  /**
   * Commune pairs within a catchment wider than the shared one, searched once ({@link
   * Reach#ofSome(Reach.Places, boolean[], double, boolean)}) from the supply communes of several
   * elements: the row of a commune marked in {@code from} is the row a search from that commune
   * alone gives, so an element whose supply communes are all marked reads the same pairs.
   */
  record Wider(boolean[] from, Reach reach) {
    static Wider of(Reach.Places placed, boolean[] from, double km) {
      return new Wider(from, Reach.ofSome(placed, from, km, true));
    }

    /**
     * As {@link #of(Reach.Places, boolean[], double)}, the same pairs, with the pairs {@code inner}
     * of every commune within {@code innerKm} ({@link Reach#ofCommunes}) known beforehand ({@link
     * Reach#ofSomeAround}) when {@code km} is wider by more than a rounding error.
     */
    static Wider of(Reach.Places placed, boolean[] from, double km, Reach inner, double innerKm) {
      return km > innerKm + 1e-3
          ? new Wider(from, Reach.ofSomeAround(placed, from, km, inner))
          : of(placed, from, km);
    }

    /** Whether every supply commune marked in {@code supplied} has its row here. */
    boolean covers(boolean[] supplied) {
      for (int i = 0; i < supplied.length; i++) {
        if (supplied[i] && !from[i]) {
          return false;
        }
      }
      return true;
    }
  }

  /** Whether commune i has an offer of the supply (equipment at its anchor). */
  static boolean[] supplied(Supply supply) {
    boolean[] supplied = new boolean[supply.atCommune.length];
    for (int i = 0; i < supplied.length; i++) {
      supplied[i] = supply.atCommune[i] >= 0;
    }
    return supplied;
  }

  private static CostMatrix rows(
      CommuneTable table,
      Supply supply,
      List<Actor> actors,
      Reach communeReach,
      Reach actorReach,
      double max) {
    int n = table.size();
    int[] rowStart = new int[n + 1];
    int[] pairs = counts(supply, communeReach, actorReach, max, n);
    for (int i = 0; i < n; i++) {
      rowStart[i + 1] = rowStart[i] + pairs[i];
    }
    int[] to = new int[rowStart[n]];
    double[] cost = new double[rowStart[n]];
    int[] next = Arrays.copyOf(rowStart, n);
    for (int j = 0; j < n; j++) {
      int s = supply.atCommune[j];
      if (s >= 0) {
        for (int p = communeReach.rowStart(j); p < communeReach.rowEnd(j); p++) {
          double km = communeReach.km(p);
          if (km <= max) {
            int i = communeReach.place(p);
            to[next[i]] = s;
            cost[next[i]++] = i == j ? Math.min(table.ownKm[i], max) : km;
          }
        }
      }
    }
    if (supply.anyActor()) {
      int[] actorCommune = ReachAccess.actorCommunes(table, supply, actors);
      for (int i = 0; i < n; i++) {
        for (int p = actorReach.rowStart(i); p < actorReach.rowEnd(i); p++) {
          int k = actorReach.place(p);
          if (supply.ofActor[k] >= 0 && actorReach.km(p) <= max) {
            boolean local = actorCommune[k] == i;
            to[next[i]] = supply.ofActor[k];
            cost[next[i]++] = local ? Math.min(table.ownKm[i], max) : actorReach.km(p);
          }
        }
      }
    }
    return CostMatrix.ofRows(n, supply.offers.size(), rowStart, to, cost);
  }

  /** How many pairs each commune's row holds: equipment pairs, then actor pairs. */
  private static int[] counts(
      Supply supply, Reach communeReach, Reach actorReach, double max, int n) {
    boolean anyActor = supply.anyActor();
    int[] pairs = new int[n];
    for (int j = 0; j < n; j++) {
      if (supply.atCommune[j] >= 0) {
        for (int p = communeReach.rowStart(j); p < communeReach.rowEnd(j); p++) {
          if (communeReach.km(p) <= max) {
            pairs[communeReach.place(p)]++;
          }
        }
      }
      if (anyActor) {
        for (int p = actorReach.rowStart(j); p < actorReach.rowEnd(j); p++) {
          if (supply.ofActor[actorReach.place(p)] >= 0 && actorReach.km(p) <= max) {
            pairs[j]++;
          }
        }
      }
    }
    return pairs;
  }
}
