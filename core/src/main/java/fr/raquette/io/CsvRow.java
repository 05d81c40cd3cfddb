package fr.raquette.io;

/**
 * One data row of a {@link CsvTable}, with the physical line where it starts. Values are raw text;
 * a column the row does not have reads as the empty string.
 *
 * <p>A row read by the fast path holds only where its fields are in the file's text, and builds a
 * value when it is asked for: most columns of the national files are never read. A row read by
 * Commons CSV (after irregular quoting) holds its values.
 */
public final class CsvRow {
  private final CsvTable table;
  private final long line;
  private final long charPosition;

  /** The file's text and the start/end of each field in it (quotes included); or null. */
  private final String text;

  private final int[] bounds;

  /** The values as Commons CSV read them, when {@code text} is null. */
  private final String[] values;

  CsvRow(CsvTable table, long line, String[] values, long charPosition) {
    this.table = table;
    this.line = line;
    this.values = values;
    this.charPosition = charPosition;
    this.text = null;
    this.bounds = null;
  }

  CsvRow(CsvTable table, long line, String text, int[] bounds, long charPosition) {
    this.table = table;
    this.line = line;
    this.values = null;
    this.charPosition = charPosition;
    this.text = text;
    this.bounds = bounds;
  }

  public long line() {
    return line;
  }

  public String file() {
    return table.file();
  }

  public int size() {
    return values != null ? values.length : bounds.length / 2;
  }

  /** The value in column {@code i}, stripped; "" when the row is short or {@code i < 0}. */
  public String get(int i) {
    if (i < 0 || i >= size()) {
      return "";
    }
    if (values != null) {
      return values[i].strip();
    }
    int start = bounds[2 * i];
    int end = bounds[2 * i + 1];
    if (end > start && text.charAt(start) == '"') {
      return unquote(start, end).strip();
    }
    // Whitespace is never a surrogate, so stripping chars is what String.strip does.
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  /**
   * Whether {@link #get(int) get(i)} equals {@code value}, found without building it: the rows of
   * one commune come together, and most fields repeat the one above.
   */
  public boolean is(int i, String value) {
    if (values != null || i < 0 || i >= size()) {
      return get(i).equals(value);
    }
    int start = bounds[2 * i];
    int end = bounds[2 * i + 1];
    if (end > start && text.charAt(start) == '"') {
      return get(i).equals(value);
    }
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end - start == value.length() && text.regionMatches(start, value, 0, value.length());
  }

  /** The value of field {@code i} as the CSV parser gives it: unquoted, not stripped. */
  String raw(int i) {
    if (values != null) {
      return values[i];
    }
    int start = bounds[2 * i];
    int end = bounds[2 * i + 1];
    return end > start && text.charAt(start) == '"'
        ? unquote(start, end)
        : text.substring(start, end);
  }

  private String unquote(int start, int end) {
    return text.substring(start + 1, end - 1).replace("\"\"", "\"");
  }

  /** Whether field {@code i} holds only whitespace. */
  boolean isBlank(int i) {
    return raw(i).isBlank();
  }

  /**
   * The 1-based character column where field {@code i} starts on its line, exact for unquoted
   * fields (quoted fields shift it by their quotes).
   */
  public int charColumn(int i) {
    long col = charPosition - table.lineStart(line) + 1;
    for (int k = 0; k < i && k < size(); k++) {
      col += raw(k).length() + 1;
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
