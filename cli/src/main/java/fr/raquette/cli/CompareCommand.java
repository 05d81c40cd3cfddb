package fr.raquette.cli;

import fr.raquette.action.ClassRow;
import fr.raquette.action.DiagnosisDiff;
import fr.raquette.action.DiagnosisMethod;
import fr.raquette.action.Followed;
import fr.raquette.action.ReportReader;
import fr.raquette.i18n.Messages;
import fr.raquette.report.ActionReport;
import fr.raquette.report.CsvDialect;
import fr.raquette.report.FollowUp;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    CsvDialect dialect = formats.dialect();
    Path target = output.target(spec.commandLine());
    PrintWriter err = spec.commandLine().getErr();
    List<ClassRow> a = ReportReader.read(before);
    List<ClassRow> b = ReportReader.read(after);
    DiagnosisDiff d = DiagnosisDiff.of(a, b);
    List<String> differences = new ArrayList<>();
    if (!d.samePerimeter()) {
      differences.add(
          m.get("action.compare.perimeter", d.onlyBefore().size(), d.onlyAfter().size()));
    }
    List<String> notes = new ArrayList<>();
    method(m, differences, notes);
    if (!differences.isEmpty()) {
      if (!allowDifferences) {
        err.println(m.get("action.compare.refused", String.join(" ; ", differences)));
        err.flush();
        return ExitCode.BAD_DATA;
      }
      notes.addAll(0, differences);
    }
    List<Followed> followed = followed(b);
    String text =
        formats.csv()
            ? ActionReport.csv(d, dialect)
            : new ActionReport(m)
                .comparison(before.toString(), after.toString(), d, notes, followed);
    output.write(target, text, spec.commandLine().getOut());
    ActionFormat.written(target, common, err, m);
    return ExitCode.OK;
  }

  /**
   * What the two reports record of their method ({@code diagnostic.json}): the differences that
   * refuse the comparison, the notes the report shows (an old report, a simulated one).
   */
  private void method(Messages m, List<String> differences, List<String> notes) {
    Optional<DiagnosisMethod> ma = DiagnosisMethod.read(before);
    Optional<DiagnosisMethod> mb = DiagnosisMethod.read(after);
    if (ma.isEmpty() || mb.isEmpty()) {
      notes.add(m.get("action.compare.unrecorded", (ma.isEmpty() ? before : after).toString()));
    } else {
      List<String> what = new ArrayList<>();
      ma.get()
          .differences(mb.get())
          .forEach(
              (key, values) ->
                  what.add(
                      m.get(
                          "action.compare.differs",
                          m.get("action.compare.key." + key),
                          shortened(values.get(0)),
                          shortened(values.get(1)))));
      if (!what.isEmpty()) {
        differences.add(m.get("action.compare.method", String.join(", ", what)));
      }
    }
    for (Path p : List.of(before, after)) {
      DiagnosisMethod.read(p)
          .map(x -> x.fields().get("scenario"))
          .ifPresent(s -> notes.add(m.get("action.compare.scenario", p.toString(), s)));
    }
  }

  /** A SHA-256 shown by its first 12 digits, as git does; other values as they are. */
  private static String shortened(String v) {
    return v.matches("[0-9a-f]{64}") ? v.substring(0, 12) + "…" : v.isEmpty() ? "—" : v;
  }

  /** The first report's follow-up indicators against the second's rows; null without suivi.csv. */
  private List<Followed> followed(List<ClassRow> b) {
    Path folder = Files.isDirectory(before) ? before : before.getParent();
    Path file = folder == null ? null : folder.resolve(FollowUp.FILE);
    if (file == null || !Files.isRegularFile(file)) {
      return null;
    }
    return Followed.of(ReportReader.read(file), b);
  }
}
