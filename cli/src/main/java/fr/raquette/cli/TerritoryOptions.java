package fr.raquette.cli;

import fr.raquette.load.LoadOptions;
import fr.raquette.load.ProgressListener;
import fr.raquette.load.TerritoryLoader;
import fr.raquette.territory.Territory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The territory folder and how to load it, shared by every command that reads one. */
public final class TerritoryOptions {
  static final Set<String> THEME_IDS =
      Set.of(
          "sante",
          "alimentation",
          "mobilite",
          "numerique",
          "insertion",
          "longevite",
          "handicap",
          "isolement",
          "famille",
          "logement");

  @Parameters(
      index = "0",
      paramLabel = "TERRITOIRE",
      description = "The territory folder (CSV and GeoJSON files, optional territoire.yaml).")
  Path folder;

  @Option(
      names = "--strict",
      description =
          "Stop at the first row that would be skipped, instead of counting and going on.")
  boolean strict;

  LoadOptions loadOptions(ProgressListener progress) {
    return new LoadOptions(
        strict,
        s -> {
          String k = s.strip().toLowerCase(Locale.ROOT);
          return THEME_IDS.contains(k) ? Optional.of(k) : Optional.empty();
        },
        progress);
  }

  Territory load(CommonOptions common, PrintWriter err) {
    ProgressListener progress = Progress.on(err, common);
    try {
      return TerritoryLoader.load(folder, loadOptions(progress));
    } finally {
      Progress.done(progress);
    }
  }
}
