package fr.raquette.cli;

import fr.raquette.Version;
import fr.raquette.access.Method;
import fr.raquette.analysis.NationalReference;
import fr.raquette.analysis.ReferenceComputation;
import fr.raquette.load.LoadOptions;
import fr.raquette.load.ProgressListener;
import fr.raquette.load.TerritoryLoader;
import fr.raquette.report.Text;
import fr.raquette.territory.Territory;
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

/**
 * {@code raquette reference}: the national yardstick of "à renforcer", computed from the national
 * files with the built-in themes, as shipped in core/src/main/resources/fr/raquette/themes/.
 */
@Command(
    name = "reference",
    aliases = {"referentiel"},
    sortOptions = false)
public final class ReferenceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin OutputFileOptions output;

  @Option(
      names = "--from",
      descriptionKey = "reference.from",
      required = true,
      paramLabel = "NATIONAL")
  Path from;

  @Option(
      names = "--method",
      descriptionKey = "reference.method",
      split = ",",
      paramLabel = "METHODE")
  List<String> methods = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Text x = new Text(common.locale());
    List<Method> chosen = new ArrayList<>();
    try {
      for (String m : methods) {
        Method method = Method.fromId(m);
        if (!ReferenceComputation.METHODS.contains(method)) {
          throw new IllegalArgumentException(x.msg("reference.no.fca"));
        }
        chosen.add(method);
      }
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (chosen.isEmpty()) {
      chosen.addAll(ReferenceComputation.METHODS);
    }
    Path target = output.target(spec.commandLine());
    ThemeCatalog catalog = ThemeCatalog.builtIn();
    ProgressListener shown = Progress.on(err, common);
    Workers workers = common.workers();
    LoadOptions load =
        new LoadOptions(
            false, catalog::resolveThemeId, shown, common.maxFileBytes(), workers.executor());
    Territory t;
    NationalReference ref;
    try {
      t = workers.run(() -> TerritoryLoader.load(from, load));
      if (!t.usable()) {
        Progress.done(shown);
        ValidateCommand.printProblems(t, common, err, x);
        err.println(x.msg("reference.unusable"));
        return ExitCode.BAD_DATA;
      }
      String line = commandLine(chosen);
      ref =
          workers.run(
              () -> ReferenceComputation.compute(t, catalog, chosen, line, Version.get(), shown));
    } finally {
      Progress.done(shown);
    }
    output.write(target, ref.format(), out);
    if (target != null && !common.quiet) {
      err.println(
          x.msg(
              "reference.written",
              target.toString(),
              ref.rows().size(),
              x.integer(t.communes().size())));
      err.flush();
    }
    return ExitCode.OK;
  }

  /** The command that recomputes the file, as its header says. */
  private String commandLine(List<Method> chosen) {
    StringBuilder sb = new StringBuilder("raquette reference --from ");
    sb.append(from);
    if (!chosen.equals(ReferenceComputation.METHODS)) {
      sb.append(" --method ");
      sb.append(String.join(",", chosen.stream().map(Method::id).toList()));
    }
    return sb.toString();
  }
}
