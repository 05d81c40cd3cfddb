package fr.raquette.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top command: only lists the subcommands. */
@Command(
    name = "raquette",
    mixinStandardHelpOptions = true,
    // --help and --version on every subcommand too.
    scope = CommandLine.ScopeType.INHERIT,
    versionProvider = VersionProvider.class,
    description = {
      "Diagnostic territorial from French open data: where the existing services and actors",
      "leave needs uncovered (the \"trous dans la raquette\").",
      "",
      "A territory is a folder of INSEE-style CSV and GeoJSON files; see docs/territory-folder.md."
    },
    subcommands = {
      ValidateCommand.class,
      DiagnoseCommand.class,
      GapsCommand.class,
      ActorsCommand.class,
      InitCommand.class,
      AccessCommand.class,
      ReferenceCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 ok, 1 bug, 2 usage, 3 bad input data, 4 cannot write output.",
      "Examples:",
      "  raquette validate data-samples/creuse",
      "  raquette diagnose data-samples/creuse -o rapport-creuse",
      "  raquette actors data-samples/creuse --theme numerique --near Boussac --radius 20",
      "  raquette init mon-territoire --from ../shared/open-data/france --departement 15"
    })
public final class RaquetteCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
