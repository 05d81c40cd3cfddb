package fr.raquette.analysis;

import fr.raquette.themes.Theme;
import java.util.List;

/**
 * A theme across the territory.
 *
 * @param assessable whether any data source can supply the theme here
 * @param targetFallback the theme targets an age band the population file lacks, so the total
 *     population was used
 * @param referenceScore population-weighted mean score over all communes (no score counts as 0)
 * @param equipment BPE equipment of the theme in the territory
 * @param actors actors of the theme in the territory
 * @param bpeCodes the TYPEQU codes that were looked for, in the vintages present
 */
public record ThemeResult(
    Theme theme,
    boolean assessable,
    boolean targetFallback,
    double referenceScore,
    double equipment,
    int actors,
    List<String> bpeCodes,
    List<Indicator> indicators) {

  public ThemeResult {
    bpeCodes = List.copyOf(bpeCodes);
    indicators = List.copyOf(indicators);
  }

  public long count(Classification c) {
    return indicators.stream().filter(i -> i.classification() == c).count();
  }
}
