package fr.raquette.cli;

import fr.raquette.i18n.Lang;
import fr.raquette.i18n.Messages;
import fr.raquette.io.DataException;
import fr.raquette.io.OutputException;
import fr.raquette.io.TextFile;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * Entry point. The streams are passed in so that tests run the whole tool and capture everything;
 * every exception is turned into an exit code here and nowhere else.
 */
public final class Main {
  /** The help of every command and option, as picocli reads it (keys in its own style). */
  static final String HELP_BUNDLE = "fr.raquette.cli.help";

  // PNG maps are drawn with Java2D, which needs no display: said once, before any AWT class
  // initialises its toolkit (a property given on the command line wins).
  static {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the tool as the command line would, and returns its exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, System.getenv());
  }

  /**
   * Runs the tool with this environment ({@code LC_ALL}, {@code LANG} choose the language when
   * {@code --lang} is absent).
   */
  public static int run(
      String[] args, PrintWriter rawOut, PrintWriter rawErr, Map<String, String> env) {
    return run(args, rawOut, rawErr, env, maxFileBytes(System.getProperty(MAX_FILE_BYTES)));
  }

  /**
   * Runs the tool with this environment and this limit on one input file (by default the property
   * {@link #MAX_FILE_BYTES}).
   */
  public static int run(
      String[] args,
      PrintWriter rawOut,
      PrintWriter rawErr,
      Map<String, String> env,
      long maxFileBytes) {
    // Whatever is printed, data included, cannot drive the terminal (TerminalSafeWriter).
    PrintWriter out = new PrintWriter(new TerminalSafeWriter(rawOut), true);
    PrintWriter err = new PrintWriter(new TerminalSafeWriter(rawErr), true);
    LangArgument.Choice choice = LangArgument.find(args, env);
    Messages m = Messages.of(choice.lang());
    if (!choice.valid()) {
      err.println(m.get("cli.lang.refused", choice.refused()));
      err.println(m.get("cli.try.help", "raquette"));
      err.flush();
      return ExitCode.USAGE;
    }
    // Messages made far from here (problems found while loading) speak the run's language.
    Messages.use(choice.lang());
    CommandLine cl =
        commandLine(out, err, choice.lang(), maxFileBytes, RaquetteCommand.subcommandsFor(args));
    try {
      return execute(cl, args, m, err);
    } finally {
      ((RaquetteCommand) cl.getCommand()).closeWorkers();
      out.flush();
      err.flush();
      Messages.use(Lang.FR);
    }
  }

  /**
   * Runs the parsed command. Running out of memory is no bug of the data nor of Raquette: the
   * message says how much Java had and how to give it more through {@code bin/raquette}.
   */
  static int execute(CommandLine cl, String[] args, Messages m, PrintWriter err) {
    try {
      return cl.execute(args);
    } catch (OutOfMemoryError e) {
      return outOfMemory(m, err);
    }
  }

  /** The advice on running out of memory; its exit code is {@link ExitCode#BAD_DATA}. */
  static int outOfMemory(Messages m, PrintWriter err) {
    long maxMb = Runtime.getRuntime().maxMemory() >> 20;
    // Twice the heap Java had, in whole gigabytes, at least 2.
    long advisedGb = Math.max(2, (2 * maxMb + 1023) / 1024);
    err.println(m.get("cli.out.of.memory", maxMb, advisedGb));
    err.flush();
    return ExitCode.BAD_DATA;
  }

  /** Whether this exception is, or was caused by, running out of memory (in a worker thread). */
  static boolean outOfMemory(Throwable t) {
    Throwable c = t;
    for (int depth = 0; c != null && depth < 20; c = c.getCause(), depth++) {
      if (c instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }

  /**
   * The property by which a user raises the limit on one input file ({@code
   * JAVA_OPTS=-Draquette.maxFileBytes=N}, as the "too large" message says): read here, once a run,
   * and passed down in the commands' options.
   */
  static final String MAX_FILE_BYTES = "raquette.maxFileBytes";

  /** The limit given as the property's value; the default when absent or not a number. */
  static long maxFileBytes(String value) {
    if (value == null || value.isBlank()) {
      return TextFile.DEFAULT_MAX_BYTES;
    }
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      return TextFile.DEFAULT_MAX_BYTES;
    }
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err, Lang lang) {
    return commandLine(out, err, lang, TextFile.DEFAULT_MAX_BYTES, RaquetteCommand.SUBCOMMANDS);
  }

  /** The command line with these subcommands; every setting below reaches them (added first). */
  static CommandLine commandLine(
      PrintWriter out, PrintWriter err, Lang lang, long maxFileBytes, List<Class<?>> subcommands) {
    CommandLine cl = new CommandLine(new RaquetteCommand(lang, maxFileBytes));
    // No lambda or method reference for picocli below: the CDS archive (cli/pom.xml) is dumped from
    // the class list of a run, and a lambda listed there is spun at dump time, which links the
    // picocli class or interface it involves; picocli is compiled for Java 5, and such a class,
    // once linked at dump time, is left out of the archive with everything that implements it
    // (picocli.CommandLine and 35 others were read from the jar on every run). Named classes
    // instead.
    for (Class<?> subcommand : subcommands) {
      cl.addSubcommand(subcommand);
    }
    cl.setResourceBundle(Messages.bundle(HELP_BUNDLE, lang));
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    // NaN and infinities are refused for every number option (--min-severity NaN kept nothing).
    FiniteDouble finite = new FiniteDouble();
    cl.registerConverter(Double.class, finite);
    cl.registerConverter(Double.TYPE, finite);
    cl.setUsageHelpAutoWidth(false);
    cl.setExecutionExceptionHandler(new ExecutionErrors());
    cl.setParameterExceptionHandler(new UsageErrorHandler(lang));
    return cl;
  }

  /** Says a usage error in the run's language (see {@link #usage}). */
  private static final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
    private final Lang lang;

    UsageErrorHandler(Lang lang) {
      this.lang = lang;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
      PrintWriter e = ex.getCommandLine().getErr();
      usage(ex, e, Messages.of(lang));
      e.flush();
      return ExitCode.USAGE;
    }
  }

  /** Turns what a command threw into a message and an exit code ({@link #handle}). */
  private static final class ExecutionErrors implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(
        Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
      return handle(ex, cl, parsed);
    }
  }

  /** A number option's value: a finite double ({@link #finite}). */
  private static final class FiniteDouble implements CommandLine.ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      return finite(value);
    }
  }

  /** A usage error: what is wrong, in the run's language, and where to find the help. */
  private static void usage(CommandLine.ParameterException ex, PrintWriter err, Messages m) {
    err.println(m.get("cli.error", UsageErrors.describe(ex, m)));
    err.println(m.get("cli.try.help", ex.getCommandLine().getCommandSpec().qualifiedName()));
  }

  private static int handle(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
    PrintWriter err = cl.getErr();
    Messages m = Messages.of(((RaquetteCommand) cl.getCommandSpec().root().userObject()).lang());
    boolean verbose = isVerbose(parsed);
    int code;
    if (ex instanceof CommandLine.ParameterException pe) {
      usage(pe, err, m);
      code = ExitCode.USAGE;
    } else if (ex instanceof DataException de) {
      err.println(de.problem());
      code = ExitCode.BAD_DATA;
    } else if (ex instanceof OutputException oe) {
      err.println(m.get("cli.error", oe.getMessage()));
      code = ExitCode.CANNOT_WRITE;
    } else if (outOfMemory(ex)) {
      code = outOfMemory(m, err);
    } else {
      err.println(m.get("cli.bug", String.valueOf(ex)));
      code = ExitCode.BUG;
    }
    if (verbose) {
      ex.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  private static Double finite(String value) {
    double d;
    try {
      d = Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      throw new CommandLine.TypeConversionException(Messages.text("option.not.number", value));
    }
    if (!Double.isFinite(d)) {
      throw new CommandLine.TypeConversionException(Messages.text("option.not.finite", value));
    }
    return d;
  }

  private static boolean isVerbose(CommandLine.ParseResult parsed) {
    for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
