package fr.raquette.report;

import fr.raquette.analysis.Diagnosis;
import fr.raquette.analysis.Gap;
import fr.raquette.analysis.Indicator;
import fr.raquette.analysis.ThemeResult;

/**
 * {@code indicateurs.csv} (every commune × theme) and {@code trous.csv} (one row a gap or weak
 * answer). Column names are stable ids; numbers use {@code .} and fixed decimals so the bytes are
 * the same on every machine.
 */
public final class CsvReports {
  private CsvReports() {}

  public static String indicators(Diagnosis d, CsvDialect dialect) {
    StringBuilder sb = new StringBuilder(dialect.start());
    sb.append(
        dialect.row(
            "code_commune",
            "commune",
            "theme",
            "population_cible",
            "equipements_locaux",
            "acteurs_locaux",
            "distance_plus_proche_km",
            "plus_proche_commune",
            "score_acces_pour_1000",
            "ratio_reference",
            "besoins_declares",
            "besoins_personnes",
            "sous_seuil",
            "classe",
            "severite"));
    for (ThemeResult r : d.themes()) {
      for (Indicator i : r.indicators()) {
        sb.append(
            dialect.row(
                i.commune(),
                i.communeName(),
                i.theme(),
                i.targetPopulation(),
                num(i.localEquipment(), 0),
                i.localActors(),
                num(i.nearestKm(), 2),
                i.nearestPlace(),
                num(i.score(), 4),
                num(i.ratio(), 4),
                i.needs(),
                num(i.needsWeight(), 0),
                i.belowMinimum() ? "1" : "0",
                i.classification().id(),
                num(i.severity(), 1)));
      }
    }
    return sb.toString();
  }

  public static String gaps(Diagnosis d, CsvDialect dialect, Text x) {
    StringBuilder sb = new StringBuilder(dialect.start());
    sb.append(
        dialect.row(
            "rang",
            "code_commune",
            "commune",
            "theme",
            "classe",
            "severite",
            "population_cible",
            "distance_plus_proche_km",
            "plus_proche_commune",
            "besoins_declares",
            "besoins_personnes",
            "acteurs_a_mobiliser",
            "motif"));
    int rank = 0;
    for (Gap g : d.gaps()) {
      Indicator i = g.indicator();
      StringBuilder actors = new StringBuilder();
      for (Gap.NearbyActor a : g.actors()) {
        if (actors.length() > 0) {
          actors.append(" | ");
        }
        actors.append(a.actor().name()).append(" (").append(num(a.km(), 1)).append(" km)");
      }
      sb.append(
          dialect.row(
              ++rank,
              i.commune(),
              i.communeName(),
              i.theme(),
              i.classification().id(),
              num(i.severity(), 1),
              i.targetPopulation(),
              num(i.nearestKm(), 2),
              i.nearestPlace(),
              i.needs(),
              num(i.needsWeight(), 0),
              actors,
              Reasons.of(i, g.theme(), x)));
    }
    return sb.toString();
  }

  static String num(Double v, int decimals) {
    if (v == null || v.isNaN()) {
      return "";
    }
    // Same digits as String.format("%.nf") (HALF_UP on the shortest decimal form), much faster
    // over the hundreds of thousands of cells of a national run.
    String t =
        java.math.BigDecimal.valueOf(v)
            .setScale(decimals, java.math.RoundingMode.HALF_UP)
            .toPlainString();
    return t.startsWith("-") && t.chars().noneMatch(c -> c >= '1' && c <= '9') ? t.substring(1) : t;
  }
}
