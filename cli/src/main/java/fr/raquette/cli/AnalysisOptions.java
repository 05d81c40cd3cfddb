package fr.raquette.cli;

import fr.raquette.access.Method;
import fr.raquette.analysis.DiagnosisOptions;
import fr.raquette.analysis.NationalReference;
import fr.raquette.analysis.Yardstick;
import fr.raquette.load.Manifest;
import fr.raquette.themes.ThemeCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/** Options of the analysis, shared by diagnose and gaps. */
public final class AnalysisOptions {
  /** How many actors the report lists around each gap, the nearest first (docs/methode.md § 7). */
  static final int ACTORS_PER_GAP = 5;

  @Option(names = "--theme", split = ",", paramLabel = "THEME")
  List<String> themes = new ArrayList<>();

  @Option(names = "--method", paramLabel = "METHODE")
  String method;

  @Option(names = "--actors-radius", paramLabel = "KM")
  Double actorsRadius;

  @Option(names = "--reference", paramLabel = "nationale|territoire|FICHIER")
  String reference;

  /**
   * @param folder the territory folder, against which the manifest's reference file is resolved
   */
  @Option(
      names = {"--sans-sensibilite", "--no-sensitivity"},
      descriptionKey = "sans-sensibilite")
  boolean noSensitivity;

  /**
   * The options of a diagnosis of the territory {@code folder}: these options over its manifest's
   * parameters. A theme or method that does not exist is a usage error of {@code spec}'s command.
   */
  DiagnosisOptions forTerritory(
      picocli.CommandLine.Model.CommandSpec spec, ThemeCatalog catalog, Path folder) {
    try {
      return toOptions(catalog, Manifest.of(folder).parameters(), folder);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  DiagnosisOptions toOptions(ThemeCatalog catalog, Manifest.Parameters manifest, Path folder) {
    List<String> ids = new ArrayList<>();
    for (String t : themes) {
      ids.add(
          catalog
              .resolveThemeId(t)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          fr.raquette.i18n.Messages.current()
                              .get("theme.unknown", t, String.join(", ", catalog.ids())))));
    }
    Method m =
        Method.fromId(
            method != null ? method : manifest.method() != null ? manifest.method() : "e2sfca");
    double radius =
        actorsRadius != null
            ? actorsRadius
            : manifest.actorsRadiusKm() != null
                ? manifest.actorsRadiusKm()
                : DiagnosisOptions.DEFAULT_ACTORS_RADIUS_KM;
    return new DiagnosisOptions(
        m, ids, radius, ACTORS_PER_GAP, yardstick(manifest, folder), 1, !noSensitivity);
  }

  /** --reference, else the manifest's, else the built-in national reference. */
  private Yardstick yardstick(Manifest.Parameters manifest, Path folder) {
    if (reference != null) {
      return yardstick(reference, Path.of(""));
    }
    if (manifest.reference() != null) {
      return yardstick(manifest.reference(), folder);
    }
    return Yardstick.builtIn();
  }

  private static Yardstick yardstick(String value, Path base) {
    String v = value.strip();
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "territoire", "territory" -> Yardstick.territory();
      case "nationale", "national" -> Yardstick.builtIn();
      default -> new Yardstick(NationalReference.read(base.resolve(v)));
    };
  }
}
