package fr.raquette.analysis;

import fr.raquette.access.AccessOptions;
import fr.raquette.access.AccessResult;
import fr.raquette.access.AccessibilityEngine;
import fr.raquette.access.DistanceBands;
import fr.raquette.access.Method;
import fr.raquette.territory.Actor;
import java.util.Arrays;
import java.util.List;

/**
 * The accessibility of one element within a catchment in km, read from the pairs searched once
 * ({@link Reach}): the fast path of building the element's cost rows ({@link ThemeCosts}) and
 * running the {@link AccessibilityEngine} on them, its oracle ({@code ReachAccessAgreeTest} checks
 * that they give the same doubles and the same cheapest offer of every row).
 *
 * <p>The pairs within the catchment are kept once, offer by offer, as a commune (or, for an actor's
 * pairs, an offer) and a band (a byte): the pairs of each equipment offer come from the row of its
 * commune, communes in increasing order, as the engine's step 1 adds them to the offer's sum; those
 * of the actors from each commune's actor row. Walking them in that order meets, for each commune,
 * its equipment offers in increasing offer order then its actors in their order: the order of its
 * cost row, in which step 2, the 3SFCA row totals and the cheapest offer are summed or searched.
 * Every sum is thus made in the engine's order, and no cost row is built.
 *
 * <p>A pair is in when its distance is within the catchment; the commune's own supply, and an actor
 * located in the commune, cost the commune's own distance ({@link CommuneTable#ownKm}) capped at
 * the catchment. Methods with bands (2SFCA, E2SFCA, 3SFCA) only: FCA is not a diagnosis method.
 */
final class ReachAccess {
  /**
   * The result: the scores and ratios of the engine, and when asked for, the cheapest candidate
   * offer of every commune's cost row (-1 for none) and its cost.
   */
  record Result(AccessResult access, int[] cheapest, double[] cheapestKm) {}

  /**
   * What the elements measured in one context share and reuse, from any thread: the shared commune
   * pairs within each narrower catchment ({@link Reach#within}), kept on first use, and the arrays
   * of kept pairs, handed from one element to the next instead of allocated for each.
   */
  static final class Workspace {
    private final java.util.concurrent.ConcurrentMap<Double, Reach> narrower =
        new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.ConcurrentLinkedQueue<Kept> free =
        new java.util.concurrent.ConcurrentLinkedQueue<>();

    /**
     * The pairs of {@code shared} within {@code km}, computed once per catchment (on every core:
     * never under the map's lock; two threads asking at once may both compute the same pairs).
     */
    Reach narrower(Reach shared, double km) {
      Reach r = narrower.get(km);
      if (r == null) {
        Reach computed = shared.within(km);
        r = narrower.putIfAbsent(km, computed);
        if (r == null) {
          r = computed;
        }
      }
      return r;
    }

    /**
     * Lets go of what was kept (the narrower pairs and the arrays of kept pairs: tens of MB on all
     * of France) once no element of the context is measured any more: the sensitivity that follows
     * keeps its own, and a full collection then has less to keep.
     */
    void release() {
      narrower.clear();
      free.clear();
    }

    private Kept take() {
      Kept k = free.poll();
      return k == null ? new Kept() : k;
    }
  }

  /** Arrays of kept pairs, grown as needed and reused ({@link Workspace}). */
  private static final class Kept {
    int[] to = new int[0];
    byte[] band = new byte[0];
  }

  private final CommuneTable table;
  private final Supply supply;
  private final double max;
  private final double[] limits;
  // The weight of each band; past the last, 0 (never kept: every pair kept is within the
  // catchment).
  private final double[] weights;

  // The pairs kept: [0, equipmentEnd) by equipment offer (offer s: offerEnd[s - 1] or 0 ..
  // offerEnd[s] - 1), `to` the commune; then by commune (commune i: actorStart[i] ..
  // actorStart[i + 1] - 1), `to` the actor's offer. `band` the band of the pair's cost.
  private final Kept kept;
  private int[] to;
  private byte[] band;
  private int size;
  private int equipmentEnd;
  private final int[] offerEnd;
  private int[] actorStart;

  private ReachAccess(CommuneTable table, Supply supply, AccessOptions options, Kept kept) {
    this.table = table;
    this.supply = supply;
    this.kept = kept;
    this.to = kept.to;
    this.band = kept.band;
    DistanceBands bands = options.bands();
    this.max = bands.max();
    this.limits = bands.limits();
    this.weights = Arrays.copyOf(bands.weights(), limits.length + 1);
    int equipmentOffers = 0;
    for (int s : supply.atCommune) {
      equipmentOffers += s >= 0 ? 1 : 0;
    }
    this.offerEnd = new int[equipmentOffers];
  }

  /**
   * The element's accessibility under {@code options} from the commune pairs {@code communes} (rows
   * of the supply communes at least, as {@link ThemeCosts#reach} chooses them) and the
   * commune-to-actor pairs {@code actors}; with the cheapest candidate offer of each row when
   * {@code candidate} is not null; the arrays of kept pairs taken from {@code work} and given back.
   */
  static Result of(
      Workspace work,
      CommuneTable table,
      Supply supply,
      List<Actor> actorList,
      Reach communes,
      Reach actors,
      AccessOptions options,
      double[] demand,
      NearestOffer.Candidate candidate) {
    if (options.method() == Method.FCA) {
      throw new IllegalArgumentException("fca is not read from the reach of communes");
    }
    double[] capacity = supply.capacity();
    AccessibilityEngine.checkValues("demand", demand);
    AccessibilityEngine.checkValues("supply", capacity);
    ReachAccess r = new ReachAccess(table, supply, options, work.take());
    int n = table.size();
    int[] cheapest = candidate == null ? null : new int[n];
    double[] cheapestKm = candidate == null ? null : new double[n];
    r.keepEquipment(communes, candidate, cheapest, cheapestKm);
    if (supply.anyActor()) {
      int[] actorCommune = actorCommunes(table, supply, actorList);
      r.keepActors(actors, actorCommune, candidate, cheapest, cheapestKm);
    }
    double[] selected = options.method() == Method.THREE_SFCA ? r.selectionWeights() : null;
    double[] ratio = r.supplyRatios(demand, capacity, selected);
    double k = options.scale();
    double[] scores = r.scores(ratio, selected, k);
    r.kept.to = r.to;
    r.kept.band = r.band;
    work.free.add(r.kept);
    double[] reported = new double[ratio.length];
    for (int s = 0; s < ratio.length; s++) {
      reported[s] = k * ratio[s];
    }
    return new Result(AccessResult.of(options, scores, reported), cheapest, cheapestKm);
  }

  /** The cost of commune i's own supply: its own distance, capped at the catchment. */
  private double own(int i) {
    return Math.min(table.ownKm[i], max);
  }

  /** Room for {@code more} pairs after the {@code size} kept. */
  private void ensure(int more) {
    if (size + more > to.length) {
      int grown = Math.max(size + more, to.length + (to.length >> 1));
      to = Arrays.copyOf(to, grown);
      band = Arrays.copyOf(band, grown);
    }
  }

  /**
   * The pairs of each equipment offer, from its commune's row; the cheapest candidate of each
   * commune's row so far when {@code candidate} is not null (equipment comes first in a row).
   */
  private void keepEquipment(
      Reach communes, NearestOffer.Candidate candidate, int[] best, double[] bestKm) {
    int[] atCommune = supply.atCommune;
    int[] rowStart = communes.rowStart;
    int[] place = communes.place;
    double[] km = communes.km;
    int rows = 0;
    for (int j = 0; j < atCommune.length; j++) {
      rows += atCommune[j] >= 0 ? rowStart[j + 1] - rowStart[j] : 0;
    }
    ensure(rows);
    int[] to = this.to;
    byte[] band = this.band;
    if (best != null) {
      Arrays.fill(best, -1);
      Arrays.fill(bestKm, Double.POSITIVE_INFINITY);
    }
    // The band of every pair of the reach, counted once per reach and bands: a supply commune's
    // pairs are copied as they are. A pair beyond the catchment (none in the pairs ThemeCosts.reach
    // gives) would be kept in the band past the last, of weight 0, which no sum counts.
    byte[] pairBand = communes.bands(limits);
    int q = 0;
    for (int j = 0; j < atCommune.length; j++) {
      int s = atCommune[j];
      if (s < 0) {
        continue;
      }
      int from = rowStart[j];
      int length = rowStart[j + 1] - from;
      System.arraycopy(place, from, to, q, length);
      System.arraycopy(pairBand, from, band, q, length);
      // The commune's own supply, at its own distance (its row holds it: it has an anchor).
      int self = Arrays.binarySearch(place, from, from + length, j);
      if (self < 0) {
        throw new IllegalStateException("the row of commune " + j + " does not hold it");
      }
      band[q + self - from] = Reach.band(limits, own(j));
      if (best != null) {
        for (int p = from; p < from + length; p++) {
          int i = place[p];
          double cost = i == j ? own(j) : km[p];
          if (cost <= max && cost < bestKm[i]) {
            cheaper(candidate, i, s, cost, best, bestKm);
          }
        }
      }
      q += length;
      offerEnd[s] = q;
    }
    size = q;
    equipmentEnd = q;
  }

  /**
   * The pairs of each commune with the actors that supply the element, from its actor row, after
   * the equipment; the cheapest candidate of each row when {@code candidate} is not null.
   */
  private void keepActors(
      Reach actors,
      int[] actorCommune,
      NearestOffer.Candidate candidate,
      int[] best,
      double[] bestKm) {
    int n = table.size();
    int[] ofActor = supply.ofActor;
    int[] rowStart = actors.rowStart;
    int[] place = actors.place;
    double[] km = actors.km;
    double[] lim = limits;
    actorStart = new int[n + 1];
    for (int i = 0; i < n; i++) {
      actorStart[i] = size;
      int from = rowStart[i];
      int end = rowStart[i + 1];
      ensure(end - from);
      for (int p = from; p < end; p++) {
        int k = place[p];
        int s = ofActor[k];
        double cost = km[p];
        if (s >= 0 && cost <= max) {
          if (actorCommune[k] == i) {
            cost = Math.min(table.ownKm[i], max);
          }
          to[size] = s;
          band[size++] = Reach.band(lim, cost);
          if (best != null && cost < bestKm[i]) {
            cheaper(candidate, i, s, cost, best, bestKm);
          }
        }
      }
    }
    actorStart[n] = size;
  }

  /** Offer s at {@code cost} becomes commune i's cheapest when it is a candidate for it. */
  private static void cheaper(
      NearestOffer.Candidate candidate, int i, int s, double cost, int[] best, double[] bestKm) {
    if (candidate.test(i, s)) {
      best[i] = s;
      bestKm[i] = cost;
    }
  }

  /**
   * 3SFCA: the weight of each kept pair in both steps, its selection weight times its band weight
   * ({@code (w / total) * w}, the total of the commune's row summed in row order, as the engine
   * computes it). The other methods weigh a pair by its band alone, with no array per pair.
   */
  private double[] selectionWeights() {
    double[] total = new double[table.size()];
    for (int q = 0; q < equipmentEnd; q++) {
      total[to[q]] += weights[band[q]];
    }
    for (int i = 0; actorStart != null && i < total.length; i++) {
      for (int q = actorStart[i]; q < actorStart[i + 1]; q++) {
        total[i] += weights[band[q]];
      }
    }
    double[] w = new double[size];
    for (int q = 0; q < equipmentEnd; q++) {
      w[q] = weights[band[q]] / total[to[q]] * weights[band[q]];
    }
    for (int i = 0; actorStart != null && i < total.length; i++) {
      for (int q = actorStart[i]; q < actorStart[i + 1]; q++) {
        w[q] = weights[band[q]] / total[i] * weights[band[q]];
      }
    }
    return w;
  }

  /** Step 1: each offer's capacity over the weighted demand that reaches it; NaN for none. */
  private double[] supplyRatios(double[] demand, double[] capacity, double[] selected) {
    double[] reached = new double[capacity.length];
    int q = 0;
    for (int s = 0; s < offerEnd.length; s++) {
      double sum = 0;
      for (int end = offerEnd[s]; q < end; q++) {
        double w = selected == null ? weights[band[q]] : selected[q];
        if (w > 0) {
          sum += w * demand[to[q]];
        }
      }
      reached[s] = sum;
    }
    for (int i = 0; actorStart != null && i < demand.length; i++) {
      for (q = actorStart[i]; q < actorStart[i + 1]; q++) {
        double w = selected == null ? weights[band[q]] : selected[q];
        if (w > 0) {
          reached[to[q]] += w * demand[i];
        }
      }
    }
    double[] ratio = new double[capacity.length];
    for (int s = 0; s < ratio.length; s++) {
      ratio[s] = reached[s] > 0 ? capacity[s] / reached[s] : Double.NaN;
    }
    return ratio;
  }

  /** Step 2: each commune's weighted sum of the ratios in reach, times k; NaN for none. */
  private double[] scores(double[] ratio, double[] selected, double k) {
    int n = table.size();
    double[] sum = new double[n];
    boolean[] any = new boolean[n];
    int q = 0;
    for (int s = 0; s < offerEnd.length; s++) {
      double r = ratio[s];
      int end = offerEnd[s];
      if (Double.isNaN(r)) {
        q = end;
        continue;
      }
      for (; q < end; q++) {
        double w = selected == null ? weights[band[q]] : selected[q];
        if (w > 0) {
          sum[to[q]] += w * r;
          any[to[q]] = true;
        }
      }
    }
    for (int i = 0; actorStart != null && i < n; i++) {
      for (q = actorStart[i]; q < actorStart[i + 1]; q++) {
        double r = ratio[to[q]];
        double w = selected == null ? weights[band[q]] : selected[q];
        if (w > 0 && !Double.isNaN(r)) {
          sum[i] += w * r;
          any[i] = true;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      sum[i] = any[i] ? k * sum[i] : Double.NaN; // the scores, in place
    }
    return sum;
  }

  /**
   * The commune (table index) of each actor that supplies the element, -1 for the others and for an
   * actor whose commune is not in the territory: an actor is local to the commune it is in.
   */
  static int[] actorCommunes(CommuneTable table, Supply supply, List<Actor> actors) {
    int[] commune = new int[actors.size()];
    for (int k = 0; k < commune.length; k++) {
      Integer i = supply.ofActor[k] >= 0 ? table.indexOf(actors.get(k).commune()) : null;
      commune[k] = i == null ? -1 : i;
    }
    return commune;
  }
}
