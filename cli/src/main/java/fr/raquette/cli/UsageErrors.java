package fr.raquette.cli;

import fr.raquette.i18n.Messages;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Picocli's own parse errors are English sentences: the frequent ones are said again from the
 * catalogue; those Raquette raises itself are already in the run's language.
 */
final class UsageErrors {
  private static final Pattern INVALID =
      Pattern.compile("Invalid value for (?:option|positional parameter) '([^']+)'(?:[^:]*): (.*)");

  private UsageErrors() {}

  static String describe(CommandLine.ParameterException ex, Messages m) {
    if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      return m.get("cli.usage.unknown", String.join(" ", u.getUnmatched()));
    }
    if (ex instanceof CommandLine.MissingParameterException mp && !mp.getMissing().isEmpty()) {
      return m.get(
          "cli.usage.missing",
          mp.getMissing().stream().map(UsageErrors::name).collect(Collectors.joining(", ")));
    }
    if (ex instanceof CommandLine.OverwrittenOptionException o && o.getOverwritten() != null) {
      return m.get("cli.usage.twice", name(o.getOverwritten()));
    }
    String message = ex.getMessage() == null ? "" : ex.getMessage();
    Matcher invalid = INVALID.matcher(message);
    if (invalid.matches()) {
      return m.get("cli.usage.invalid", invalid.group(1), invalid.group(2));
    }
    return message;
  }

  private static String name(ArgSpec a) {
    return a instanceof OptionSpec o ? o.longestName() : a.paramLabel();
  }
}
