package fr.raquette.cli;

import fr.raquette.Version;
import fr.raquette.action.Scenario;
import fr.raquette.action.ScenarioApplier;
import fr.raquette.action.Simulation;
import fr.raquette.analysis.DiagnosisOptions;
import fr.raquette.i18n.Messages;
import fr.raquette.report.ActionReport;
import fr.raquette.report.ChangeMap;
import fr.raquette.report.CsvDialect;
import fr.raquette.report.DiagnosisWriter;
import fr.raquette.report.OutputFolder;
import fr.raquette.report.ReportFormat;
import fr.raquette.report.Text;
import fr.raquette.report.map.MapStyle;
import fr.raquette.territory.Territory;
import fr.raquette.themes.ThemeCatalog;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code raquette simulate}: the diagnosis re-run with services added or removed, and what it
 * changes.
 */
@Command(
    name = "simulate",
    aliases = {"simuler"},
    sortOptions = false)
public final class SimulateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin TerritoryOptions territory;
  @Mixin AnalysisOptions analysis;
  @Mixin CommonOptions common;
  @Mixin OutputFileOptions output;

  @Option(
      names = {"--ajout", "--add"},
      descriptionKey = "ajout",
      paramLabel = "THEME:COMMUNE[:N]")
  List<String> adds = new ArrayList<>();

  @Option(
      names = {"--retrait", "--remove"},
      descriptionKey = "retrait",
      paramLabel = "THEME:COMMUNE[:N]")
  List<String> removes = new ArrayList<>();

  @Option(
      names = {"--rapport-apres", "--report-after"},
      descriptionKey = "rapport-apres",
      paramLabel = "DOSSIER")
  Path reportAfter;

  @Option(
      names = {"--carte", "--map"},
      descriptionKey = "carte",
      paramLabel = "FICHIER.svg|.png")
  Path map;

  @Mixin ActionOutputOptions formats;

  @Override
  public Integer call() {
    Messages m = common.messages();
    Scenario scenario = scenario(m);
    CsvDialect dialect = formats.dialect();
    Path target = output.target(spec.commandLine());
    PrintWriter err = spec.commandLine().getErr();
    if (reportAfter != null) {
      OutputFolder.check(reportAfter, output.force, OutputFolder.Kind.REPORT);
    }
    ThemeCatalog catalog = territory.catalog();
    Territory t = ActionFormat.usable(territory, common, err);
    if (t == null) {
      return ExitCode.BAD_DATA;
    }
    DiagnosisOptions options = ActionFormat.options(spec, analysis, catalog, territory.folder);
    Simulation s;
    try {
      s = common.workers().run(() -> Simulation.run(t, catalog, options, scenario));
    } catch (ScenarioApplier.ScenarioException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), m.get("action.scenario." + e.key(), e.argument()));
    }
    String text =
        formats.csv()
            ? ActionReport.csv(s.diff(), dialect)
            : new ActionReport(m).simulation(ActionFormat.name(t), s);
    output.write(target, text, spec.commandLine().getOut());
    ActionFormat.written(target, common, err, m);
    if (map != null) {
      Text x = new Text(common.locale());
      byte[] bytes =
          map.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png")
              ? ChangeMap.png(ActionFormat.name(t), s, x)
              : ChangeMap.svg(ActionFormat.name(t), s, x).getBytes(StandardCharsets.UTF_8);
      OutputFolder.writeFile(map, bytes, output.force);
      ActionFormat.written(map, common, err, m);
    }
    if (reportAfter != null) {
      // The diagnosis as the scenario makes it, written as "diagnose" would (text and tables, no
      // maps): "compare" reads it against the report of the territory as it is.
      DiagnosisWriter.write(
          s.after(),
          reportAfter,
          new DiagnosisWriter.Settings(
              EnumSet.of(ReportFormat.MD, ReportFormat.CSV),
              new Text(common.locale()),
              dialect,
              Version.get(),
              MapStyle.parse("classes"),
              output.force,
              Map.of("scenario", String.join(" ", scenarioText()))));
      ActionFormat.written(reportAfter, common, err, m);
    }
    return ExitCode.OK;
  }

  /** The scenario as asked, for the record of the diagnosis written after it. */
  private List<String> scenarioText() {
    List<String> out = new ArrayList<>();
    adds.forEach(a -> out.add("--ajout " + a));
    removes.forEach(r -> out.add("--retrait " + r));
    return out;
  }

  private Scenario scenario(Messages m) {
    if (adds.isEmpty() && removes.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), m.get("action.scenario.empty"));
    }
    List<Scenario.Change> changes = new ArrayList<>();
    try {
      for (String a : adds) {
        changes.add(parse(Scenario.Kind.ADD, a, m));
      }
      for (String r : removes) {
        changes.add(parse(Scenario.Kind.REMOVE, r, m));
      }
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    return new Scenario(changes);
  }

  private static Scenario.Change parse(Scenario.Kind kind, String text, Messages m) {
    try {
      return Scenario.parse(kind, text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(m.get("action.scenario." + e.getMessage(), text), e);
    }
  }
}
