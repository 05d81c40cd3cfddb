package fr.raquette.analysis;

import fr.raquette.territory.Commune;
import fr.raquette.themes.NeedExpression;
import fr.raquette.themes.TargetPopulation;
import fr.raquette.themes.Theme;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The target population of one theme in every commune, the demand of the accessibility engine. Each
 * commune's value comes from {@link Need#of(TargetPopulation, Commune)}, the one place where a
 * theme's target is computed: the theme's need expression over the commune's figures, or its
 * fallback for that commune alone (never for the whole theme; see {@link Need}). It depends on the
 * need and fallback expressions only ({@link #key}): themes that count the same people share it.
 *
 * @param values target population of commune i (census estimates keep their decimals)
 * @param sources where commune i's value comes from
 * @param fallback whether any commune used the fallback
 */
record Demand(double[] values, Need.Source[] sources, boolean fallback) {

  static Demand of(TargetPopulation target, Commune[] communes) {
    double[] demand = new double[communes.length];
    Need.Source[] sources = new Need.Source[communes.length];
    boolean fallback = false;
    List<String> needFigures = List.copyOf(target.need().figures());
    for (int i = 0; i < communes.length; i++) {
      Need need = Need.of(target, needFigures, communes[i]);
      demand[i] = need.value();
      sources[i] = need.source();
      fallback |= need.source() == Need.Source.FALLBACK;
    }
    return new Demand(demand, sources, fallback);
  }

  /** What a theme's demand depends on: its need and fallback expressions. */
  static List<NeedExpression> key(Theme theme) {
    return List.of(theme.target().need(), theme.target().fallback());
  }

  /**
   * The demand of each theme, computed once for the themes that share their need and fallback
   * expressions (several themes count every inhabitant), the distinct ones on every core.
   */
  static Map<List<NeedExpression>, Demand> of(List<Theme> themes, Commune[] communes) {
    List<Theme> distinct = new ArrayList<>();
    Set<List<NeedExpression>> seen = new HashSet<>();
    for (Theme t : themes) {
      if (seen.add(key(t))) {
        distinct.add(t);
      }
    }
    List<Demand> demands = distinct.parallelStream().map(t -> of(t.target(), communes)).toList();
    Map<List<NeedExpression>, Demand> byKey = new HashMap<>();
    for (int k = 0; k < distinct.size(); k++) {
      byKey.put(key(distinct.get(k)), demands.get(k));
    }
    return byKey;
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
