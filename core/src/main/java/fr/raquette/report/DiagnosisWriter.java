package fr.raquette.report;

import fr.raquette.analysis.Diagnosis;
import fr.raquette.analysis.ThemeResult;
import fr.raquette.report.map.MapDrawing;
import fr.raquette.report.map.MapStyle;
import fr.raquette.report.map.ThemeMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes every output of a diagnosis into one folder, all or nothing (see {@link OutputFolder}).
 */
public final class DiagnosisWriter {
  private DiagnosisWriter() {}

  /**
   * @return the names of the files written, sorted
   */
  public static List<String> write(
      Diagnosis d,
      Path target,
      Set<ReportFormat> formats,
      Text x,
      CsvDialect dialect,
      String version,
      MapStyle style,
      boolean force) {
    List<String> written = new ArrayList<>();
    try (OutputFolder out = OutputFolder.open(target, force, OutputFolder.Kind.REPORT)) {
      Map<String, String> maps = new TreeMap<>();
      Map<String, String> svgs = new TreeMap<>();
      if (formats.contains(ReportFormat.SVG)
          || formats.contains(ReportFormat.PNG)
          || formats.contains(ReportFormat.HTML)) {
        drawMaps(d, x, style, formats, out, maps, svgs, written);
      }
      if (formats.contains(ReportFormat.HTML)) {
        out.write("rapport.html", HtmlReport.render(d, x, version, svgs));
        written.add("rapport.html");
      }
      if (formats.contains(ReportFormat.CSV)) {
        out.write("indicateurs.csv", stream -> CsvReports.writeIndicators(d, dialect, stream));
        out.write("trous.csv", stream -> CsvReports.writeGaps(d, dialect, x, stream));
        written.add("indicateurs.csv");
        written.add("trous.csv");
      }
      if (formats.contains(ReportFormat.MD)) {
        out.write("rapport.md", MarkdownReport.render(d, x, version, maps));
        written.add("rapport.md");
      }
      out.commit();
    }
    written.sort(null);
    return written;
  }

  /** Draws each map once, then writes it in the formats asked for. */
  private static void drawMaps(
      Diagnosis d,
      Text x,
      MapStyle style,
      Set<ReportFormat> formats,
      OutputFolder out,
      Map<String, String> links,
      Map<String, String> svgs,
      List<String> written) {
    Map<String, MapDrawing> drawings = new java.util.LinkedHashMap<>();
    drawings.put("overview", ThemeMap.overviewDrawing(d, x));
    for (ThemeResult r : d.themes()) {
      drawings.put(r.theme().id(), ThemeMap.drawing(d, r, x, style));
    }
    drawings.forEach(
        (id, drawing) -> {
          String name = "cartes/" + (id.equals("overview") ? x.t("synthese", "overview") : id);
          String svg = drawing.svg();
          svgs.put(id, svg);
          if (formats.contains(ReportFormat.SVG)) {
            out.write(name + ".svg", svg);
            written.add(name + ".svg");
            links.put(id, name + ".svg");
          }
          if (formats.contains(ReportFormat.PNG)) {
            out.write(name + ".png", drawing.png());
            written.add(name + ".png");
            links.putIfAbsent(id, name + ".png");
          }
        });
  }
}
