package fr.raquette.io;

/**
 * Where a record was read: a file of the territory folder and a line of it. Written {@code
 * file:line}, as messages show it; kept as its two parts, so that nobody splits the text again.
 *
 * @param file the file's name as shown (relative to the territory folder, {@code /}-separated)
 * @param line its line, from 1
 */
public record Origin(String file, long line) {
  /** Where this row of a table was read. */
  public static Origin of(CsvRow row) {
    return new Origin(row.file(), row.line());
  }

  /** {@code file:line}. */
  @Override
  public String toString() {
    return file + ":" + line;
  }
}
