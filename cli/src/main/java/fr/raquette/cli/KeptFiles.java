package fr.raquette.cli;

import fr.raquette.report.OutputFolder;
import fr.raquette.report.Text;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Names, before a --force run, the files of the target folder that Raquette did not write. */
final class KeptFiles {
  private KeptFiles() {}

  static void tell(PrintWriter err, Text x, Path target, boolean force, OutputFolder.Kind kind) {
    if (!force) {
      return;
    }
    List<String> kept = OutputFolder.kept(target, kind);
    if (kept.isEmpty()) {
      return;
    }
    int shown = Math.min(kept.size(), 20);
    String names = String.join(", ", kept.subList(0, shown));
    if (shown < kept.size()) {
      names +=
          x.t(
              " et " + (kept.size() - shown) + " autre(s)",
              " and " + (kept.size() - shown) + " more");
    }
    err.println(
        x.t(
            "raquette : attention : --force ne remplace que les fichiers écrits par Raquette ; gardés"
                + " tels quels dans "
                + target
                + " : "
                + names,
            "raquette: warning: --force only replaces the files Raquette wrote; kept as they are in "
                + target
                + ": "
                + names));
    err.flush();
  }
}
