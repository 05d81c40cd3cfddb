package fr.raquette.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top command: only lists the subcommands. */
@Command(
    name = "raquette",
    mixinStandardHelpOptions = true,
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
      AccessCommand.class,
      InitCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 ok, 1 bug, 2 usage, 3 bad input data, 4 cannot write output.",
      "Examples:",
      "  raquette validate data-samples/creuse",
      "  raquette diagnose data-samples/creuse -o rapport-creuse"
    })
public final class RaquetteCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
