package fr.raquette.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/** Options every command shares, as a picocli mixin. */
public final class CommonOptions {
  @Option(
      names = {"-v", "--verbose"},
      description = "Print more detail, and the stack trace of an error.")
  boolean verbose;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print only errors (no summary, no progress).")
  boolean quiet;

  @Option(
      names = "--lang",
      paramLabel = "fr|en",
      defaultValue = "fr",
      description = "Language of reports and messages: fr (default) or en.")
  String lang;

  Locale locale() {
    return "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.FRENCH;
  }
}
