package fr.raquette.report;

import fr.raquette.analysis.Classification;
import fr.raquette.analysis.Diagnosis;
import fr.raquette.analysis.Gap;
import fr.raquette.analysis.Indicator;
import fr.raquette.analysis.ThemeResult;
import fr.raquette.geo.GeoJsonWriter;
import fr.raquette.territory.Commune;
import fr.raquette.territory.Territory;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The gap table alone, as {@code raquette gaps} exports it: CSV, Markdown or GeoJSON. */
public final class GapsExport {
  private GapsExport() {}

  /** Keeps the gaps at or above a severity. */
  public static Diagnosis atLeast(Diagnosis d, double minSeverity) {
    List<Gap> kept =
        d.gaps().stream().filter(g -> g.indicator().severity() >= minSeverity).toList();
    return new Diagnosis(d.territory(), d.options(), d.themes(), kept);
  }

  public static String markdown(Diagnosis d, Text x) {
    Locale locale = x.french() ? Locale.FRENCH : Locale.ENGLISH;
    StringBuilder sb = new StringBuilder();
    sb.append("# ")
        .append(x.msg("gaps.md.title", d.territory().name()))
        .append("\n\n")
        .append(
            MarkdownReport.header(
                "rlllrl",
                "#",
                "Commune",
                x.msg("report.col.theme"),
                x.msg("report.col.class"),
                x.msg("report.severity.column"),
                x.msg("report.col.reason")));
    int rank = 0;
    for (Gap g : d.gaps()) {
      Indicator i = g.indicator();
      sb.append("| ")
          .append(++rank)
          .append(" | ")
          .append(MarkdownReport.cell(i.communeName()))
          .append(" (")
          .append(i.commune())
          .append(") | ")
          .append(g.theme().theme().label(locale))
          .append(" | ")
          .append(i.classification().label(x.french()))
          .append(" | ")
          .append(x.integer(i.severity()))
          .append(" | ")
          .append(MarkdownReport.cell(Reasons.of(i, g.theme(), x)))
          .append(" |\n");
    }
    if (d.gaps().isEmpty()) {
      sb.append(x.msg("gaps.md.none"));
    }
    return sb.toString();
  }

  /**
   * RFC 7946, for QGIS: one feature per commune (covered ones included), its outline with, for
   * every theme {@code t}, {@code t_classe}, {@code t_score}, {@code t_ratio}, {@code
   * t_distance_km}, {@code t_plus_proche} (the commune of the nearest supply), {@code
   * t_offre_plus_proche} (what it is), {@code t_severite} (inhabitants concerned) and {@code
   * t_motif}; the commune's EPCI and département; {@code perimetre} true for a commune reported on,
   * false for one of the context ring; and its worst theme. Gaps under the minimum severity (see
   * {@link #atLeast}) are not counted in {@code trous} and {@code a_renforcer}.
   */
  public static String geojson(Diagnosis d, Text x) {
    Territory t = d.territory();
    Map<String, Map<String, Object>> byCommune = new TreeMap<>();
    for (Commune c : t.communes().values()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("code_commune", c.code());
      p.put("commune", c.name());
      p.put("departement", c.departement());
      p.put("epci", c.epci());
      p.put("epci_nom", c.epciName());
      p.put("population", c.population());
      p.put("perimetre", t.inPerimeter(c.code()));
      p.put("trous", 0);
      p.put("a_renforcer", 0);
      p.put("severite_max", 0.0);
      p.put("theme_le_plus_grave", null);
      byCommune.put(c.code(), p);
    }
    for (ThemeResult r : d.themes()) {
      for (Indicator i : r.indicators()) {
        Map<String, Object> p = byCommune.get(i.commune());
        if (p != null) {
          themeProperties(p, i, r, x);
        }
      }
    }
    for (Gap g : d.gaps()) {
      Indicator i = g.indicator();
      Map<String, Object> p = byCommune.get(i.commune());
      if (p == null) {
        continue;
      }
      String key = i.classification() == Classification.TROU ? "trous" : "a_renforcer";
      p.put(key, (Integer) p.get(key) + 1);
      if (i.severity() > (Double) p.get("severite_max")) {
        p.put("severite_max", round(i.severity(), 1));
        p.put("theme_le_plus_grave", i.theme());
      }
    }
    List<GeoJsonWriter.Feature> features = new ArrayList<>();
    byCommune.forEach(
        (code, p) -> features.add(new GeoJsonWriter.Feature(t.outlines().get(code), p)));
    StringWriter w = new StringWriter();
    GeoJsonWriter.write(w, features);
    return w.toString();
  }

  private static boolean inMinutes(Indicator i) {
    return i.elements().stream().anyMatch(fr.raquette.analysis.ElementOutcome::inMinutes);
  }

  private static void themeProperties(Map<String, Object> p, Indicator i, ThemeResult r, Text x) {
    String t = i.theme() + "_";
    p.put(t + "classe", i.classification().id());
    p.put(t + "score", i.score() == null ? null : round(i.score(), 4));
    p.put(t + "ratio", i.ratio() == null ? null : round(i.ratio(), 4));
    p.put(
        t + (inMinutes(i) ? "temps_min" : "distance_km"),
        i.nearestKm() == null ? null : round(i.nearestKm(), CsvReports.KM_DECIMALS));
    p.put(t + "plus_proche", i.nearestPlace());
    p.put(t + "offre_plus_proche", i.nearestWhat());
    p.put(t + "severite", round(i.severity(), 1));
    p.put(t + "robustesse", i.robustness().id());
    p.put(t + "motif", Reasons.of(i, r, x));
  }

  private static double round(double v, int decimals) {
    double f = Math.pow(10, decimals);
    return Math.round(v * f) / f;
  }
}
