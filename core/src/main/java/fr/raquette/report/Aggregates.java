package fr.raquette.report;

import fr.raquette.analysis.Classification;
import fr.raquette.analysis.Diagnosis;
import fr.raquette.analysis.Gap;
import fr.raquette.analysis.Indicator;
import fr.raquette.analysis.ThemeResult;
import fr.raquette.territory.Commune;
import fr.raquette.territory.Territory;
import fr.raquette.territory.TerritoryNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Gaps grouped by département or EPCI, for the reports of large territories: beyond {@link
 * #COMMUNES} communes, a table of communes would run to hundreds of printed pages, so the report
 * says per area how many communes are a gap or a weak answer, the population of those communes and
 * the worst of them by name, and leaves the per-commune detail to the CSV files.
 *
 * <p>Plain sorted maps rather than a dataframe library: one pass over the indicators, keyed by the
 * area's code, is all the grouping there is.
 */
final class Aggregates {
  private Aggregates() {}

  /**
   * Communes of the perimeter above which the report aggregates. The Creuse (256 communes) prints
   * its gap tables in about twenty A4 pages, 1.3 gap rows per commune at about 17 rows a page; at
   * 500 communes that would be forty pages of tables alone, and a territory of that size (the
   * largest départements, several EPCI) is read by area first.
   */
  static final int COMMUNES = 500;

  /** Communes named per area. */
  static final int WORST = 3;

  /** What the rows group by. */
  enum Level {
    DEPARTEMENT,
    EPCI
  }

  /**
   * One area.
   *
   * @param communes communes of the perimeter in the area
   * @param trous communes (or, over all themes, commune-theme pairs) in gap
   * @param renforcer the same, answers to strengthen
   * @param population population of the communes concerned: the theme's target population, or over
   *     all themes the municipal population of the communes with at least one gap or weak answer
   * @param worst the first communes of the area in the gaps' order (severity first)
   */
  record Row(
      String code,
      String label,
      long communes,
      long trous,
      long renforcer,
      long population,
      List<String> worst) {}

  /** Whether the reports of this diagnosis aggregate. */
  static boolean applies(Diagnosis d) {
    return perimeter(d.territory()).size() > COMMUNES;
  }

  /** By département when the perimeter spans several, else by EPCI. */
  static Level level(Diagnosis d) {
    Set<String> deps = new HashSet<>();
    perimeter(d.territory()).forEach(c -> deps.add(c.departement()));
    return deps.size() > 1 ? Level.DEPARTEMENT : Level.EPCI;
  }

  private static List<Commune> perimeter(Territory t) {
    return t.communes().values().stream().filter(c -> t.inPerimeter(c.code())).toList();
  }

  /** The area code of a commune at a level; communes without an EPCI share an empty code. */
  static String area(Commune c, Level level) {
    return level == Level.DEPARTEMENT ? c.departement() : c.epci();
  }

  /**
   * Rows by area code, for one theme, or for all themes when {@code theme} is null; areas without a
   * gap are kept (their counts say so).
   */
  static List<Row> rows(Diagnosis d, ThemeResult theme, Level level, Text x) {
    Territory t = d.territory();
    Map<String, long[]> counts = new TreeMap<>();
    Map<String, String> labels = new TreeMap<>();
    Map<String, Set<String>> worst = new TreeMap<>();
    Map<String, String> areaOf = new java.util.HashMap<>();
    for (Commune c : perimeter(t)) {
      String a = area(c, level);
      areaOf.put(c.code(), a);
      counts.computeIfAbsent(a, k -> new long[4])[0]++;
      labels.computeIfAbsent(a, k -> label(c, level, x));
    }
    Set<String> concerned = new HashSet<>();
    for (ThemeResult r : d.themes()) {
      if (theme != null && r != theme) {
        continue;
      }
      for (Indicator i : r.indicators()) {
        String a = areaOf.get(i.commune());
        if (a == null || !i.classification().isGap()) {
          continue;
        }
        long[] n = counts.get(a);
        n[i.classification() == Classification.TROU ? 1 : 2]++;
        if (theme != null) {
          n[3] += i.targetPopulation();
        } else if (concerned.add(i.commune())) {
          n[3] += t.communes().get(i.commune()).population();
        }
      }
    }
    for (Gap g : d.gaps()) {
      if (theme != null && !g.theme().theme().id().equals(theme.theme().id())) {
        continue;
      }
      String a = areaOf.get(g.indicator().commune());
      if (a != null) {
        Set<String> w = worst.computeIfAbsent(a, k -> new LinkedHashSet<>());
        if (w.size() < WORST) {
          w.add(g.indicator().communeName());
        }
      }
    }
    List<Row> rows = new ArrayList<>();
    counts.forEach(
        (a, n) ->
            rows.add(
                new Row(
                    a,
                    labels.get(a),
                    n[0],
                    n[1],
                    n[2],
                    n[3],
                    List.copyOf(worst.getOrDefault(a, Set.of())))));
    return rows;
  }

  private static String label(Commune c, Level level, Text x) {
    if (level == Level.DEPARTEMENT) {
      return TerritoryNames.departement(c.departement()) + " (" + c.departement() + ")";
    }
    if (c.epci().isEmpty()) {
      return x.msg("report.outside.epci");
    }
    return c.epciName().isBlank() ? c.epci() : c.epciName();
  }
}
