package fr.raquette.report;

import java.io.IOException;

/**
 * The one CSV writer: rows of one dialect, cell by cell, into a {@link Utf8Sink} (or any
 * appendable), each text cell neutralised and quoted by {@link CsvDialect#appendCell}, numbers with
 * fixed decimals and the dialect's mark. No array, String or boxed number per cell, which a
 * national report would make by the million. {@link CsvDialect#row} writes its rows through it.
 */
final class CsvRows implements TableSink {
  private final Appendable out;

  /** {@link #out} when it is a {@link Utf8Sink} (the files), for its cells' fast path. */
  private final Utf8Sink sink;

  private final char separator;
  private final char decimalMark;
  private boolean rowStarted;

  /** Digits of the cell being written, reused from cell to cell. */
  private final StringBuilder digits = new StringBuilder(24);

  /** Starts the file: the dialect's BOM, if any. */
  CsvRows(Utf8Sink out, CsvDialect dialect) throws IOException {
    this((Appendable) out, dialect);
    if (dialect.bom()) {
      out.append(dialect.start());
    }
  }

  private CsvRows(Appendable out, CsvDialect dialect) {
    this.out = out;
    this.sink = out instanceof Utf8Sink u ? u : null;
    this.separator = dialect.separator();
    this.decimalMark = dialect.decimalMark();
  }

  /** Rows only, appended to {@code out}, without the start of a file. */
  static CsvRows rowsOnly(Appendable out, CsvDialect dialect) {
    return new CsvRows(out, dialect);
  }

  private void next() throws IOException {
    if (rowStarted) {
      out.append(separator);
    }
    rowStarted = true;
  }

  @Override
  public CsvRows header(String... ids) throws IOException {
    return row(ids);
  }

  /** A text cell; null is empty. */
  @Override
  public CsvRows text(CharSequence v) throws IOException {
    next();
    if (v != null && (sink == null || !sink.appendCell(v, separator))) {
      CsvDialect.appendCell(out, v, separator);
    }
    return this;
  }

  @Override
  public CsvRows integer(long v) throws IOException {
    next();
    if (sink != null) {
      sink.appendLong(v);
    } else {
      digits.setLength(0);
      out.append(digits.append(v));
    }
    return this;
  }

  /** A number with fixed decimals (see {@link Decimals}); null and NaN are empty. */
  @Override
  public CsvRows number(Double v, int decimals) throws IOException {
    if (v == null) {
      next();
      return this;
    }
    return number(v.doubleValue(), decimals);
  }

  /**
   * A number with fixed decimals (see {@link Decimals}) and the dialect's decimal mark; NaN is
   * empty.
   */
  @Override
  public CsvRows number(double v, int decimals) throws IOException {
    next();
    long units = sink == null ? -1 : Decimals.units(v, decimals);
    if (units >= 0) {
      sink.appendFixed(units, decimals, units != 0 && v < 0, decimalMark);
    } else if (!Double.isNaN(v)) {
      digits.setLength(0);
      Decimals.append(digits, v, decimals);
      if (decimalMark != '.') {
        int dot = digits.indexOf(".");
        if (dot >= 0) {
          digits.setCharAt(dot, decimalMark);
        }
      }
      out.append(digits);
    }
    return this;
  }

  /** A whole row of text cells, such as the header. */
  CsvRows row(String... cells) throws IOException {
    for (String c : cells) {
      text(c);
    }
    return end();
  }

  @Override
  public CsvRows end() throws IOException {
    out.append('\n');
    rowStarted = false;
    return this;
  }
}
