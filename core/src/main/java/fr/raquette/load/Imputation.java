package fr.raquette.load;

import fr.raquette.i18n.Messages;
import fr.raquette.io.Problems;
import fr.raquette.territory.Commune;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Fills, commune by commune, the figures a commune lacks (an empty cell, a value under statistical
 * secret, a commune the file does not list) from the other communes of its EPCI, else of its
 * département, never for the whole territory at once:
 *
 * <ul>
 *   <li>a count ({@code POP75P}, {@code MEN}…) is the group's share of it per inhabitant times the
 *       commune's legal population: {@code Σ figure / Σ PMUN × PMUN};
 *   <li>a rate or a median (Filosofi's {@code TP60}, {@code MED}…) is the group's mean weighted by
 *       legal population: {@code Σ (figure × PMUN) / Σ PMUN}.
 * </ul>
 *
 * Only communes that give the figure themselves enter a group. Each imputed figure is flagged in
 * {@link Commune#imputed()}; what was imputed is told once, with counts.
 */
final class Imputation {
  private Imputation() {}

  /**
   * @param communes the communes, figures as read
   * @param secret the figures each commune's files give as secret ({@code s})
   * @param intensive the names of the figures that are rates or medians, not counts
   * @return the communes with imputed figures added and flagged
   */
  static SortedMap<String, Commune> impute(
      SortedMap<String, Commune> communes,
      Map<String, SortedSet<String>> secret,
      Set<String> intensive,
      String file,
      Problems problems) {
    SortedSet<String> names = new TreeSet<>();
    communes.values().forEach(c -> names.addAll(c.figures().keySet()));
    if (names.isEmpty()) {
      return communes;
    }
    Map<String, SortedMap<String, Double>> added = new HashMap<>();
    Map<String, long[]> counts = new TreeMap<>();
    for (String name : names) {
      imputeFigure(name, intensive, communes, secret, added, counts);
    }
    tell(counts, file, problems);
    SortedMap<String, Commune> out = new TreeMap<>();
    communes.forEach(
        (code, c) -> {
          SortedMap<String, Double> more = added.get(code);
          out.put(code, more == null ? c : withImputed(c, more));
        });
    return out;
  }

  /**
   * Imputes one figure to the communes that lack it: into {@code added} (code → figure → value),
   * counted in {@code counts} (figure → {at the EPCI, at the département, not imputable, secret}).
   */
  private static void imputeFigure(
      String name,
      Set<String> intensive,
      SortedMap<String, Commune> communes,
      Map<String, SortedSet<String>> secret,
      Map<String, SortedMap<String, Double>> added,
      Map<String, long[]> counts) {
    boolean rate = intensive.contains(name.contains("@") ? name.split("@")[0] : name);
    Map<String, double[]> byEpci = new HashMap<>();
    Map<String, double[]> byDep = new HashMap<>();
    for (Commune c : communes.values()) {
      Double v = c.figure(name);
      if (v != null) {
        double w = rate ? v * c.population() : v;
        add(byEpci, c.epci(), w, c.population());
        add(byDep, c.departement(), w, c.population());
      }
    }
    for (Commune c : communes.values()) {
      if (c.figure(name) != null) {
        continue;
      }
      double[] g = c.epci().isEmpty() ? null : byEpci.get(c.epci());
      int level = 0;
      if (g == null || g[1] <= 0) {
        g = byDep.get(c.departement());
        level = 1;
      }
      long[] n = counts.computeIfAbsent(name, k -> new long[4]);
      if (g == null || g[1] <= 0) {
        n[2]++;
        continue;
      }
      double value = rate ? g[0] / g[1] : g[0] / g[1] * c.population();
      added.computeIfAbsent(c.code(), k -> new TreeMap<>()).put(name, value);
      n[level]++;
      Set<String> s = secret.get(c.code());
      if (s != null && s.contains(name)) {
        n[3]++;
      }
    }
  }

  /** A commune with figures added, marked as imputed. */
  static Commune withImputed(Commune c, SortedMap<String, Double> more) {
    SortedMap<String, Double> figures = new TreeMap<>(c.figures());
    figures.putAll(more);
    SortedSet<String> imputed = new TreeSet<>(c.imputed());
    imputed.addAll(more.keySet());
    return with(c, figures, imputed);
  }

  /** A commune with other figures and imputed flags. */
  static Commune with(Commune c, SortedMap<String, Double> figures, SortedSet<String> imputed) {
    return new Commune(
        c.code(),
        c.name(),
        c.departement(),
        c.region(),
        c.epci(),
        c.epciName(),
        c.population(),
        figures,
        imputed);
  }

  private static void add(Map<String, double[]> groups, String key, double value, long pop) {
    double[] g = groups.computeIfAbsent(key, k -> new double[2]);
    g[0] += value;
    g[1] += pop;
  }

  /** One line for what was imputed: per figure, from the EPCI, the département, or not at all. */
  static void tell(Map<String, long[]> counts, String file, Problems problems) {
    List<String> parts = new ArrayList<>();
    long[] total = new long[4];
    counts.forEach(
        (name, n) -> {
          if (n[0] + n[1] + n[2] == 0) {
            return;
          }
          for (int k = 0; k < 4; k++) {
            total[k] += n[k];
          }
          parts.add(
              name
                  + " "
                  + (n[0] + n[1])
                  + (n[3] > 0 ? " (" + Messages.text("impute.secret", n[3]) + ")" : "")
                  + (n[2] > 0 ? ", " + Messages.text("impute.unknown", n[2]) : ""));
        });
    if (parts.isEmpty()) {
      return;
    }
    problems.info(
        file,
        0,
        0,
        Messages.text(
            total[2] > 0 ? "impute.told.some.unknown" : "impute.told",
            total[0] + total[1],
            total[0],
            total[1],
            total[3],
            total[2],
            Codes.abbreviate(parts)));
  }
}
