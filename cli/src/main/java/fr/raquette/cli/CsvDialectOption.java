package fr.raquette.cli;

import fr.raquette.report.CsvDialect;
import picocli.CommandLine.Option;

/**
 * {@code --csv-dialect excel-fr|rfc4180}, the one definition shared by every command that writes
 * CSV. Its help is the bundle's {@code csv-dialect}, or {@code raquette.<command>.csv-dialect}
 * where a command says more.
 */
public final class CsvDialectOption {
  @Option(
      names = "--csv-dialect",
      paramLabel = "excel-fr|rfc4180",
      defaultValue = "excel-fr",
      converter = OptionValues.Dialect.class)
  CsvDialect dialect;

  CsvDialect dialect() {
    return dialect;
  }
}
