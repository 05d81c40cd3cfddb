package fr.raquette.cli;

import fr.raquette.action.ClassRow;
import fr.raquette.action.DiagnosisDiff;
import fr.raquette.action.ReportReader;
import fr.raquette.i18n.Messages;
import fr.raquette.report.ActionReport;
import fr.raquette.report.CsvDialect;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code raquette compare}: what changed between two diagnoses of one perimeter. */
@Command(
    name = "compare",
    aliases = {"comparer"},
    sortOptions = false)
public final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin OutputFileOptions output;

  @Parameters(index = "0", paramLabel = "RAPPORT_A", descriptionKey = "compare.before")
  Path before;

  @Parameters(index = "1", paramLabel = "RAPPORT_B", descriptionKey = "compare.after")
  Path after;

  @Option(
      names = {"--accepter-differences", "--allow-differences"},
      descriptionKey = "accepter-differences")
  boolean allowDifferences;

  @Mixin ActionOutputOptions formats;

  @Override
  public Integer call() {
    Messages m = common.messages();
    CsvDialect dialect = formats.dialect(spec);
    Path target = output.target(spec.commandLine());
    PrintWriter err = spec.commandLine().getErr();
    List<ClassRow> a = ReportReader.read(before);
    List<ClassRow> b = ReportReader.read(after);
    DiagnosisDiff d = DiagnosisDiff.of(a, b);
    List<String> notes = new ArrayList<>();
    if (!d.samePerimeter()) {
      String why = m.get("action.compare.perimeter", d.onlyBefore().size(), d.onlyAfter().size());
      if (!allowDifferences) {
        err.println(m.get("action.compare.refused", why));
        err.flush();
        return ExitCode.BAD_DATA;
      }
      notes.add(why);
    }
    String text =
        formats.csv()
            ? ActionReport.csv(d, dialect)
            : new ActionReport(m).comparison(before.toString(), after.toString(), d, notes);
    output.write(target, text, spec.commandLine().getOut());
    ActionFormat.written(target, common, err, m);
    return ExitCode.OK;
  }
}
