package fr.raquette.cli;

import fr.raquette.load.ProgressListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Progress on stderr, only when a person watches: stderr is a terminal and neither --quiet nor
 * piped. One line, rewritten in place.
 */
final class Progress implements ProgressListener {
  /** Redraws at most this often, so a stage reporting every row does not flood the terminal. */
  private static final long MIN_INTERVAL_NANOS = 100_000_000L;

  private final PrintWriter err;
  private String last = "";
  private long lastDrawn;
  private boolean shown;

  private Progress(PrintWriter err) {
    this.err = err;
  }

  static ProgressListener on(PrintWriter err, CommonOptions common) {
    if (common.quiet || System.console() == null || !stderrIsTerminal()) {
      return ProgressListener.NONE;
    }
    return new Progress(err);
  }

  /**
   * System.console() only says that stdin and stdout are a terminal; with {@code 2>log} the
   * progress would land in the log. On Linux, /proc tells where stderr goes; elsewhere, trust the
   * console.
   */
  private static boolean stderrIsTerminal() {
    Path fd = Path.of("/proc/self/fd/2");
    if (!Files.exists(fd, LinkOption.NOFOLLOW_LINKS)) {
      return true;
    }
    try {
      String to = Files.readSymbolicLink(fd).toString();
      return to.startsWith("/dev/pts/") || to.startsWith("/dev/tty") || to.equals("/dev/console");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return true;
    }
  }

  /**
   * Erases the progress line, so that what the command prints next starts on a clean line. Call it
   * when the long work is over, whatever the listener (does nothing for {@link #NONE}).
   */
  static void done(ProgressListener listener) {
    if (listener instanceof Progress p && p.shown) {
      p.err.print("\r\033[K");
      p.err.flush();
      p.shown = false;
      p.last = "";
    }
  }

  @Override
  public void progress(String stage, long done, long total) {
    String line = total > 0 ? stage + " " + done + "/" + total : stage + "…";
    boolean finished = total > 0 && done >= total;
    long now = System.nanoTime();
    if (line.equals(last) || !finished && shown && now - lastDrawn < MIN_INTERVAL_NANOS) {
      return;
    }
    last = line;
    lastDrawn = now;
    String text = line.length() > 78 ? line.substring(0, 77) + "…" : line;
    err.print("\r\033[K" + text);
    shown = true;
    if (finished) {
      err.print("\r\033[K");
      shown = false;
    }
    err.flush();
  }
}
