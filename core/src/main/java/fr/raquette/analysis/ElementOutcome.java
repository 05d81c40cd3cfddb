package fr.raquette.analysis;

import fr.raquette.themes.Element;

/**
 * How one element of a theme's basket fares in one commune.
 *
 * @param element the element
 * @param classification its class in the commune
 * @param severity inhabitants concerned, 0 unless a gap or weak answer
 * @param nearestKm distance to its nearest offer (distance-judged elements), null otherwise; in
 *     minutes when the basis is {@link Basis#TRAVEL_TIME}
 * @param nearestPlace the commune of that offer
 * @param nearestWhat what that offer is
 * @param score accessibility, null when none in reach or not distance-judged
 * @param ratio score / reference, null when no score
 * @param basis the rule that decided, for the reader
 */
public record ElementOutcome(
    Element element,
    Classification classification,
    double severity,
    Double nearestKm,
    String nearestPlace,
    String nearestWhat,
    Double score,
    Double ratio,
    Basis basis) {

  /** The rule that decided an element's class in a commune. */
  public enum Basis {
    /** Judged by accessibility within the element's catchment. */
    DISTANCE,
    /**
     * Judged by accessibility within the element's catchment in minutes, from the travel times of a
     * {@code couts} file; distances and catchments of the outcome are minutes.
     */
    TRAVEL_TIME,
    /** A home service present in the commune's EPCI. */
    EPCI,
    /**
     * A home service absent from the commune's EPCI (or EPCI unknown), present in its département.
     */
    DEPARTEMENT,
    /**
     * Not assessable: a home service of which the source records none in the commune's whole
     * département (an absence of the source, see {@link Classifier#classifyHome}).
     */
    ABSENT,
    /** Not assessable: no source for the element was loaded. */
    NO_SOURCE,
    /** Not assessable: its sources were loaded but hold no record of it anywhere (source vide). */
    EMPTY_SOURCE,
    /** Not assessable: a partial source (data·inclusion) has no record in this commune. */
    NOT_COVERED,
    /** Not assessable: the commune has no outline to measure distances from. */
    NO_OUTLINE,
    /** Not assessable: the travel-time file lists no pair from or to this commune. */
    NO_TRAVEL_TIME;

    /** Judged commune by commune within a catchment, in km or in minutes. */
    public boolean byDistance() {
      return this == DISTANCE || this == TRAVEL_TIME;
    }
  }

  /** Whether the outcome's distances are minutes of travel rather than kilometres. */
  public boolean inMinutes() {
    return basis == Basis.TRAVEL_TIME;
  }
}
