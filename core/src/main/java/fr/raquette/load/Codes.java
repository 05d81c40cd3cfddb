package fr.raquette.load;

import fr.raquette.io.CsvRow;
import fr.raquette.io.Problems;
import java.util.regex.Pattern;

/**
 * Commune codes as they come: always text, but spreadsheets turn {@code 01001} into {@code 1001}.
 * One instance per file, so that padding is reported once with its count instead of per row.
 */
public final class Codes {
  private static final Pattern COMMUNE = Pattern.compile("(\\d{5}|2[AB]\\d{3})");
  private static final Pattern LOST_ZERO = Pattern.compile("\\d{4}");

  private final String file;
  private long padded;
  private long firstPaddedLine;

  Codes(String file) {
    this.file = file;
  }

  /**
   * The commune code of a field, or {@code null} (reported) when it is not one.
   *
   * @param col the field index, for the message
   */
  String commune(CsvRow row, int col, Problems problems) {
    String raw = row.get(col).toUpperCase(java.util.Locale.ROOT);
    String c = commune(raw);
    if (c == null) {
      problems.add(
          row.warning(
              col,
              "'"
                  + row.get(col)
                  + "' in column "
                  + row.header(col)
                  + " is not a commune code (expected 5 characters such as 01001 or 2A004);"
                  + " row skipped"));
      return null;
    }
    if (c.length() != raw.length()) {
      if (padded++ == 0) {
        firstPaddedLine = row.line();
      }
    }
    return c;
  }

  /** The code, padded when a leading zero was lost, or {@code null} when it is not a code. */
  public static String commune(String raw) {
    String s = raw.strip().toUpperCase(java.util.Locale.ROOT);
    if (COMMUNE.matcher(s).matches()) {
      return s;
    }
    if (LOST_ZERO.matcher(s).matches()) {
      return "0" + s;
    }
    return null;
  }

  static boolean isCommuneCode(String s) {
    return COMMUNE.matcher(s).matches();
  }

  /** Tells, once, how many codes had lost their leading zero. */
  void report(Problems problems) {
    if (padded > 0) {
      problems.warning(
          file,
          firstPaddedLine,
          0,
          padded
              + " commune code(s) written as numbers (e.g. 1001 for 01001) were padded with a"
              + " leading zero; save codes as text to avoid this");
    }
  }

  /** The département of a commune code: 2 characters, 3 overseas ({@code 971}...). */
  static String departement(String code) {
    return code.startsWith("97") || code.startsWith("98")
        ? code.substring(0, 3)
        : code.substring(0, 2);
  }
}
