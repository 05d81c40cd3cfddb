package fr.raquette.cli;

import fr.raquette.i18n.Lang;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The top command: only lists the subcommands. It holds the run's language, found by {@link
 * LangArgument} before parsing, and its limit on input files; its help and every subcommand's come
 * from the help bundle ({@code fr/raquette/cli/help.properties}, {@code help_en.properties}).
 */
@Command(
    name = "raquette",
    mixinStandardHelpOptions = true,
    // --help and --version on every subcommand too.
    scope = CommandLine.ScopeType.INHERIT,
    versionProvider = VersionProvider.class)
public final class RaquetteCommand implements Runnable {
  /** The subcommands, in the order the help lists them. */
  static final List<Class<?>> SUBCOMMANDS =
      List.of(
          ValidateCommand.class,
          DiagnoseCommand.class,
          GapsCommand.class,
          ActorsCommand.class,
          InitCommand.class,
          AccessCommand.class,
          SimulateCommand.class,
          SuggestCommand.class,
          CompareCommand.class,
          ReferenceCommand.class);

  /**
   * The subcommands this command line needs: the one it names, or all of them when it names none
   * (the top help lists them, a misspelt name gets suggestions). Picocli reads the options of every
   * subcommand it is given, through reflection and its own classes compiled for Java 5, which the
   * JVM verifies on every run: building the nine a run does not use took a noticeable share of the
   * start-up of a small territory.
   */
  static List<Class<?>> subcommandsFor(String[] args) {
    String named = firstWord(args);
    for (Class<?> c : SUBCOMMANDS) {
      if (c.getAnnotation(Command.class).name().equals(named)) {
        return List.of(c);
      }
    }
    return SUBCOMMANDS;
  }

  /** The first argument that is neither an option of this command nor the value of one. */
  private static String firstWord(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--lang")) {
        i++;
      } else if (!a.startsWith("-")) {
        return a;
      } else if (a.equals("--")) {
        return null;
      }
    }
    return null;
  }

  @Spec CommandSpec spec;

  /** Accepted here too ({@code raquette --lang en validate …}); already read by Main. */
  @Option(
      names = "--lang",
      paramLabel = "fr|en",
      descriptionKey = "lang",
      scope = CommandLine.ScopeType.LOCAL)
  Lang given;

  private final Lang lang;
  private final long maxFileBytes;

  public RaquetteCommand() {
    this(Lang.FR, fr.raquette.io.TextFile.DEFAULT_MAX_BYTES);
  }

  RaquetteCommand(Lang lang, long maxFileBytes) {
    this.lang = lang;
    this.maxFileBytes = maxFileBytes;
  }

  private Workers workers;

  /** The run's threads, made on first use ({@link Workers}). */
  synchronized Workers workers() {
    if (workers == null) {
      workers = new Workers();
    }
    return workers;
  }

  /** Ends the run's threads, if any were made. */
  synchronized void closeWorkers() {
    if (workers != null) {
      workers.close();
      workers = null;
    }
  }

  /** The most bytes one input file may hold in this run ({@link Main#maxFileBytes}). */
  long maxFileBytes() {
    return maxFileBytes;
  }

  /** The language of this run. */
  Lang lang() {
    return lang;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
