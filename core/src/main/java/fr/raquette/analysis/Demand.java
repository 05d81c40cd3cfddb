package fr.raquette.analysis;

import fr.raquette.territory.Commune;
import fr.raquette.themes.Theme;
import java.util.Optional;

/**
 * The target population of one theme in every commune, the demand of the accessibility engine. Each
 * commune's value comes from {@link Diagnoser#target}, the one place where a theme's target is
 * computed. When that target is missing for any commune (the population file lacks the theme's age
 * bands), the whole theme falls back to the total population, so that communes stay comparable.
 *
 * @param values target population of commune i
 * @param fallback whether the total population was used for want of the target
 */
record Demand(double[] values, boolean fallback) {

  static Demand of(Theme theme, Commune[] communes) {
    double[] demand = new double[communes.length];
    for (int i = 0; i < communes.length; i++) {
      Optional<Long> target = Diagnoser.target(theme, communes[i]);
      if (target.isEmpty()) {
        // One rule for the whole theme, so that communes stay comparable.
        for (int k = 0; k < communes.length; k++) {
          demand[k] = communes[k].population();
        }
        return new Demand(demand, true);
      }
      demand[i] = target.get();
    }
    return new Demand(demand, false);
  }

  /** Commune i's target population, rounded as the reports give it. */
  long target(int i) {
    return Math.round(values[i]);
  }
}
