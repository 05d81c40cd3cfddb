package fr.raquette.report;

import fr.raquette.analysis.Diagnosis;
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
      boolean force) {
    List<String> written = new ArrayList<>();
    try (OutputFolder out = OutputFolder.open(target, force)) {
      Map<String, String> maps = new TreeMap<>();
      if (formats.contains(ReportFormat.CSV)) {
        out.write("indicateurs.csv", CsvReports.indicators(d, dialect));
        out.write("trous.csv", CsvReports.gaps(d, dialect, x));
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
}
