package fr.raquette.cli;

import fr.raquette.analysis.DiagnosisOptions;
import fr.raquette.i18n.Messages;
import fr.raquette.territory.Territory;
import fr.raquette.themes.ThemeCatalog;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The output format of the commands that act on a diagnosis (simulate, suggest, compare), and the
 * steps they share with {@code gaps}: a usable territory, the analysis options, the "written" line.
 */
enum ActionFormat {
  MD,
  CSV;

  /** The loaded territory, or null after its problems were printed (exit 3). */
  static Territory usable(TerritoryOptions territory, CommonOptions common, PrintWriter err) {
    return territory.loadUsable(common, err, null, null);
  }

  static DiagnosisOptions options(
      CommandSpec spec, AnalysisOptions analysis, ThemeCatalog catalog, Path folder) {
    return analysis.forTerritory(spec, catalog, folder);
  }

  static String name(Territory t) {
    return t.name();
  }

  static void written(Path target, CommonOptions common, PrintWriter err, Messages m) {
    if (target != null && !common.quiet) {
      err.println(m.get("action.written", target));
      err.flush();
    }
  }
}
