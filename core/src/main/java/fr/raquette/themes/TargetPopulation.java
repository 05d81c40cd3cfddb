package fr.raquette.themes;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who a theme is for: the whole population, or some INSEE census age bands. When the territory has
 * no population by age band, analyses fall back to the whole population and should say so.
 *
 * @param ageBands INSEE census age bands among {@link #AGE_BANDS}; empty for the whole population
 * @param labelFr how reports name the target in French ("habitants de 75 ans et plus")
 * @param labelEn the same in English ("inhabitants aged 75 and over")
 */
public record TargetPopulation(List<String> ageBands, String labelFr, String labelEn) {

  /** The age bands of the INSEE census key figures ({@code P21_POP0014} ... {@code P21_POP75P}). */
  public static final List<String> AGE_BANDS =
      List.of("0014", "1529", "3044", "4559", "6074", "75P");

  /** The whole population. */
  public static final TargetPopulation TOTAL =
      new TargetPopulation(List.of(), "habitants", "inhabitants");

  public TargetPopulation {
    ageBands = List.copyOf(ageBands);
    Set<String> seen = new HashSet<>();
    for (String band : ageBands) {
      if (!AGE_BANDS.contains(band)) {
        throw new IllegalArgumentException(
            "unknown age band '" + band + "': expected one of " + String.join(" ", AGE_BANDS));
      }
      if (!seen.add(band)) {
        throw new IllegalArgumentException("age band '" + band + "' is listed twice");
      }
    }
    if (labelFr == null || labelFr.isBlank() || labelEn == null || labelEn.isBlank()) {
      throw new IllegalArgumentException("a target population needs a French and English label");
    }
  }

  /** Whether the target is the whole population. */
  public boolean isTotal() {
    return ageBands.isEmpty();
  }

  /** The label in the report language: English for {@code en}, French otherwise. */
  public String label(Locale locale) {
    return Theme.isEnglish(locale) ? labelEn : labelFr;
  }
}
