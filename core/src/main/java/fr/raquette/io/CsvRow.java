package fr.raquette.io;

/**
 * One data row of a {@link CsvTable}, with the physical line where it starts. Values are raw text;
 * a column the row does not have reads as the empty string.
 *
 * <p>A row holds only where its fields are in a text (the file's, as the fast path found them), and
 * builds a value when it is asked for: most columns of the national files are never read. A record
 * read by Commons CSV (after irregular quoting) is written out again as quoted fields ({@link
 * #of}), so that both are read by one code.
 *
 * <p>A row of the fast path is one of two objects that {@link CsvTable#forEach} fills again record
 * after record ({@link #reset}): a row is valid during the call it is given to only (the BPE of
 * France has a million rows, and a row and its array each were a fifth of what loading allocated).
 */
public final class CsvRow {
  private final CsvTable table;
  private long line;
  private long charPosition;

  /** The text and the start/end of each field in it (quotes included): {@code 2 * size} ints. */
  private final String text;

  private int[] bounds;
  private int size;

  CsvRow(CsvTable table, long line, String text, int[] bounds, long charPosition) {
    this.table = table;
    this.line = line;
    this.charPosition = charPosition;
    this.text = text;
    this.bounds = bounds;
    this.size = bounds.length / 2;
  }

  /** A row of {@code text} to be filled by {@link #reset}. */
  CsvRow(CsvTable table, String text) {
    this(table, 0, text, new int[32], 0);
    this.size = 0;
  }

  /** This row made the record the scanner just read, its bounds copied into this row's array. */
  CsvRow reset(long line, RecordScanner scanner, long charPosition) {
    this.line = line;
    this.charPosition = charPosition;
    this.bounds = scanner.boundsInto(bounds);
    this.size = scanner.fields();
    return this;
  }

  /** A record whose values Commons CSV read, each written again as a quoted field. */
  static CsvRow of(CsvTable table, long line, String[] values, long charPosition) {
    StringBuilder sb = new StringBuilder();
    int[] bounds = new int[2 * values.length];
    for (int i = 0; i < values.length; i++) {
      bounds[2 * i] = sb.length();
      sb.append('"').append(values[i].replace("\"", "\"\"")).append('"');
      bounds[2 * i + 1] = sb.length();
    }
    return new CsvRow(table, line, sb.toString(), bounds, charPosition);
  }

  /** A row that stays: this one's record, in an array of its own (forEach refills this one). */
  CsvRow copy() {
    return new CsvRow(table, line, text, java.util.Arrays.copyOf(bounds, 2 * size), charPosition);
  }

  public long line() {
    return line;
  }

  public String file() {
    return table.file();
  }

  public int size() {
    return size;
  }

  /** The value in column {@code i}, stripped; "" when the row is short or {@code i < 0}. */
  public String get(int i) {
    if (i < 0 || i >= size()) {
      return "";
    }
    if (isQuoted(i)) {
      return unquote(bounds[2 * i], bounds[2 * i + 1]).strip();
    }
    long s = stripped(i);
    return text.substring(start(s), end(s));
  }

  /** {@link #get(int) get(i)}, taken from {@code pool} when it holds that text already. */
  public String get(int i, TextPool pool) {
    if (i < 0 || i >= size() || isQuoted(i)) {
      return get(i);
    }
    long s = stripped(i);
    return pool.of(text, start(s), end(s));
  }

  /**
   * Where the unquoted field {@code i} is in the text without its surrounding whitespace: {@code
   * start << 32 | end}. Whitespace is never a surrogate, so stripping chars is what String.strip
   * does.
   */
  private long stripped(int i) {
    int start = bounds[2 * i];
    int end = bounds[2 * i + 1];
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return (long) start << 32 | end;
  }

  private static int start(long stripped) {
    return (int) (stripped >>> 32);
  }

  private static int end(long stripped) {
    return (int) stripped;
  }

  /**
   * Whether {@link #get(int) get(i)} equals {@code value}, found without building it: the rows of
   * one commune come together, and most fields repeat the one above.
   */
  public boolean is(int i, String value) {
    return matches(i, value, false);
  }

  /** Whether {@link #get(int) get(i)} equals {@code value} ignoring case, without building it. */
  public boolean isIgnoreCase(int i, String value) {
    return matches(i, value, true);
  }

  private boolean matches(int i, String value, boolean ignoreCase) {
    if (i < 0 || i >= size() || isQuoted(i)) {
      return ignoreCase ? get(i).equalsIgnoreCase(value) : get(i).equals(value);
    }
    long s = stripped(i);
    return end(s) - start(s) == value.length()
        && text.regionMatches(ignoreCase, start(s), value, 0, value.length());
  }

  /**
   * {@link Numbers#parseDecimalOrNaN(String) Numbers.parseDecimalOrNaN(get(i))}, without building
   * the value of an unquoted field.
   */
  public double decimal(int i) {
    if (i < 0 || i >= size() || isQuoted(i)) {
      return Numbers.parseDecimalOrNaN(get(i));
    }
    return Numbers.parseDecimalOrNaN(text, bounds[2 * i], bounds[2 * i + 1]);
  }

  private boolean isQuoted(int i) {
    return bounds[2 * i + 1] > bounds[2 * i] && text.charAt(bounds[2 * i]) == '"';
  }

  /** The value of field {@code i} as the CSV parser gives it: unquoted, not stripped. */
  String raw(int i) {
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
