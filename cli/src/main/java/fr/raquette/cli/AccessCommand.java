package fr.raquette.cli;

import fr.raquette.access.AccessOptions;
import fr.raquette.access.AccessResult;
import fr.raquette.access.AccessTables;
import fr.raquette.access.AccessibilityEngine;
import fr.raquette.access.CostMatrix;
import fr.raquette.access.DistanceBands;
import fr.raquette.access.Locations;
import fr.raquette.access.Method;
import fr.raquette.i18n.Messages;
import fr.raquette.io.DataException;
import fr.raquette.io.OutputException;
import fr.raquette.io.Problem;
import fr.raquette.io.Problems;
import fr.raquette.io.TextFile;
import fr.raquette.report.Cells;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code raquette access}: floating catchment accessibility from three plain tables. */
@Command(
    name = "access",
    aliases = {"accessibilite"},
    sortOptions = false)
public final class AccessCommand implements Callable<Integer> {
  static final int DECIMALS = 6;

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;
  @Mixin OutputFileOptions output;

  @Option(names = "--demand", required = true, paramLabel = "DEMAND.csv")
  Path demandFile;

  @Option(names = "--supply", required = true, paramLabel = "SUPPLY.csv")
  Path supplyFile;

  @Option(names = "--costs", required = true, paramLabel = "COSTS.csv")
  Path costsFile;

  @Option(
      names = "--method",
      descriptionKey = "access.method",
      required = true,
      paramLabel = "fca|2sfca|e2sfca|3sfca",
      converter = MethodConverter.class)
  Method method;

  @Option(names = "--max-cost", paramLabel = "X")
  Double maxCost;

  @Option(names = "--weights", paramLabel = "LIMIT:WEIGHT,...", converter = BandsConverter.class)
  DistanceBands weights;

  @Option(names = "--neighbour-costs", paramLabel = "NEIGHBOURS.csv")
  Path neighbourFile;

  @Override
  public Integer call() {
    AccessOptions options = options();
    Path target = output.target(spec.commandLine());
    Problems problems = new Problems();
    Locations demand = AccessTables.readLocations(read(demandFile), "demand", problems);
    Locations supply = AccessTables.readLocations(read(supplyFile), "supply", problems);
    CostMatrix costs = AccessTables.readCosts(read(costsFile), demand, supply, problems);
    CostMatrix neighbours =
        neighbourFile == null
            ? null
            : AccessTables.readCosts(read(neighbourFile), demand, demand, problems);
    AccessResult result =
        AccessibilityEngine.compute(demand.values(), supply.values(), costs, neighbours, options);

    PrintWriter err = spec.commandLine().getErr();
    report(problems, err);
    StringWriter csv = new StringWriter();
    writeCsv(demand, result, csv);
    output.write(target, csv.toString(), spec.commandLine().getOut());
    if (!common.quiet) {
      err.println(summary(supply, result, target));
    }
    err.flush();
    return ExitCode.OK;
  }

  private AccessOptions options() {
    if (method.usesBands()) {
      DistanceBands bands = weights == null ? DistanceBands.DEFAULT : weights;
      if (maxCost != null && maxCost != bands.max()) {
        throw usage(msg().get("access.maxcost.vs.weights", method.id(), bands, fmt(maxCost)));
      }
      if (neighbourFile != null) {
        throw usage(msg().get("access.neighbours.fca.only"));
      }
      return AccessOptions.of(method, bands);
    }
    if (weights != null) {
      throw usage(msg().get("access.weights.bands.only", method.id()));
    }
    double max = maxCost == null ? DistanceBands.DEFAULT.max() : maxCost;
    if (!(max > 0) || !Double.isFinite(max)) {
      throw usage(msg().get("access.maxcost.positive", fmt(max)));
    }
    if (method == Method.FCA && neighbourFile == null) {
      throw usage(msg().get("access.fca.needs.neighbours"));
    }
    if (method != Method.FCA && neighbourFile != null) {
      throw usage(msg().get("access.neighbours.fca.only"));
    }
    return AccessOptions.catchment(method, max);
  }

  private fr.raquette.i18n.Messages msg() {
    return common.messages();
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  private static String fmt(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }

  private TextFile read(Path path) {
    String display = path.toString();
    // A pipe is fine here (access --demand <(...)): the user named it on the command line.
    if (!Files.exists(path) || Files.isDirectory(path)) {
      throw new DataException(
          display,
          0,
          0,
          Messages.current().get(Files.isDirectory(path) ? "file.is.folder" : "file.missing"));
    }
    return TextFile.read(path, display, common.maxFileBytes());
  }

  /** {@code id;score}, sorted by id (string order), empty score when there is none. */
  static void writeCsv(Locations demand, AccessResult result, Writer w) {
    Integer[] order = new Integer[demand.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparing(demand::id));
    String format = "%." + DECIMALS + "f";
    try {
      w.write("id;score\n");
      for (int i : order) {
        w.write(csvField(demand.id(i)));
        w.write(';');
        double s = result.score(i);
        if (Double.isInfinite(s)) {
          // Never written as Infinity: supply or demand values too large for a double.
          throw new DataException(demand.id(i), 0, 0, Messages.current().get("access.overflow"));
        }
        if (!Double.isNaN(s)) {
          w.write(String.format(Locale.ROOT, format, s));
        }
        w.write('\n');
      }
    } catch (IOException e) {
      throw new OutputException(Messages.current().get("access.cannot.write", e.getMessage()), e);
    }
  }

  private static String csvField(String cell) {
    String s = Cells.neutralise(cell);
    if (s.indexOf(';') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  private void report(Problems problems, PrintWriter err) {
    if (common.quiet) {
      return;
    }
    for (Problem p : problems.sorted()) {
      if (p.severity() == Problem.Severity.INFO && !common.verbose) {
        continue;
      }
      err.println(p.location() + ": " + ValidateCommand.tag(p, msg()) + ": " + p.message());
    }
  }

  private String summary(Locations supply, AccessResult r, Path target) {
    int n = r.demandCount();
    int scored = r.scoredCount();
    String catchment = fmt(r.options().maxCost());
    String where = target == null ? "" : msg().get("access.written", target);
    return msg()
        .get(
            "access.summary",
            r.options().method().id(),
            catchment,
            n,
            scored,
            n - scored,
            r.reachedSupplyCount(),
            supply.size(),
            scale(r),
            where);
  }

  private String scale(AccessResult r) {
    double k = r.options().scale();
    return k == Math.rint(k) ? msg().format("{0,number,integer}", (long) k) : fmt(k);
  }

  /** {@code fca|2sfca|e2sfca|3sfca} to a {@link Method}, or a usage error naming them. */
  static final class MethodConverter extends OptionValues.Parsed<Method> {
    @Override
    Method parse(String value) {
      return Method.fromId(value);
    }
  }

  /** {@code "5:1,10:0.68,20:0.22"} to bands, or a usage error saying what is wrong. */
  static final class BandsConverter implements ITypeConverter<DistanceBands> {
    @Override
    public DistanceBands convert(String value) {
      try {
        return DistanceBands.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("--weights: " + e.getMessage());
      }
    }
  }
}
