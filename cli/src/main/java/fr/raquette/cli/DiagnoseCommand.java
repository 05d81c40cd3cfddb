package fr.raquette.cli;

import fr.raquette.Version;
import fr.raquette.analysis.Diagnosis;
import fr.raquette.analysis.DiagnosisOptions;
import fr.raquette.report.DiagnosisWriter;
import fr.raquette.report.OutputFolder;
import fr.raquette.report.Text;
import fr.raquette.report.map.MapStyle;
import fr.raquette.territory.Territory;
import fr.raquette.themes.ThemeCatalog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code raquette diagnose}: the whole diagnosis, written as a report folder. */
@Command(
    name = "diagnose",
    aliases = {"diagnostiquer", "diagnostic"},
    sortOptions = false)
public final class DiagnoseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin TerritoryOptions territory;
  @Mixin AnalysisOptions analysis;
  @Mixin CommonOptions common;

  @Option(
      names = {"-o", "--output"},
      descriptionKey = "diagnose.output",
      paramLabel = "DOSSIER")
  Path output;

  @Option(
      names = "--format",
      descriptionKey = "diagnose.format",
      paramLabel = "FORMATS",
      defaultValue = "md,csv,svg,html",
      converter = OptionValues.FormatList.class)
  OptionValues.Formats formats;

  @Option(
      names = "--map-style",
      paramLabel = "classes|quantiles",
      defaultValue = "classes",
      converter = OptionValues.Style.class)
  MapStyle style;

  @Mixin CsvDialectOption csv;

  @Option(names = "--force", descriptionKey = "diagnose.force")
  boolean force;

  @Option(names = "--timings")
  boolean timings;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Text x = new Text(common.locale());
    Path target =
        output != null
            ? output
            : Path.of("rapport-" + territory.folder.toAbsolutePath().normalize().getFileName());
    // A refusal to write costs nothing: checked before the territory is read.
    OutputFolder.check(target, force, OutputFolder.Kind.REPORT);
    boolean unlisted = force && OutputFolder.listsNoFiles(target, OutputFolder.Kind.REPORT);
    KeptFiles.tell(err, common.messages(), target, force, OutputFolder.Kind.REPORT);
    Stopwatch clock = new Stopwatch();
    ThemeCatalog catalog = territory.catalog();
    Territory t = territory.loadUsable(common, err, timings ? clock : null, "diagnose.unusable");
    clock.lap("load");
    if (t == null) {
      return ExitCode.BAD_DATA;
    }
    DiagnosisOptions options = analysis.forTerritory(spec, catalog, territory.folder);
    // The report names its sources by SHA-256: hashed meanwhile, wherever the analysis leaves a
    // core free, rather than on the reading thread.
    t.inputs().forEach(f -> f.digest().startIn(common.workers().executor()));
    Diagnosis d = territory.diagnose(t, catalog, options, common, err, timings ? clock : null);
    clock.lap("analysis");
    DiagnosisWriter.Written written;
    // The maps of a national run take seconds: say so on a terminal.
    fr.raquette.load.ProgressListener writing = Progress.on(err, common);
    try {
      writing.progress(common.messages().get("progress.writing"), 0, -1);
      DiagnosisWriter.Settings settings =
          new DiagnosisWriter.Settings(
              formats.set(), x, csv.dialect(), Version.get(), style, force, java.util.Map.of());
      written = DiagnosisWriter.write(d, target, settings, common.workers().executor());
    } finally {
      Progress.done(writing);
    }
    KeptFiles.told(err, common.messages(), target, unlisted, written.kept());
    List<String> files = written.files();
    clock.lap("reports");
    if (!common.quiet) {
      tellDone(out, t, d, files, target);
    }
    if (timings) {
      if (common.verbose) {
        err.print(clock.details());
      }
      err.println(clock.summary());
      err.flush();
    }
    return ExitCode.OK;
  }

  /** How many gaps and answers to strengthen, and what was written (the maps counted). */
  private void tellDone(
      PrintWriter out, Territory t, Diagnosis d, List<String> files, Path target) {
    long trous =
        d.gaps().stream()
            .filter(g -> g.indicator().classification() == fr.raquette.analysis.Classification.TROU)
            .count();
    out.println(common.messages().get("diagnose.done", t.name(), trous, d.gaps().size() - trous));
    long maps = files.stream().filter(f -> f.startsWith("cartes/")).count();
    List<String> shown =
        new java.util.ArrayList<>(files.stream().filter(f -> !f.startsWith("cartes/")).toList());
    if (maps > 0) {
      shown.add(common.messages().get("diagnose.maps", maps));
    }
    out.println(common.messages().get("diagnose.written", target, String.join(", ", shown)));
    out.flush();
  }
}
