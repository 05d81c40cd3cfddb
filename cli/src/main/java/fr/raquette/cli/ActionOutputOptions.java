package fr.raquette.cli;

import fr.raquette.report.CsvDialect;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code --format md|csv} and {@code --csv-dialect}, shared by simulate, suggest and compare. */
public final class ActionOutputOptions {
  @Option(
      names = "--format",
      descriptionKey = "action.format",
      paramLabel = "md|csv",
      defaultValue = "md")
  ActionFormat format;

  @Option(names = "--csv-dialect", paramLabel = "excel-fr|rfc4180", defaultValue = "excel-fr")
  String csvDialect;

  /** The CSV dialect asked for; a usage error (exit 2) when unknown. */
  CsvDialect dialect(CommandSpec spec) {
    return ActionFormat.dialect(spec, csvDialect);
  }

  boolean csv() {
    return format == ActionFormat.CSV;
  }
}
