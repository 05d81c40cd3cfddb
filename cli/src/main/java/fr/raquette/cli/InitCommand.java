package fr.raquette.cli;

import fr.raquette.i18n.Messages;
import fr.raquette.init.Extraction;
import fr.raquette.init.InitOptions;
import fr.raquette.init.TerritoryExtractor;
import fr.raquette.io.Problem;
import fr.raquette.report.OutputFolder;
import fr.raquette.report.Text;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code raquette init}: makes a territory folder out of national files. */
@Command(
    name = "init",
    aliases = {"initialiser"},
    sortOptions = false)
public final class InitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DOSSIER", descriptionKey = "init.folder")
  Path folder;

  @Option(names = "--from", required = true, paramLabel = "NATIONAL")
  Path from;

  @Option(
      names = {"--departement", "--departements"},
      split = ",",
      paramLabel = "CODE")
  List<String> departements;

  @Option(names = "--epci", split = ",", paramLabel = "SIREN")
  List<String> epci;

  @Option(names = "--communes", split = ",", paramLabel = "CODE")
  List<String> communes;

  @Option(
      names = {"--region", "--regions"},
      split = ",",
      paramLabel = "CODE")
  List<String> regions;

  @Option(
      names = {"--ring", "--anneau"},
      paramLabel = "KM",
      descriptionKey = "ring")
  Double ringKm;

  @Option(names = "--force", descriptionKey = "init.force")
  boolean force;

  @Mixin CommonOptions common;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Text x = new Text(common.locale());
    InitOptions options;
    try {
      double ring =
          ringKm != null
              ? ringKm
              : fr.raquette.init.Ring.defaultKm(fr.raquette.themes.ThemeCatalog.builtIn());
      options =
          new InitOptions(
              departements,
              epci,
              communes,
              regions,
              ring,
              Progress.on(err, common),
              common.maxFileBytes());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Extraction r;
    OutputFolder.check(folder, force, OutputFolder.Kind.TERRITORY);
    boolean unlisted = force && OutputFolder.listsNoFiles(folder, OutputFolder.Kind.TERRITORY);
    KeptFiles.tell(err, common.messages(), folder, force, OutputFolder.Kind.TERRITORY);
    try {
      r = TerritoryExtractor.extract(from, folder, force, options);
    } finally {
      Progress.done(options.progress());
    }
    KeptFiles.told(err, common.messages(), folder, unlisted, r.kept());
    if (!common.quiet) {
      tellWritten(out, r, options, x);
    }
    for (Problem p : r.problems()) {
      if (p.severity() == Problem.Severity.INFO && !common.verbose) {
        continue;
      }
      out.println(
          p.location() + ": " + ValidateCommand.tag(p, common.messages()) + ": " + p.message());
    }
    if (!common.quiet) {
      out.println(common.messages().get("init.next", folder));
    }
    out.flush();
    return ExitCode.OK;
  }

  /** The perimeter, the ring, and each file written or skipped. */
  private void tellWritten(PrintWriter out, Extraction r, InitOptions options, Text x) {
    Messages m = common.messages();
    out.println(m.get("init.created", r.folder()));
    out.println(
        m.get("init.perimeter", options.describe(), (long) r.communes(), (long) r.population()));
    if (options.ringKm() > 0) {
      out.println(m.get("init.ring", (long) r.ringCommunes(), x.decimal1(options.ringKm())));
    }
    out.println(m.get("init.files.written"));
    for (Extraction.FileResult f : r.files()) {
      if (f.written() == null) {
        continue;
      }
      String what =
          f.status() == Extraction.Status.COPIED
              ? m.get("init.copied.whole")
              : m.get("init.records.kept", (long) f.kept(), (long) f.read());
      out.println("  " + f.written() + " — " + (f.role() == null ? "?" : f.role()) + ", " + what);
    }
    List<Extraction.FileResult> skipped =
        r.files().stream().filter(f -> f.written() == null).toList();
    if (!skipped.isEmpty()) {
      out.println(m.get("init.files.skipped"));
      for (Extraction.FileResult f : skipped) {
        out.println("  " + f.source() + " — " + why(f.status(), m));
      }
    }
  }

  private static String why(Extraction.Status status, Messages m) {
    return switch (status) {
      case NO_RECORD -> m.get("init.skip.no.record");
      case NOT_RECOGNISED -> m.get("init.skip.not.recognised");
      case SOURCE_OUTLINE -> m.get("init.skip.source.outline");
      case FILTERED, COPIED -> "";
    };
  }
}
