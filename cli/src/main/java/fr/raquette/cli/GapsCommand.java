package fr.raquette.cli;

import fr.raquette.analysis.Diagnosis;
import fr.raquette.report.CsvReports;
import fr.raquette.report.GapsExport;
import fr.raquette.report.Text;
import fr.raquette.territory.Territory;
import fr.raquette.themes.ThemeCatalog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code raquette gaps}: only the gap table, for a spreadsheet, a report or QGIS. */
@Command(
    name = "gaps",
    aliases = {"trous"},
    sortOptions = false)
public final class GapsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin TerritoryOptions territory;
  @Mixin AnalysisOptions analysis;
  @Mixin CommonOptions common;
  @Mixin OutputFileOptions output;

  /** What {@code gaps} can write. */
  enum Format {
    CSV,
    MD,
    GEOJSON
  }

  @Option(
      names = "--format",
      descriptionKey = "gaps.format",
      paramLabel = "csv|md|geojson",
      defaultValue = "csv",
      converter = OptionValues.GapsFormats.class)
  Format format;

  @Option(names = "--min-severity", paramLabel = "N", defaultValue = "0")
  double minSeverity;

  @Mixin CsvDialectOption csv;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Text x = new Text(common.locale());
    Path target = output.target(spec.commandLine());
    ThemeCatalog catalog = territory.catalog();
    Territory t = territory.loadUsable(common, err, null, null);
    if (t == null) {
      return ExitCode.BAD_DATA;
    }
    fr.raquette.analysis.DiagnosisOptions options =
        analysis.forTerritory(spec, catalog, territory.folder);
    Diagnosis d = territory.diagnose(t, catalog, options, common, err, null);
    d = GapsExport.atLeast(d, minSeverity);
    String text =
        switch (format) {
          case MD -> GapsExport.markdown(d, x);
          case GEOJSON -> GapsExport.geojson(d, x);
          case CSV -> CsvReports.gaps(d, csv.dialect(), x);
        };
    output.write(target, text, out);
    if (target != null && !common.quiet) {
      err.println(common.messages().get("gaps.written", target, d.gaps().size()));
      err.flush();
    }
    return ExitCode.OK;
  }
}
