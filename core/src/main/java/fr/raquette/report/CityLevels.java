package fr.raquette.report;

import fr.raquette.analysis.Classification;
import fr.raquette.analysis.Diagnosis;
import fr.raquette.analysis.Indicator;
import fr.raquette.analysis.ThemeResult;
import fr.raquette.load.Arrondissements;
import fr.raquette.territory.Commune;
import fr.raquette.territory.Territory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The level Paris, Lyon and Marseille are reported at: by arrondissement, each city kept as a
 * subtotal line, when the loader made their arrondissements communes of the territory ({@link
 * Arrondissements}); otherwise a limit of the report, the city being one commune.
 */
final class CityLevels {
  private CityLevels() {}

  /** The arrondissements of the territory, by city in the order of {@link Arrondissements}. */
  static Map<Arrondissements.City, List<Commune>> byCity(Territory t) {
    Map<Arrondissements.City, List<Commune>> out = new LinkedHashMap<>();
    for (Arrondissements.City c : Arrondissements.CITIES) {
      for (Commune m : t.communes().values()) {
        if (t.inPerimeter(m.code()) && c.equals(Arrondissements.cityOfArrondissement(m.code()))) {
          out.computeIfAbsent(c, k -> new ArrayList<>()).add(m);
        }
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
    sb.append(
        x.t(
            "Paris, Lyon et Marseille sont diagnostiquées par arrondissement municipal : chaque"
                + " arrondissement est une unité (offre, besoins, distances, classement), et la"
                + " ville est la somme de ses arrondissements. Légende : **T** trou, **R** à"
                + " renforcer, **C** couvert, **–** non évaluable.\n\n",
            "Paris, Lyon and Marseille are diagnosed by municipal arrondissement: each"
                + " arrondissement is a unit (supply, needs, distances, classes), and the city is"
                + " the sum of its arrondissements. Key: **T** gap, **R** to strengthen, **C**"
                + " covered, **–** not assessable.\n\n"));
    for (Map.Entry<Arrondissements.City, List<Commune>> e : cities.entrySet()) {
      city(d, x, locale, e.getKey(), e.getValue(), sb);
    }
    return sb.toString();
  }

  private static void city(
      Diagnosis d,
      Text x,
      Locale locale,
      Arrondissements.City city,
      List<Commune> arms,
      StringBuilder sb) {
    long population = arms.stream().mapToLong(Commune::population).sum();
    sb.append("### ")
        .append(city.name())
        .append(" — ")
        .append(arms.size())
        .append(x.t(" arrondissements, ", " arrondissements, "))
        .append(x.integer(population))
        .append(x.t(" habitants\n\n", " inhabitants\n\n"));
    List<String> cells = new ArrayList<>(List.of(x.t("Arrondissement", "Arrondissement"), "Pop."));
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
        sb.append(" | ").append(letter(classOf(r, m.code())));
      }
      sb.append(" |\n");
    }
    sb.append("| **")
        .append(city.name())
        .append(x.t(" (ville)", " (city)"))
        .append("** | **")
        .append(x.integer(population))
        .append("**");
    for (ThemeResult r : d.themes()) {
      long gaps = 0;
      long weak = 0;
      for (Commune m : arms) {
        Classification c = classOf(r, m.code());
        gaps += c == Classification.TROU ? 1 : 0;
        weak += c == Classification.RENFORCER ? 1 : 0;
      }
      sb.append(" | ").append(gaps).append(" T, ").append(weak).append(" R");
    }
    sb.append(" |\n\n");
  }

  private static Classification classOf(ThemeResult r, String commune) {
    for (Indicator i : r.indicators()) {
      if (i.commune().equals(commune)) {
        return i.classification();
      }
    }
    return Classification.NON_EVALUABLE;
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
        out.add(
            x.t(
                c.name()
                    + " est une seule unité du diagnostic : sans les contours de ses "
                    + c.count()
                    + " arrondissements (arrondissements-municipaux-2022.geojson et leurs lignes"
                    + " ARM), l'offre et les besoins ne sont pas situés à l'intérieur de la ville,"
                    + " et ses propres services sont à distance nulle de tous ses habitants.",
                c.name()
                    + " is one unit of the diagnosis: without the outlines of its "
                    + c.count()
                    + " arrondissements (arrondissements-municipaux-2022.geojson and their ARM"
                    + " rows), supply and needs are not placed inside the city, and its own"
                    + " services are at distance zero from all its inhabitants."));
      }
    }
    return out;
  }
}
