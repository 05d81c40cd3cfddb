package fr.raquette.cli;

import fr.raquette.report.CsvDialect;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code --format md|csv} and {@code --csv-dialect}, shared by simulate, suggest and compare. */
public final class ActionOutputOptions {
  @Option(
      names = "--format",
      descriptionKey = "action.format",
      paramLabel = "md|csv",
      defaultValue = "md",
      converter = OptionValues.ActionFormats.class)
  ActionFormat format;

  @Mixin CsvDialectOption csv;

  CsvDialect dialect() {
    return csv.dialect();
  }

  boolean csv() {
    return format == ActionFormat.CSV;
  }
}
