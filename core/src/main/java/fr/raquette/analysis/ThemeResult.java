package fr.raquette.analysis;

import fr.raquette.themes.Theme;
import java.util.List;

/**
 * A theme across the territory.
 *
 * @param assessable whether any data source can supply the theme here
 * @param targetFallback for at least one commune, the theme's need could not be computed from the
 *     figures read or imputed (no file gives a figure it reads), so its fallback was used there
 * @param referenceScore the yardstick's value: supply per 1,000 of the target population that the
 *     ratio divides by (see {@code yardstick} for where it comes from)
 * @param equipment BPE equipment of the theme in the territory
 * @param actors actors of the theme in the territory
 * @param bpeCodes the TYPEQU codes that were looked for, in the vintages present
 * @param yardstick which yardstick {@code referenceScore} is, and why the territory's mean when a
 *     national one was asked for (for a basket: its first element judged by distance that can be
 *     judged)
 * @param elements each element of the basket across the territory, in the basket's order
 * @param departements the département-scale elements, one row per element and département of the
 *     perimeter
 */
public record ThemeResult(
    Theme theme,
    boolean assessable,
    boolean targetFallback,
    double referenceScore,
    double equipment,
    int actors,
    List<String> bpeCodes,
    List<Indicator> indicators,
    Yardstick.Used yardstick,
    List<ElementSummary> elements,
    List<DepartementRow> departements) {

  public ThemeResult {
    bpeCodes = List.copyOf(bpeCodes);
    indicators = List.copyOf(indicators);
    elements = elements == null ? List.of() : List.copyOf(elements);
    departements = departements == null ? List.of() : List.copyOf(departements);
    yardstick =
        yardstick == null
            ? new Yardstick.Used(
                Yardstick.Kind.TERRITORY, referenceScore, Yardstick.Fallback.ASKED, referenceScore)
            : yardstick;
  }

  /** A theme judged against the territory's own mean. */
  public ThemeResult(
      Theme theme,
      boolean assessable,
      boolean targetFallback,
      double referenceScore,
      double equipment,
      int actors,
      List<String> bpeCodes,
      List<Indicator> indicators) {
    this(
        theme,
        assessable,
        targetFallback,
        referenceScore,
        equipment,
        actors,
        bpeCodes,
        indicators,
        null,
        List.of(),
        List.of());
  }

  /** The same theme with other indicators (their robustness added). */
  public ThemeResult withIndicators(List<Indicator> other) {
    return new ThemeResult(
        theme,
        assessable,
        targetFallback,
        referenceScore,
        equipment,
        actors,
        bpeCodes,
        other,
        yardstick,
        elements,
        departements);
  }

  public long count(Classification c) {
    return indicators.stream().filter(i -> i.classification() == c).count();
  }
}
