package fr.raquette.report;

import fr.raquette.analysis.Diagnosis;
import fr.raquette.analysis.Gap;
import fr.raquette.analysis.Indicator;
import fr.raquette.geo.GeoJsonWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
        .append(x.t("Trous dans la raquette — ", "Gaps — "))
        .append(d.territory().name())
        .append("\n\n")
        .append(
            MarkdownReport.header(
                "rlllrl",
                "#",
                "Commune",
                x.t("Thème", "Theme"),
                x.t("Classe", "Class"),
                x.t("Sévérité", "Severity"),
                x.t("Motif", "Reason")));
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
      sb.append(
          x.t("\nAucun trou ni réponse à renforcer.\n", "\nNo gap and no answer to strengthen.\n"));
    }
    return sb.toString();
  }

  /** RFC 7946: one feature per gap, the commune's outline with the gap's attributes. */
  public static String geojson(Diagnosis d, Text x) {
    List<GeoJsonWriter.Feature> features = new ArrayList<>();
    int rank = 0;
    for (Gap g : d.gaps()) {
      Indicator i = g.indicator();
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("rang", ++rank);
      p.put("code_commune", i.commune());
      p.put("commune", i.communeName());
      p.put("theme", i.theme());
      p.put("classe", i.classification().id());
      p.put("severite", round(i.severity(), 1));
      p.put("robustesse", i.robustness().id());
      p.put("population_cible", i.targetPopulation());
      p.put("distance_plus_proche_km", i.nearestKm() == null ? null : round(i.nearestKm(), 2));
      p.put("plus_proche_commune", i.nearestPlace());
      p.put("besoins_declares", i.needs());
      p.put("motif", Reasons.of(i, g.theme(), x));
      features.add(new GeoJsonWriter.Feature(d.territory().outlines().get(i.commune()), p));
    }
    StringWriter w = new StringWriter();
    GeoJsonWriter.write(w, features);
    return w.toString();
  }

  private static double round(double v, int decimals) {
    double f = Math.pow(10, decimals);
    return Math.round(v * f) / f;
  }
}
