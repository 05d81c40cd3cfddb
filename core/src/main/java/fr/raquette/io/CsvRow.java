package fr.raquette.io;

/**
 * One data row of a {@link CsvTable}, with the physical line where it starts. Values are raw text;
 * a column the row does not have reads as the empty string.
 */
public final class CsvRow {
  private final CsvTable table;
  private final long line;
  private final String[] values;
  private final long charPosition;

  CsvRow(CsvTable table, long line, String[] values, long charPosition) {
    this.table = table;
    this.line = line;
    this.values = values;
    this.charPosition = charPosition;
  }

  public long line() {
    return line;
  }

  public String file() {
    return table.file();
  }

  public int size() {
    return values.length;
  }

  /** The value in column {@code i}, stripped; "" when the row is short or {@code i < 0}. */
  public String get(int i) {
    if (i < 0 || i >= values.length) {
      return "";
    }
    return values[i].strip();
  }

  /**
   * The 1-based character column where field {@code i} starts on its line, exact for unquoted
   * fields (quoted fields shift it by their quotes).
   */
  public int charColumn(int i) {
    long col = charPosition - table.lineStart(line) + 1;
    for (int k = 0; k < i && k < values.length; k++) {
      col += values[k].length() + 1;
    }
    return (int) Math.max(1, col);
  }

  /** A problem located at field {@code i} of this row. */
  public Problem error(int i, String message) {
    return Problem.error(file(), line, charColumn(i), message);
  }

  public Problem warning(int i, String message) {
    return Problem.warning(file(), line, charColumn(i), message);
  }

  /** The header name of column {@code i}. */
  public String header(int i) {
    return i >= 0 && i < table.headers().size() ? table.headers().get(i) : "#" + (i + 1);
  }
}
