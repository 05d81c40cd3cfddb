package fr.raquette.analysis;

import fr.raquette.territory.Commune;
import fr.raquette.themes.NeedExpression;
import fr.raquette.themes.TargetPopulation;
import fr.raquette.themes.Theme;
import java.util.List;

/**
 * A theme's need in one commune: its target population ({@link TargetPopulation}) counted from the
 * commune's figures, and where that count comes from. Census counts are estimates with decimals:
 * the value is kept as such, and rounded only when shown.
 *
 * @param value how many the theme is for in the commune (persons, or households for a need counted
 *     in households)
 * @param source whether the figures were read, partly imputed, or the fallback was used
 */
public record Need(double value, Source source) {

  /** Where a commune's need comes from; {@link #id()} is what {@code indicateurs.csv} writes. */
  public enum Source {
    /** Every figure of the expression was read for the commune. */
    READ("lu"),
    /** At least one figure was imputed from the commune's EPCI or département. */
    IMPUTED("impute"),
    /** The expression could not be computed for the commune: its fallback was used. */
    FALLBACK("repli");

    private final String id;

    Source(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  /** The theme's need in the commune. */
  public static Need of(Theme theme, Commune c) {
    return of(theme.target(), c);
  }

  /** The need of a target population in the commune: its expression, else its fallback. */
  static Need of(TargetPopulation t, Commune c) {
    return of(t, List.copyOf(t.need().figures()), c);
  }

  /**
   * As {@link #of(TargetPopulation, Commune)}, with the figures the need expression reads given
   * once for every commune ({@link Demand}).
   */
  static Need of(TargetPopulation t, List<String> needFigures, Commune c) {
    Need n = of(t.need(), needFigures, c, Source.READ);
    if (n != null) {
      return n;
    }
    n = of(t.fallback(), null, c, Source.FALLBACK);
    return n != null ? n : new Need(c.population(), Source.FALLBACK);
  }

  private static Need of(NeedExpression e, List<String> figures, Commune c, Source ok) {
    Double v = e.evaluate(name -> figure(c, name));
    if (v == null) {
      return null;
    }
    if (ok == Source.READ) {
      for (int k = 0; k < figures.size(); k++) {
        if (c.isImputed(figures.get(k))) {
          return new Need(v, Source.IMPUTED);
        }
      }
    }
    return new Need(v, ok);
  }

  private static Double figure(Commune c, String name) {
    if (name.equals(NeedExpression.POPULATION_NAME)) {
      return (double) c.population();
    }
    return c.figure(name);
  }
}
