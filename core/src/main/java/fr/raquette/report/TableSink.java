package fr.raquette.report;

import java.io.IOException;

/**
 * Where the rows of a table go, cell by cell: a CSV file ({@link CsvRows}) or a spreadsheet sheet
 * ({@link XlsxRows}). One writer per table feeds both, so that a figure is the same in either.
 */
interface TableSink {
  /** The header row: stable column ids (CSV writes them, a spreadsheet their labels). */
  TableSink header(String... ids) throws IOException;

  /** A text cell (codes stay text: {@code 01001}); null is empty. */
  TableSink text(CharSequence v) throws IOException;

  TableSink integer(long v) throws IOException;

  /** A number rounded to these decimals (see {@link Decimals}); null and NaN are empty. */
  TableSink number(Double v, int decimals) throws IOException;

  /** A number rounded to these decimals (see {@link Decimals}); NaN is empty. */
  TableSink number(double v, int decimals) throws IOException;

  TableSink end() throws IOException;
}
