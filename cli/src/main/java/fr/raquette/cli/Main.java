package fr.raquette.cli;

import fr.raquette.io.DataException;
import fr.raquette.io.OutputException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Entry point. The streams are passed in so that tests run the whole tool and capture everything;
 * every exception is turned into an exit code here and nowhere else.
 */
public final class Main {
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
    CommandLine cl = commandLine(out, err);
    try {
      return cl.execute(args);
    } catch (OutOfMemoryError e) {
      err.println(
          "raquette: out of memory; give Java more with JAVA_OPTS=-Xmx4g, or work on a smaller"
              + " perimeter");
      err.flush();
      return ExitCode.BAD_DATA;
    }
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new RaquetteCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setUsageHelpAutoWidth(false);
    cl.setExecutionExceptionHandler(Main::handle);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          PrintWriter e = ex.getCommandLine().getErr();
          e.println("raquette: " + ex.getMessage());
          e.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          e.flush();
          return ExitCode.USAGE;
        });
    return cl;
  }

  private static int handle(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
    PrintWriter err = cl.getErr();
    boolean verbose = isVerbose(parsed);
    int code;
    if (ex instanceof CommandLine.ParameterException pe) {
      err.println("raquette: " + pe.getMessage());
      err.println("Try '" + pe.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      code = ExitCode.USAGE;
    } else if (ex instanceof DataException de) {
      err.println(de.problem());
      code = ExitCode.BAD_DATA;
    } else if (ex instanceof OutputException oe) {
      err.println("raquette: " + oe.getMessage());
      code = ExitCode.CANNOT_WRITE;
    } else {
      err.println(
          "raquette: internal error ("
              + ex
              + "). This is a bug: please report it with the output of --verbose.");
      code = ExitCode.BUG;
    }
    if (verbose) {
      ex.printStackTrace(err);
    }
    err.flush();
    return code;
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
