package fr.raquette.themes;

import java.util.List;
import java.util.Locale;

/**
 * Who a theme is for, and how many they are in a commune: the theme's need. Each commune's need is
 * {@code need} over its figures (census, households, income); a figure a commune lacks is imputed
 * at load time from its EPCI or département (docs/methode.md, « Besoin »), and when the expression
 * still cannot be computed (no file gives a figure it reads) the commune's need is {@code
 * fallback}, the legal population unless said otherwise. Each commune is flagged accordingly; there
 * is no fallback for the whole territory.
 *
 * @param need the expression of the need ({@code POP75P}, {@code MEN * TP60 / 100}…)
 * @param fallback what is counted in a commune where {@code need} cannot be computed
 * @param source where the figures come from, for the reader ("INSEE, recensement 2022")
 * @param labelFr how reports name the target in French ("personnes de 75 ans et plus")
 * @param labelEn the same in English ("people aged 75 and over")
 */
public record TargetPopulation(
    NeedExpression need, NeedExpression fallback, String source, String labelFr, String labelEn) {

  /**
   * INSEE census age bands of either series ({@code P22_POP0014}…) and the open bands 60+, 65+,
   * 75+, 80+, as {@code ages} lists them; {@code besoin} reads any figure.
   */
  public static final List<String> AGE_BANDS =
      List.of(
          "0014", "1529", "3044", "4559", "6074", "75P", "1524", "2554", "5564", "6579", "80P",
          "60P", "65P");

  /** The whole population. */
  public static final TargetPopulation TOTAL =
      new TargetPopulation(
          NeedExpression.POPULATION,
          NeedExpression.POPULATION,
          "INSEE, populations légales",
          "habitants",
          "inhabitants");

  public TargetPopulation {
    if (need == null) {
      throw new IllegalArgumentException("a target population needs an expression");
    }
    fallback = fallback == null ? NeedExpression.POPULATION : fallback;
    source = source == null ? "" : source.strip();
    if (labelFr == null || labelFr.isBlank() || labelEn == null || labelEn.isBlank()) {
      throw new IllegalArgumentException("a target population needs a French and English label");
    }
  }

  /** Census age bands as the first versions wrote them ({@code ages: ["75P"]}). */
  public TargetPopulation(List<String> ageBands, String labelFr, String labelEn) {
    this(
        NeedExpression.ofAgeBands(checked(ageBands)),
        NeedExpression.POPULATION,
        ageBands.isEmpty() ? "INSEE, populations légales" : "INSEE, recensement de la population",
        labelFr,
        labelEn);
  }

  private static List<String> checked(List<String> bands) {
    for (int i = 0; i < bands.size(); i++) {
      if (!AGE_BANDS.contains(bands.get(i))) {
        throw new IllegalArgumentException(
            "unknown age band '"
                + bands.get(i)
                + "': expected one of "
                + String.join(" ", AGE_BANDS));
      }
      if (bands.subList(0, i).contains(bands.get(i))) {
        throw new IllegalArgumentException("age band '" + bands.get(i) + "' is listed twice");
      }
    }
    return bands;
  }

  /** Whether the target is the whole population. */
  public boolean isTotal() {
    return need.isPopulation();
  }

  /** The label in the report language: English for {@code en}, French otherwise. */
  public String label(Locale locale) {
    return Theme.isEnglish(locale) ? labelEn : labelFr;
  }
}
