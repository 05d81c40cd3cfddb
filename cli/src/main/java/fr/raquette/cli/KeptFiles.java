package fr.raquette.cli;

import fr.raquette.i18n.Messages;
import fr.raquette.report.OutputFolder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Names the files of the target folder that a {@code --force} run keeps: before the run when the
 * folder's marker lists what Raquette wrote, after it when the marker is of an earlier version that
 * listed nothing (what is kept then depends on what the new run writes).
 */
final class KeptFiles {
  private static final int SHOWN = 20;

  private KeptFiles() {}

  /** Before the run: the files kept, or that they will be named at the end. */
  static void tell(
      PrintWriter err, Messages m, Path target, boolean force, OutputFolder.Kind kind) {
    if (!force) {
      return;
    }
    if (OutputFolder.listsNoFiles(target, kind)) {
      err.println(m.get("cli.force.unlisted", target));
    } else {
      List<String> kept = OutputFolder.kept(target, kind);
      if (!kept.isEmpty()) {
        err.println(m.get("cli.force.kept", target, names(m, kept)));
      }
    }
    err.flush();
  }

  /** After the run, for a folder whose marker listed no file: what was kept, exactly. */
  static void told(PrintWriter err, Messages m, Path target, boolean unlisted, List<String> kept) {
    if (unlisted && !kept.isEmpty()) {
      err.println(m.get("cli.force.kept.done", target, names(m, kept)));
      err.flush();
    }
  }

  private static String names(Messages m, List<String> kept) {
    int shown = Math.min(kept.size(), SHOWN);
    String names = String.join(", ", kept.subList(0, shown));
    if (shown < kept.size()) {
      names += m.get("cli.force.more", kept.size() - shown);
    }
    return names;
  }
}
