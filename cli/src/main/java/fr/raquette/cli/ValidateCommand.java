package fr.raquette.cli;

import fr.raquette.i18n.Messages;
import fr.raquette.io.Problem;
import fr.raquette.report.Text;
import fr.raquette.report.ValidationSummary;
import fr.raquette.territory.Territory;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code raquette validate}: loads everything and says what was read, reconciled and dropped. */
@Command(
    name = "validate",
    aliases = {"valider"},
    sortOptions = false)
public final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin TerritoryOptions territory;
  @Mixin CommonOptions common;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Territory t = territory.load(common, err);
    Text x = new Text(common.locale());
    if (!common.quiet) {
      out.print(ValidationSummary.render(t, x));
    }
    printProblems(t, common, out, x);
    out.flush();
    if (!t.usable()) {
      err.println(common.messages().get("validate.unusable"));
      err.flush();
      return ExitCode.BAD_DATA;
    }
    return ExitCode.OK;
  }

  /**
   * For the commands that go on after loading: how many warnings there were (rows skipped, values
   * repaired), so that nothing is skipped without a word; each of them with --verbose.
   */
  static void tellWarnings(
      Territory t, CommonOptions common, PrintWriter err, Text x, java.nio.file.Path folder) {
    long n = t.problems().stream().filter(p -> p.severity() == Problem.Severity.WARNING).count();
    if (n == 0 || common.quiet) {
      return;
    }
    if (common.verbose) {
      printProblems(t, common, err, x);
    }
    err.println(common.messages().get("validate.warnings", n, folder));
    err.flush();
  }

  /** Errors and warnings always; what the tool did on its own only with --verbose. */
  static void printProblems(Territory t, CommonOptions common, PrintWriter out, Text x) {
    long shown =
        t.problems().stream()
            .filter(p -> common.verbose || p.severity() != Problem.Severity.INFO)
            .count();
    if (shown == 0 || common.quiet && t.usable()) {
      return;
    }
    Messages m = common.messages();
    out.println(m.get("validate.notes"));
    for (Problem p : t.problems()) {
      if (p.severity() == Problem.Severity.INFO && !common.verbose) {
        continue;
      }
      out.println(p.location() + ": " + tag(p, m) + ": " + p.message());
    }
    long infos = t.problems().size() - shown;
    if (infos > 0) {
      out.println(m.get("validate.more.infos", infos));
    }
  }

  /** The word before a problem: erreur, attention, info. */
  static String tag(Problem p, Messages m) {
    return m.get("problem." + p.severity().name().toLowerCase(java.util.Locale.ROOT));
  }
}
