package fr.raquette.analysis;

/**
 * The indicators of one commune for one theme.
 *
 * @param targetPopulation the theme's target population in the commune (its need, rounded)
 * @param needSource whether that need was read, partly imputed, or the fallback (see {@link Need})
 * @param localEquipment BPE equipment of the theme located in the commune
 * @param localActors actors of the theme located in the commune
 * @param nearestKm distance to the nearest supply from the commune's anchor point, 0 when local,
 *     null when the territory has no supply for the theme or the commune has no outline
 * @param nearestPlace the commune where that supply is, for the reader
 * @param nearestWhat what it is: an equipment label or an actor's name
 * @param score accessibility (supply per 1,000 target inhabitants), null when no supply is in reach
 * @param ratio score / the yardstick (national or territory mean, see {@link ThemeResult}), null
 *     when no score
 * @param needs declared needs count
 * @param needsWeight persons concerned by declared needs
 * @param belowMinimum the target population is under the theme's minimum
 * @param severity how much the gap matters (see docs/methode.md), 0 unless a gap
 * @param robustness for a gap, whether it holds at 0.75× and 1.5× the catchments
 * @param elements the basket's elements judged in the commune (empty without detail)
 */
public record Indicator(
    String commune,
    String communeName,
    String theme,
    long targetPopulation,
    Need.Source needSource,
    double localEquipment,
    int localActors,
    Double nearestKm,
    String nearestPlace,
    String nearestWhat,
    Double score,
    Double ratio,
    int needs,
    double needsWeight,
    boolean belowMinimum,
    Classification classification,
    double severity,
    Robustness robustness,
    java.util.List<ElementOutcome> elements) {

  public Indicator {
    robustness = robustness == null ? Robustness.SANS_OBJET : robustness;
    needSource = needSource == null ? Need.Source.READ : needSource;
    elements = elements == null ? java.util.List.of() : java.util.List.copyOf(elements);
  }

  /** An indicator whose robustness is not known (yet), without element detail. */
  public Indicator(
      String commune,
      String communeName,
      String theme,
      long targetPopulation,
      Need.Source needSource,
      double localEquipment,
      int localActors,
      Double nearestKm,
      String nearestPlace,
      String nearestWhat,
      Double score,
      Double ratio,
      int needs,
      double needsWeight,
      boolean belowMinimum,
      Classification classification,
      double severity) {
    this(
        commune,
        communeName,
        theme,
        targetPopulation,
        needSource,
        localEquipment,
        localActors,
        nearestKm,
        nearestPlace,
        nearestWhat,
        score,
        ratio,
        needs,
        needsWeight,
        belowMinimum,
        classification,
        severity,
        Robustness.SANS_OBJET,
        java.util.List.of());
  }

  /** The same indicator with its robustness. */
  public Indicator withRobustness(Robustness r) {
    return new Indicator(
        commune,
        communeName,
        theme,
        targetPopulation,
        needSource,
        localEquipment,
        localActors,
        nearestKm,
        nearestPlace,
        nearestWhat,
        score,
        ratio,
        needs,
        needsWeight,
        belowMinimum,
        classification,
        severity,
        r,
        elements);
  }
}
