package fr.raquette.cli;

import fr.raquette.i18n.Lang;
import java.util.Map;
import java.util.Optional;

/**
 * {@code --lang} found wherever it stands on the command line (before or after the subcommand), so
 * that the help, the parse errors and the run all speak one language, chosen before picocli reads
 * anything. Without it, the environment ({@code LC_ALL}, {@code LANG}) decides.
 */
final class LangArgument {
  /** The language asked for, or the value given that is not a language. */
  record Choice(Lang lang, String refused) {
    boolean valid() {
      return refused == null;
    }
  }

  private LangArgument() {}

  static Choice find(String[] args, Map<String, String> env) {
    String given = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--")) {
        break;
      }
      if (a.equals("--lang")) {
        given = i + 1 < args.length ? args[++i] : "";
      } else if (a.startsWith("--lang=")) {
        given = a.substring("--lang=".length());
      }
    }
    if (given == null) {
      return new Choice(Lang.fromEnvironment(env), null);
    }
    Optional<Lang> lang = Lang.parse(given);
    return lang.isPresent() ? new Choice(lang.get(), null) : new Choice(Lang.FR, given);
  }
}
