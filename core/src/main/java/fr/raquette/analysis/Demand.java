package fr.raquette.analysis;

import fr.raquette.territory.Commune;
import fr.raquette.themes.Theme;

/**
 * The target population of one theme in every commune, the demand of the accessibility engine. Each
 * commune's value comes from {@link Diagnoser#target}, the one place where a theme's target is
 * computed: the theme's need expression over the commune's figures, or its fallback for that
 * commune alone (never for the whole theme; see {@link Need}).
 *
 * @param values target population of commune i (census estimates keep their decimals)
 * @param sources where commune i's value comes from
 * @param fallback whether any commune used the fallback
 */
record Demand(double[] values, Need.Source[] sources, boolean fallback) {

  static Demand of(Theme theme, Commune[] communes) {
    double[] demand = new double[communes.length];
    Need.Source[] sources = new Need.Source[communes.length];
    boolean fallback = false;
    for (int i = 0; i < communes.length; i++) {
      Need need = Diagnoser.target(theme, communes[i]);
      demand[i] = need.value();
      sources[i] = need.source();
      fallback |= need.source() == Need.Source.FALLBACK;
    }
    return new Demand(demand, sources, fallback);
  }

  /** Commune i's target population, rounded as the reports give it. */
  long target(int i) {
    return Math.round(values[i]);
  }

  /** Where commune i's target population comes from. */
  Need.Source source(int i) {
    return sources[i];
  }
}
