package fr.raquette.cli;

import fr.raquette.Version;
import fr.raquette.analysis.Diagnosis;
import fr.raquette.analysis.DiagnosisOptions;
import fr.raquette.load.Manifest;
import fr.raquette.report.CsvDialect;
import fr.raquette.report.DiagnosisWriter;
import fr.raquette.report.OutputFolder;
import fr.raquette.report.ReportFormat;
import fr.raquette.report.Text;
import fr.raquette.report.map.MapStyle;
import fr.raquette.territory.Territory;
import fr.raquette.themes.ThemeCatalog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code raquette diagnose}: the whole diagnosis, written as a report folder. */
@Command(
    name = "diagnose",
    aliases = {"diagnostiquer", "diagnostic"},
    sortOptions = false,
    description = {
      "Cross-reference services and actors with population and declared needs, theme by theme,"
          + " and write the diagnosis: rapport.md (synthèse, portrait, offre, besoins, trous dans"
          + " la raquette, réponses à renforcer, acteurs à mobiliser, méthode et sources, limites),"
          + " indicateurs.csv (every commune × theme), trous.csv (one row a gap), a map per theme"
          + " (cartes/) and rapport.html, readable offline.",
      "",
      "Each commune × theme is a 'trou dans la raquette' (a need with no supply in reach), a"
          + " 'réponse à renforcer' (supply in reach but far below the territory's mean, or needs"
          + " declared despite it), 'couvert' or 'non évaluable'. See docs/methode.md.",
      "",
      "The report folder is written all at once: a failed run leaves the previous report"
          + " untouched, and an existing report is replaced only with --force."
    },
    footer = {
      "",
      "Examples:",
      "  raquette diagnose data-samples/creuse -o rapport-creuse",
      "  raquette diagnose data-samples/rhone --theme sante,mobilite --lang en -o report-rhone",
      "  raquette diagnose data-samples/creuse --csv-dialect rfc4180 --force"
    })
public final class DiagnoseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin TerritoryOptions territory;
  @Mixin AnalysisOptions analysis;
  @Mixin CommonOptions common;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DOSSIER",
      description = "Report folder (default: rapport-<territory folder name>).")
  Path output;

  @Option(
      names = "--format",
      paramLabel = "FORMATS",
      defaultValue = "md,csv,svg,html",
      description =
          "Comma-separated outputs among: md (rapport.md), csv (indicateurs.csv, trous.csv), svg"
              + " and png (cartes/: one map per theme and an overview), html (rapport.html, one"
              + " self-contained file, maps inlined). Default: md,csv,svg,html.")
  String format;

  @Option(
      names = "--map-style",
      paramLabel = "classes|quantiles",
      defaultValue = "classes",
      description =
          "Colour communes by class (trou, à renforcer, couvert, non évaluable; default) or by"
              + " accessibility quintile.")
  String mapStyle;

  @Option(
      names = "--csv-dialect",
      paramLabel = "excel|rfc4180",
      defaultValue = "excel",
      description =
          "excel (default): ';' and UTF-8 with BOM, opens by a double click in a French Excel;"
              + " rfc4180: ',' and no BOM, for scripts. Numbers always use '.'.")
  String csvDialect;

  @Option(names = "--force", description = "Replace an existing report folder.")
  boolean force;

  @Option(
      names = "--timings",
      description =
          "Print the time of each stage on stderr (with --verbose, also of each file read).")
  boolean timings;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Text x = new Text(common.locale());
    Set<ReportFormat> formats;
    CsvDialect dialect;
    MapStyle style;
    try {
      formats = ReportFormat.parse(format);
      dialect = CsvDialect.fromId(csvDialect);
      style = MapStyle.parse(mapStyle);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    Path target =
        output != null
            ? output
            : Path.of("rapport-" + territory.folder.toAbsolutePath().normalize().getFileName());
    // A refusal to write costs nothing: checked before the territory is read.
    OutputFolder.check(target, force, OutputFolder.Kind.REPORT);
    KeptFiles.tell(err, x, target, force, OutputFolder.Kind.REPORT);
    Stopwatch clock = new Stopwatch();
    ThemeCatalog catalog = territory.catalog();
    Territory t = territory.load(common, err, timings ? clock : null);
    clock.lap("load");
    if (!t.usable()) {
      ValidateCommand.printProblems(t, common, err, x);
      err.println(
          x.t(
              "raquette : territoire inutilisable, aucun rapport écrit (voir raquette validate)",
              "raquette: the territory cannot be used, no report written (see raquette validate)"));
      return ExitCode.BAD_DATA;
    }
    ValidateCommand.tellWarnings(t, common, err, x, territory.folder);
    DiagnosisOptions options;
    try {
      options =
          analysis.toOptions(catalog, Manifest.of(territory.folder).parameters(), territory.folder);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    // The report names its sources by SHA-256: hashed meanwhile, wherever the analysis leaves a
    // core free, rather than on the reading thread.
    t.inputs().forEach(f -> f.digest().startInBackground());
    Diagnosis d = territory.diagnose(t, catalog, options, common, err, timings ? clock : null);
    clock.lap("analysis");
    List<String> files;
    // The maps of a national run take seconds: say so on a terminal.
    fr.raquette.load.ProgressListener writing = Progress.on(err, common);
    try {
      writing.progress("écriture du rapport", 0, -1);
      files = DiagnosisWriter.write(d, target, formats, x, dialect, Version.get(), style, force);
    } finally {
      Progress.done(writing);
    }
    clock.lap("reports");
    if (!common.quiet) {
      long trous =
          d.gaps().stream()
              .filter(
                  g -> g.indicator().classification() == fr.raquette.analysis.Classification.TROU)
              .count();
      out.println(
          x.t(
              t.name()
                  + " : "
                  + x.integer(trous)
                  + " trou(s) dans la raquette, "
                  + x.integer(d.gaps().size() - trous)
                  + " réponse(s) à renforcer.",
              t.name()
                  + ": "
                  + x.integer(trous)
                  + " gap(s), "
                  + x.integer(d.gaps().size() - trous)
                  + " answer(s) to strengthen."));
      long maps = files.stream().filter(f -> f.startsWith("cartes/")).count();
      List<String> shown =
          new java.util.ArrayList<>(files.stream().filter(f -> !f.startsWith("cartes/")).toList());
      if (maps > 0) {
        shown.add(x.t(maps + " cartes dans cartes/", maps + " maps in cartes/"));
      }
      out.println(
          x.t("Rapport écrit dans ", "Report written to ")
              + target
              + x.t(" : ", ": ")
              + String.join(", ", shown));
      out.flush();
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
}
