package fr.raquette.cli;

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

  @Option(names = {"--ring", "--anneau"}, paramLabel = "KM", descriptionKey = "ring")
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
          new InitOptions(departements, epci, communes, regions, ring, Progress.on(err, common));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Extraction r;
    OutputFolder.check(folder, force, OutputFolder.Kind.TERRITORY);
    KeptFiles.tell(err, x, folder, force, OutputFolder.Kind.TERRITORY);
    try {
      r = TerritoryExtractor.extract(from, folder, force, options);
    } finally {
      Progress.done(options.progress());
    }
    if (!common.quiet) {
      out.println(x.t("Territoire créé : ", "Territory created: ") + r.folder());
      out.println(
          x.t("Périmètre : ", "Perimeter: ")
              + options.describe()
              + " → "
              + x.integer(r.communes())
              + " communes, "
              + x.t("population ", "population ")
              + x.integer(r.population()));
      if (options.ringKm() > 0) {
        out.println(
            x.t("Anneau de contexte : ", "Context ring: ")
                + x.integer(r.ringCommunes())
                + x.t(" communes à moins de ", " communes within ")
                + x.decimal1(options.ringKm())
                + " km");
      }
      out.println(x.t("Fichiers écrits :", "Files written:"));
      for (Extraction.FileResult f : r.files()) {
        if (f.written() == null) {
          continue;
        }
        String what =
            f.status() == Extraction.Status.COPIED
                ? x.t("copié en entier", "copied whole")
                : x.integer(f.kept())
                    + x.t(" enregistrements sur ", " records of ")
                    + x.integer(f.read());
        out.println("  " + f.written() + " — " + (f.role() == null ? "?" : f.role()) + ", " + what);
      }
      List<Extraction.FileResult> skipped =
          r.files().stream().filter(f -> f.written() == null).toList();
      if (!skipped.isEmpty()) {
        out.println(x.t("Fichiers non repris :", "Files not written:"));
        for (Extraction.FileResult f : skipped) {
          out.println("  " + f.source() + " — " + why(f.status(), x));
        }
      }
    }
    for (Problem p : r.problems()) {
      if (p.severity() == Problem.Severity.INFO && !common.verbose) {
        continue;
      }
      String tag = p.severity() == Problem.Severity.INFO ? "info" : x.t("attention", "warning");
      out.println(p.location() + ": " + tag + ": " + p.message());
    }
    if (!common.quiet) {
      out.println(x.t("Ensuite : raquette validate ", "Next: raquette validate ") + folder);
    }
    out.flush();
    return ExitCode.OK;
  }

  private static String why(Extraction.Status status, Text x) {
    return switch (status) {
      case NO_RECORD -> x.t("aucun enregistrement du périmètre", "no record of the perimeter");
      case NOT_RECOGNISED -> x.t("en-tête non reconnu", "header not recognised");
      case SOURCE_OUTLINE ->
          x.t(
              "contour de la zone source (une seule Feature), sans objet ici",
              "outline of the source's own area (a single Feature), not relevant here");
      case FILTERED, COPIED -> "";
    };
  }
}
