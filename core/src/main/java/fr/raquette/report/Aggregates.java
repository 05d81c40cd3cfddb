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
import java.util.HashMap;
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
  private final Diagnosis d;
  private final Level level;

  /** The areas' codes, sorted, with their labels and perimeter communes. */
  private final List<String> codes;

  private final List<String> labels;
  private final long[] communes;

  /** The area (index in {@link #codes}) of each commune of the perimeter. */
  private final Map<String, Integer> areaOf;

  private Aggregates(
      Diagnosis d, Level level, Map<String, String> labels, Map<String, String> areaCodeOf) {
    this.d = d;
    this.level = level;
    this.codes = List.copyOf(labels.keySet());
    this.labels = List.copyOf(labels.values());
    this.communes = new long[codes.size()];
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < codes.size(); i++) {
      index.put(codes.get(i), i);
    }
    this.areaOf = new HashMap<>(areaCodeOf.size() * 2);
    areaCodeOf.forEach(
        (commune, area) -> {
          int a = index.get(area);
          areaOf.put(commune, a);
          communes[a]++;
        });
  }

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
   * The areas of a diagnosis at a level, found once for all the tables that group by them: each
   * area's label is that of its first commune.
   */
  static Aggregates of(Diagnosis d, Level level, Text x) {
    Map<String, String> labels = new TreeMap<>();
    Map<String, String> areaOf = new HashMap<>();
    for (Commune c : perimeter(d.territory())) {
      place(c, level, x, labels, areaOf);
    }
    return new Aggregates(d, level, labels, areaOf);
  }

  /** Puts a commune in its area, labelled by its first commune (a method for the JIT). */
  private static void place(
      Commune c, Level level, Text x, Map<String, String> labels, Map<String, String> areaOf) {
    String a = area(c, level);
    areaOf.put(c.code(), a);
    if (!labels.containsKey(a)) {
      labels.put(a, label(c, level, x));
    }
  }

  Level level() {
    return level;
  }

  /** As {@link #rows(ThemeResult)}, for one table. */
  static List<Row> rows(Diagnosis d, ThemeResult theme, Level level, Text x) {
    return of(d, level, x).rows(theme);
  }

  /** A theme's rows by theme id, kept once found: the HTML report finds them ahead of writing. */
  private final Map<String, List<Row>> rowsByTheme = new HashMap<>();

  /**
   * Rows by area code, for one theme, or for all themes when {@code theme} is null; areas without a
   * gap are kept (their counts say so). A theme's rows are found once, then kept.
   */
  List<Row> rows(ThemeResult theme) {
    if (theme == null) {
      return found(null);
    }
    return rowsByTheme.computeIfAbsent(theme.theme().id(), id -> found(theme));
  }

  private List<Row> found(ThemeResult theme) {
    long[][] n = counts(theme);
    List<Set<String>> worst = worst(theme);
    List<Row> rows = new ArrayList<>(codes.size());
    for (int a = 0; a < codes.size(); a++) {
      rows.add(
          new Row(
              codes.get(a),
              labels.get(a),
              communes[a],
              n[a][0],
              n[a][1],
              n[a][2],
              List.copyOf(worst.get(a))));
    }
    return List.copyOf(rows);
  }

  /**
   * Per area: gaps, answers to strengthen, population concerned (the theme's target population, or
   * over all themes the population of each commune concerned, once).
   */
  private long[][] counts(ThemeResult theme) {
    long[][] n = new long[codes.size()][3];
    Set<String> concerned = new HashSet<>();
    for (ThemeResult r : d.themes()) {
      if (theme != null && r != theme) {
        continue;
      }
      for (Indicator i : r.indicators()) {
        count(n, i, theme == null ? concerned : null);
      }
    }
    return n;
  }

  /**
   * Counts one indicator into {@code n} (see {@link #counts}): the population concerned is the
   * theme's target population, or over all themes (with {@code concerned}, the communes counted so
   * far) the commune's population, once. A method of its own, which the JIT compiles after a few
   * hundred communes: the loops over every theme's, each run once, stayed interpreted.
   */
  private void count(long[][] n, Indicator i, Set<String> concerned) {
    Integer a = areaOf.get(i.commune());
    if (a == null || !i.classification().isGap()) {
      return;
    }
    n[a][i.classification() == Classification.TROU ? 0 : 1]++;
    if (concerned == null) {
      n[a][2] += i.targetPopulation();
    } else if (concerned.add(i.commune())) {
      n[a][2] += d.territory().communes().get(i.commune()).population();
    }
  }

  /**
   * Per theme id, per area, the first {@link #WORST} communes named in the gaps' order: found in
   * one pass over the gaps for every theme, on the first call for a theme, rather than one pass a
   * theme (a national report asks for them by département and by EPCI, theme after theme).
   */
  private Map<String, List<Set<String>>> worstByTheme;

  /** Per area, the first {@link #WORST} communes named in the gaps' order. */
  private List<Set<String>> worst(ThemeResult theme) {
    if (theme == null) {
      return worstOverAll();
    }
    if (worstByTheme == null) {
      worstByTheme = worstOfEachTheme();
    }
    List<Set<String>> w = worstByTheme.get(theme.theme().id());
    return w != null ? w : emptyAreaSets();
  }

  /** Over all themes: the gaps' first names in each area, until every area has its names. */
  private List<Set<String>> worstOverAll() {
    List<Set<String>> worst = emptyAreaSets();
    int full = 0; // areas with their WORST names: once all are, no gap can change the lists
    for (Gap g : d.gaps()) {
      if (full == codes.size()) {
        break;
      }
      Integer a = areaOf.get(g.indicator().commune());
      if (a != null && worst.get(a).size() < WORST) {
        worst.get(a).add(g.indicator().communeName());
        full += worst.get(a).size() == WORST ? 1 : 0;
      }
    }
    return worst;
  }

  /** By theme id, as {@link #worstOverAll} for the theme's gaps alone. */
  private Map<String, List<Set<String>>> worstOfEachTheme() {
    Map<String, List<Set<String>>> byTheme = new HashMap<>();
    for (Gap g : d.gaps()) {
      name(byTheme, g);
    }
    return byTheme;
  }

  /** Names a gap's commune in its theme's area when that has room (a method for the JIT). */
  private void name(Map<String, List<Set<String>>> byTheme, Gap g) {
    Integer a = areaOf.get(g.indicator().commune());
    if (a == null) {
      return;
    }
    List<Set<String>> areas = byTheme.get(g.theme().theme().id());
    if (areas == null) {
      areas = emptyAreaSets();
      byTheme.put(g.theme().theme().id(), areas);
    }
    Set<String> names = areas.get(a);
    if (names.size() < WORST) {
      names.add(g.indicator().communeName());
    }
  }

  private List<Set<String>> emptyAreaSets() {
    List<Set<String>> sets = new ArrayList<>(codes.size());
    for (int a = 0; a < codes.size(); a++) {
      sets.add(new LinkedHashSet<>());
    }
    return sets;
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
