package fr.raquette.report;

import fr.raquette.analysis.Classification;
import fr.raquette.analysis.Diagnosis;
import fr.raquette.analysis.Indicator;
import fr.raquette.analysis.ThemeResult;
import fr.raquette.load.Arrondissements;
import fr.raquette.territory.Commune;
import fr.raquette.territory.Iris;
import fr.raquette.territory.Territory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The level Paris, Lyon and Marseille are reported at: by arrondissement, each city kept as a
 * subtotal line, when the loader made their arrondissements communes of the territory ({@link
 * Arrondissements}); otherwise a limit of the report, the city being one commune.
 */
final class CityLevels {
  private CityLevels() {}

  /** The arrondissements of the territory, by city in the order of {@link Arrondissements}. */
  static Map<Arrondissements.City, List<Commune>> byCity(Territory t) {
    // One pass over the communes, not one a city: on all of France each pass ran interpreted, and
    // asked for the city of every Corsican code, which throws inside the parse of a number.
    Map<Arrondissements.City, List<Commune>> found = new java.util.HashMap<>();
    for (Commune m : t.communes().values()) {
      Arrondissements.City c = Arrondissements.cityOfArrondissement(m.code());
      if (c != null && t.inPerimeter(m.code())) {
        found.computeIfAbsent(c, k -> new ArrayList<>()).add(m);
      }
    }
    Map<Arrondissements.City, List<Commune>> out = new LinkedHashMap<>();
    for (Arrondissements.City c : Arrondissements.CITIES) {
      if (found.containsKey(c)) {
        out.put(c, found.get(c));
      }
    }
    return out;
  }

  /**
   * For each city diagnosed by arrondissement: one row per arrondissement with its class in each
   * theme, then the city's subtotal (population, gaps and weak answers per theme). Empty when there
   * is none.
   */
  static String section(Diagnosis d, Text x) {
    Map<Arrondissements.City, List<Commune>> cities = byCity(d.territory());
    if (cities.isEmpty()) {
      return "";
    }
    Locale locale = x.french() ? Locale.FRENCH : Locale.ENGLISH;
    StringBuilder sb = new StringBuilder();
    sb.append(x.msg("cities.intro"));
    Classes classes = Classes.of(d, cities);
    for (Map.Entry<Arrondissements.City, List<Commune>> e : cities.entrySet()) {
      city(d, x, locale, e.getKey(), e.getValue(), classes, sb);
    }
    return sb.toString();
  }

  private static void city(
      Diagnosis d,
      Text x,
      Locale locale,
      Arrondissements.City city,
      List<Commune> arms,
      Classes classes,
      StringBuilder sb) {
    long population = arms.stream().mapToLong(Commune::population).sum();
    sb.append("### ")
        .append(x.msg("cities.city.title", city.name(), arms.size(), x.integer(population)))
        .append("\n\n");
    List<String> cells = new ArrayList<>(List.of(x.msg("cities.col.arrondissement"), "Pop."));
    StringBuilder align = new StringBuilder("lr");
    for (ThemeResult r : d.themes()) {
      cells.add(r.theme().label(locale));
      align.append('l');
    }
    sb.append(MarkdownReport.header(align.toString(), cells.toArray(String[]::new)));
    for (Commune m : arms) {
      sb.append("| ")
          .append(MarkdownReport.cell(m.name()))
          .append(" | ")
          .append(x.integer(m.population()));
      for (ThemeResult r : d.themes()) {
        sb.append(" | ").append(letter(classes.of(r, m.code())));
      }
      sb.append(" |\n");
    }
    sb.append("| **")
        .append(x.msg("cities.city.whole", city.name()))
        .append("** | **")
        .append(x.integer(population))
        .append("**");
    for (ThemeResult r : d.themes()) {
      long gaps = 0;
      long weak = 0;
      for (Commune m : arms) {
        Classification c = classes.of(r, m.code());
        gaps += c == Classification.TROU ? 1 : 0;
        weak += c == Classification.RENFORCER ? 1 : 0;
      }
      sb.append(" | ").append(gaps).append(" T, ").append(weak).append(" R");
    }
    sb.append(" |\n\n");
  }

  /**
   * The class of each arrondissement in each theme: that of its first indicator, non évaluable
   * without one. Each theme's indicators are read once (a whole country has 35,000 of them per
   * theme), not once per arrondissement.
   */
  private record Classes(Map<ThemeResult, Map<String, Classification>> byTheme) {
    static Classes of(Diagnosis d, Map<Arrondissements.City, List<Commune>> cities) {
      java.util.Set<String> codes = new java.util.HashSet<>();
      cities.values().forEach(arms -> arms.forEach(m -> codes.add(m.code())));
      Map<ThemeResult, Map<String, Classification>> byTheme = new java.util.IdentityHashMap<>();
      for (ThemeResult r : d.themes()) {
        Map<String, Classification> m = new java.util.HashMap<>();
        for (Indicator i : r.indicators()) {
          if (codes.contains(i.commune())) {
            m.putIfAbsent(i.commune(), i.classification());
          }
        }
        byTheme.put(r, m);
      }
      return new Classes(byTheme);
    }

    Classification of(ThemeResult r, String commune) {
      return byTheme.get(r).getOrDefault(commune, Classification.NON_EVALUABLE);
    }
  }

  private static String letter(Classification c) {
    return switch (c) {
      case TROU -> "**T**";
      case RENFORCER -> "R";
      case COUVERT -> "C";
      case NON_EVALUABLE -> "–";
    };
  }

  /** A limit for each city of the territory diagnosed as one commune. */
  static List<String> limits(Territory t, Text x) {
    List<String> out = new ArrayList<>();
    for (Arrondissements.City c : Arrondissements.CITIES) {
      if (t.communes().containsKey(c.code()) && t.inPerimeter(c.code())) {
        out.add(x.msg("cities.limit.one.unit", c.name(), c.count()));
      }
    }
    return out;
  }

  /** An IRIS indicator of need: a share of its population or households. */
  private record Share(String id, String part, String whole) {}

  private static final List<Share> SHARES =
      List.of(
          new Share("aged75", "POP75P", "POP"),
          new Share("under15", "POP0014", "POP"),
          new Share("single.parent", "MENFAMMONO", "MEN"),
          new Share("alone", "MENPSEUL", "MEN"));

  /** IRIS of fewer inhabitants (parks, woods, business districts) are not ranked. */
  static final double MIN_IRIS_POPULATION = 200;

  /**
   * Need by quartier: for each commune or arrondissement with IRIS, the IRIS where each share is
   * highest. Empty when the territory has no IRIS figures.
   */
  static String irisSection(Diagnosis d, Text x) {
    Territory t = d.territory();
    Map<String, List<Iris>> byUnit = new TreeMap<>();
    long withFigures = 0;
    for (Iris i : t.iris()) {
      if (t.inPerimeter(i.commune())) {
        byUnit.computeIfAbsent(i.commune(), k -> new ArrayList<>()).add(i);
        withFigures += i.figures().isEmpty() ? 0 : 1;
      }
    }
    if (withFigures == 0) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    long count = byUnit.values().stream().mapToLong(List::size).sum();
    sb.append(x.msg("iris.intro", x.integer(count), byUnit.size())).append("\n\n");
    List<String> cells = new ArrayList<>(List.of(x.msg("report.col.commune"), "IRIS"));
    StringBuilder align = new StringBuilder("lr");
    for (Share s : SHARES) {
      cells.add(x.msg("iris.share." + s.id()));
      align.append('l');
    }
    sb.append(MarkdownReport.header(align.toString(), cells.toArray(String[]::new)));
    byUnit.forEach(
        (unit, list) -> {
          Commune c = t.communes().get(unit);
          sb.append("| ")
              .append(MarkdownReport.cell(c == null ? unit : c.name()))
              .append(" | ")
              .append(list.size());
          for (Share s : SHARES) {
            sb.append(" | ").append(highest(list, s, x));
          }
          sb.append(" |\n");
        });
    sb.append('\n');
    distances(d, x, byUnit, sb);
    return sb.toString();
  }

  /**
   * For each theme, the IRIS farthest from supply: the straight-line distance from its interior
   * point to the nearest point of a commune or arrondissement with local supply of the theme (the
   * level the BPE gives), the median over the IRIS beside it.
   */
  private static void distances(
      Diagnosis d, Text x, Map<String, List<Iris>> byUnit, StringBuilder sb) {
    Territory t = d.territory();
    List<Iris> all = new ArrayList<>();
    for (List<Iris> l : byUnit.values()) {
      for (Iris i : l) {
        Double pop = i.figure("POP");
        if (i.anchor() != null && pop != null && pop >= MIN_IRIS_POPULATION) {
          all.add(i);
        }
      }
    }
    if (all.isEmpty()) {
      return;
    }
    Locale locale = x.french() ? Locale.FRENCH : Locale.ENGLISH;
    sb.append(x.msg("iris.distances.intro"));
    sb.append(
        MarkdownReport.header(
            "lrl",
            x.msg("report.col.theme"),
            x.msg("iris.col.median"),
            x.msg("iris.col.farthest")));
    for (ThemeResult r : d.themes()) {
      distanceRow(sb, t, r, all, x, locale);
    }
    sb.append('\n');
  }

  /** A theme's row: the median distance of the IRIS to supply, and the farthest of them. */
  private static void distanceRow(
      StringBuilder sb, Territory t, ThemeResult r, List<Iris> all, Text x, Locale locale) {
    List<fr.raquette.territory.GeoPoint> supply = new ArrayList<>();
    for (Indicator i : r.indicators()) {
      if ((i.localEquipment() > 0 || i.localActors() > 0) && t.anchors().containsKey(i.commune())) {
        supply.add(t.anchors().get(i.commune()));
      }
    }
    if (supply.isEmpty()) {
      return;
    }
    double[] km = new double[all.size()];
    int far = 0;
    for (int k = 0; k < all.size(); k++) {
      km[k] = Double.MAX_VALUE;
      for (fr.raquette.territory.GeoPoint p : supply) {
        km[k] = Math.min(km[k], all.get(k).anchor().distanceKm(p));
      }
      far = km[k] > km[far] ? k : far;
    }
    Iris f = all.get(far);
    Commune unit = t.communes().get(f.commune());
    double[] sorted = km.clone();
    java.util.Arrays.sort(sorted);
    sb.append("| ")
        .append(r.theme().label(locale))
        .append(" | ")
        .append(x.decimal1(sorted[sorted.length / 2]))
        .append(" | ")
        .append(MarkdownReport.cell(f.name().isEmpty() ? f.code() : f.name()))
        .append(" (")
        .append(MarkdownReport.cell(unit == null ? f.commune() : unit.name()))
        .append(") — ")
        .append(x.decimal1(km[far]))
        .append(" km |\n");
  }

  /** The IRIS with the highest share, as "name — 12 % (340)", or a dash. */
  private static String highest(List<Iris> list, Share s, Text x) {
    Iris best = null;
    double bestShare = -1;
    for (Iris i : list) {
      Double part = i.figure(s.part());
      Double whole = i.figure(s.whole());
      Double pop = i.figure("POP");
      if (part == null || whole == null || whole <= 0 || pop == null || pop < MIN_IRIS_POPULATION) {
        continue;
      }
      double share = part / whole;
      if (share > bestShare) {
        best = i;
        bestShare = share;
      }
    }
    if (best == null) {
      return "–";
    }
    return MarkdownReport.cell(best.name().isEmpty() ? best.code() : best.name())
        + " — "
        + x.integer(Math.round(100 * bestShare))
        + " % ("
        + x.integer(Math.round(best.figure(s.part())))
        + ")";
  }
}
