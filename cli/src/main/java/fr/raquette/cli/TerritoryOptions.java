package fr.raquette.cli;

import fr.raquette.load.LoadOptions;
import fr.raquette.load.ProgressListener;
import fr.raquette.load.TerritoryLoader;
import fr.raquette.territory.Territory;
import fr.raquette.themes.ThemeCatalog;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The territory folder and how to load it, shared by every command that reads one. */
public final class TerritoryOptions {
  @Parameters(index = "0", paramLabel = "TERRITOIRE", descriptionKey = "territory")
  Path folder;

  @Option(names = "--themes", paramLabel = "FICHIER")
  Path themesFile;

  @Option(names = "--strict")
  boolean strict;

  private ThemeCatalog catalog;

  /** The themes: built-in or --themes, with the folder's themes.yaml merged on top. */
  ThemeCatalog catalog() {
    if (catalog == null) {
      catalog = ThemeCatalog.forTerritory(folder, themesFile);
    }
    return catalog;
  }

  Territory load(CommonOptions common, PrintWriter err) {
    return load(common, err, null);
  }

  /**
   * @param clock when not null, told of each loading stage (--timings)
   */
  Territory load(CommonOptions common, PrintWriter err, Stopwatch clock) {
    ThemeCatalog themes = catalog();
    ProgressListener shown = Progress.on(err, common);
    Workers workers = common.workers();
    LoadOptions options =
        new LoadOptions(
            strict,
            themes::resolveThemeId,
            timed(shown, clock),
            common.maxFileBytes(),
            workers.executor());
    try {
      return workers.run(() -> TerritoryLoader.load(folder, options));
    } finally {
      Progress.done(shown);
    }
  }

  /**
   * Loads the territory for a command that works on it (diagnose, gaps, actors, simulate, suggest),
   * the one way: an unusable territory has its problems printed, then the command's closing line
   * ({@code unusableKey}, when not null), and gives null (the command exits with {@link
   * ExitCode#BAD_DATA}); a usable one says how many warnings there were (each with --verbose).
   *
   * @param clock when not null, told of each loading stage (--timings)
   */
  Territory loadUsable(CommonOptions common, PrintWriter err, Stopwatch clock, String unusableKey) {
    fr.raquette.report.Text x = new fr.raquette.report.Text(common.locale());
    Territory t = load(common, err, clock);
    if (!t.usable()) {
      ValidateCommand.printProblems(t, common, err, x);
      if (unusableKey != null) {
        err.println(common.messages().get(unusableKey));
      }
      err.flush();
      return null;
    }
    ValidateCommand.tellWarnings(t, common, err, x, folder);
    return t;
  }

  /**
   * Runs the diagnosis, with its stages shown on a terminal and timed by {@code clock} when not
   * null.
   */
  fr.raquette.analysis.Diagnosis diagnose(
      Territory t,
      ThemeCatalog catalog,
      fr.raquette.analysis.DiagnosisOptions options,
      CommonOptions common,
      PrintWriter err,
      Stopwatch clock) {
    ProgressListener shown = Progress.on(err, common);
    try {
      ProgressListener timed = timed(shown, clock);
      return common
          .workers()
          .run(() -> fr.raquette.analysis.Diagnoser.run(t, catalog, options, timed));
    } finally {
      Progress.done(shown);
    }
  }

  private static ProgressListener timed(ProgressListener shown, Stopwatch clock) {
    return clock == null
        ? shown
        : (stage, done, total) -> {
          clock.stage(stage);
          shown.progress(stage, done, total);
        };
  }
}
