package fr.raquette.cli;

import fr.raquette.access.Method;
import fr.raquette.analysis.DiagnosisOptions;
import fr.raquette.load.Manifest;
import fr.raquette.themes.ThemeCatalog;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options of the analysis, shared by diagnose and gaps. */
public final class AnalysisOptions {
  @Option(
      names = "--theme",
      split = ",",
      paramLabel = "THEME",
      description =
          "Only these themes (ids, French or English labels, accents optional): sante,"
              + " alimentation, mobilite, numerique, insertion, longevite, handicap, isolement,"
              + " famille, logement. Default: all.")
  List<String> themes = new ArrayList<>();

  @Option(
      names = "--method",
      paramLabel = "METHODE",
      description =
          "Accessibility method: e2sfca (default; distance-decay bands), 2sfca (one catchment)"
              + " or 3sfca (with competition between supplies). Default: the manifest's"
              + " 'methode', else e2sfca.")
  String method;

  @Option(
      names = "--actors-radius",
      paramLabel = "KM",
      description = "How far to look for actors to mobilise around a gap (default 30 km).")
  Double actorsRadius;

  DiagnosisOptions toOptions(ThemeCatalog catalog, Manifest.Parameters manifest) {
    List<String> ids = new ArrayList<>();
    for (String t : themes) {
      ids.add(
          catalog
              .resolveThemeId(t)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "unknown theme '" + t + "'; expected one of " + catalog.ids())));
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
    return new DiagnosisOptions(m, ids, radius, 5);
  }
}
