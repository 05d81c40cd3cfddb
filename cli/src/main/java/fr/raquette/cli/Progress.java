package fr.raquette.cli;

import fr.raquette.load.ProgressListener;
import java.io.PrintWriter;

/**
 * Progress on stderr, only when a person watches: stderr is a terminal and neither --quiet nor
 * piped. One line, rewritten in place.
 */
final class Progress implements ProgressListener {
  private final PrintWriter err;
  private String last = "";

  private Progress(PrintWriter err) {
    this.err = err;
  }

  static ProgressListener on(PrintWriter err, CommonOptions common) {
    if (common.quiet || System.console() == null) {
      return ProgressListener.NONE;
    }
    return new Progress(err);
  }

  @Override
  public void progress(String stage, long done, long total) {
    String line = total > 0 ? stage + " " + done + "/" + total : stage + "…";
    if (line.equals(last)) {
      return;
    }
    last = line;
    String shown = line.length() > 78 ? line.substring(0, 77) + "…" : line;
    err.print("\r\033[K" + shown);
    if (total > 0 && done >= total) {
      err.print("\r\033[K");
    }
    err.flush();
  }
}
