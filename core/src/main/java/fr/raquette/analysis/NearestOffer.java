package fr.raquette.analysis;

import fr.raquette.access.CostMatrix;
import fr.raquette.geo.SpatialIndex;
import java.util.Optional;

/**
 * The offer nearest a commune, quoted in its reason ("la plus proche : Guéret, 32,4 km"): the
 * commune's own supply at its own distance (0 km unless the commune is large), else the cheapest
 * candidate pair of its cost row ({@link #cheapestInRow}, found for every row at once by {@link
 * ReachAccess}), else (nothing within the catchment) a search among every candidate offer, as the
 * crow flies.
 *
 * <p>{@code candidate} says which offers (by their number in {@link Supply#offers}) may be quoted
 * for a commune: the Diagnoser keeps the offers on the commune's landmass. No offer farther than
 * {@code limitKm} is quoted. One instance per theme, used from one thread: its spatial index is
 * built on the first commune that needs it.
 */
final class NearestOffer {
  /** Whether an offer may be quoted for a commune. */
  @FunctionalInterface
  interface Candidate {
    boolean test(int commune, int offer);
  }

  /**
   * The nearest offer found.
   *
   * @param km distance from the commune's anchor point
   * @param commune the commune where it is (its code)
   * @param what what it is: an equipment label or an actor's name
   */
  record Found(double km, String commune, String what) {}

  private final CommuneTable table;
  private final Supply supply;
  private final int[] cheapest;
  private final double[] cheapestKm;
  private final Candidate candidate;
  private final double limitKm;
  private SpatialIndex everywhere;

  /**
   * @param cheapest the cheapest candidate offer of each commune's cost row, -1 for none
   * @param cheapestKm its cost
   */
  NearestOffer(
      CommuneTable table,
      Supply supply,
      int[] cheapest,
      double[] cheapestKm,
      Candidate candidate,
      double limitKm) {
    this.table = table;
    this.supply = supply;
    this.cheapest = cheapest;
    this.cheapestKm = cheapestKm;
    this.candidate = candidate;
    this.limitKm = limitKm;
  }

  /** The offer nearest commune i; null when no candidate offer exists or i has no anchor. */
  Found of(int i) {
    if (table.anchors[i] == null) {
      return null;
    }
    String code = table.codes.get(i);
    if (supply.local(i)) {
      return new Found(table.ownKm[i], code, supply.firstWhat(code));
    }
    int offer = cheapest[i];
    double km = cheapestKm[i];
    if (offer < 0) {
      if (everywhere == null) {
        everywhere = new SpatialIndex(supply.offers.stream().map(Supply.Offer::at).toList());
      }
      SpatialIndex.Nearest near =
          everywhere.nearest(table.anchors[i], o -> candidate.test(i, o)).orElse(null);
      if (near == null) {
        return null;
      }
      offer = near.index();
      km = near.km();
    }
    if (km > limitKm) {
      return null;
    }
    Supply.Offer o = supply.offers.get(offer);
    return new Found(km, o.commune(), o.what());
  }

  /**
   * The cheapest candidate pair of commune i's cost row, ties to the lowest offer; empty for none.
   * The oracle of the cheapest offers {@link ReachAccess} finds for every row at once.
   */
  static Optional<SpatialIndex.Nearest> cheapestInRow(
      CostMatrix costs, Candidate candidate, int i) {
    int best = -1;
    double bestKm = Double.POSITIVE_INFINITY;
    for (int p = costs.rowStart(i); p < costs.rowEnd(i); p++) {
      if (costs.cost(p) < bestKm && candidate.test(i, costs.destination(p))) {
        best = costs.destination(p);
        bestKm = costs.cost(p);
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(new SpatialIndex.Nearest(best, bestKm));
  }
}
