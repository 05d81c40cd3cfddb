package fr.raquette.cli;

import fr.raquette.action.SiteSuggestion;
import fr.raquette.analysis.DiagnosisOptions;
import fr.raquette.i18n.Messages;
import fr.raquette.io.CsvTable;
import fr.raquette.io.DataException;
import fr.raquette.io.TextFile;
import fr.raquette.report.ActionReport;
import fr.raquette.report.CsvDialect;
import fr.raquette.territory.Territory;
import fr.raquette.themes.Theme;
import fr.raquette.themes.ThemeCatalog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code raquette suggest}: where N new sites of a theme would reach the most people. */
@Command(
    name = "suggest",
    aliases = {"suggerer"},
    sortOptions = false)
public final class SuggestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin TerritoryOptions territory;
  @Mixin CommonOptions common;
  @Mixin OutputFileOptions output;

  @Option(
      names = "--theme",
      descriptionKey = "suggest.theme",
      paramLabel = "THEME",
      required = true)
  String theme;

  @Option(names = "--sites", paramLabel = "N", defaultValue = "3")
  int sites;

  @Option(
      names = {"--candidats", "--candidates"},
      descriptionKey = "candidats",
      paramLabel = "FICHIER")
  Path candidates;

  @Option(names = "--method", paramLabel = "METHODE")
  String method;

  @Mixin ActionOutputOptions formats;

  @Override
  public Integer call() {
    Messages m = common.messages();
    if (sites < 1 || sites > 100) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), m.get("action.suggest.sites", sites));
    }
    CsvDialect dialect = formats.dialect();
    Path target = output.target(spec.commandLine());
    ThemeCatalog catalog = territory.catalog();
    Theme th =
        catalog
            .resolveThemeId(theme)
            .flatMap(catalog::get)
            .orElseThrow(
                () ->
                    new CommandLine.ParameterException(
                        spec.commandLine(),
                        m.get("theme.unknown", theme, String.join(", ", catalog.ids()))));
    List<String> wanted = candidates == null ? List.of() : codes(candidates);
    PrintWriter err = spec.commandLine().getErr();
    Territory t = ActionFormat.usable(territory, common, err);
    if (t == null) {
      return ExitCode.BAD_DATA;
    }
    AnalysisOptions analysis = new AnalysisOptions();
    analysis.method = method;
    DiagnosisOptions options = ActionFormat.options(spec, analysis, catalog, territory.folder);
    SiteSuggestion s =
        common.workers().run(() -> SiteSuggestion.suggest(t, catalog, options, th, sites, wanted));
    String text =
        formats.csv()
            ? ActionReport.sitesCsv(s, dialect)
            : new ActionReport(m).suggestion(ActionFormat.name(t), s);
    output.write(target, text, spec.commandLine().getOut());
    ActionFormat.written(target, common, err, m);
    return ExitCode.OK;
  }

  /** The commune codes of a candidates file: its CODGEO or code_commune column. */
  private List<String> codes(Path file) {
    CsvTable table = CsvTable.of(TextFile.read(file, file.toString(), common.maxFileBytes()));
    int c = table.require("code_commune", "CODGEO", "code");
    List<String> codes = new ArrayList<>();
    table.forEach(
        r -> {
          String v = r.get(c);
          if (!v.isEmpty()) {
            codes.add(v);
          }
        });
    if (codes.isEmpty()) {
      throw new DataException(
          file.toString(), 1, 0, fr.raquette.i18n.Messages.current().get("action.suggest.empty"));
    }
    return codes;
  }
}
