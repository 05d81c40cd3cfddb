package fr.raquette.cli;

import fr.raquette.i18n.Lang;
import fr.raquette.i18n.Messages;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options every command shares, as a picocli mixin. */
public final class CommonOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(names = {"-v", "--verbose"})
  boolean verbose;

  @Option(names = {"-q", "--quiet"})
  boolean quiet;

  /** Parsed here so that it is accepted after the subcommand; Main read it before. */
  @Option(names = "--lang", paramLabel = "fr|en")
  Lang given;

  /** The language of this run: {@code --lang} wherever it was, else the environment's. */
  Lang lang() {
    if (mixee != null && mixee.root().userObject() instanceof RaquetteCommand top) {
      return top.lang();
    }
    return given != null ? given : Lang.FR;
  }

  /**
   * The run's threads, owned by the top command and closed by {@link Main}; a pool of this command
   * alone when it runs without the top command (never closed: its threads are daemons).
   */
  Workers workers() {
    if (mixee != null && mixee.root().userObject() instanceof RaquetteCommand top) {
      return top.workers();
    }
    if (own == null) {
      own = new Workers();
    }
    return own;
  }

  private Workers own;

  /** The most bytes one input file may hold in this run ({@link Main#maxFileBytes}). */
  long maxFileBytes() {
    if (mixee != null && mixee.root().userObject() instanceof RaquetteCommand top) {
      return top.maxFileBytes();
    }
    return fr.raquette.io.TextFile.DEFAULT_MAX_BYTES;
  }

  Locale locale() {
    return lang().locale();
  }

  /** The message catalogue in the run's language. */
  Messages messages() {
    return Messages.of(lang());
  }
}
