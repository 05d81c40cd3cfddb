package fr.raquette.report;

/**
 * The one place where a text cell of a spreadsheet output (every CSV writer, XLSX) is made safe: a
 * text that a spreadsheet would take for a formula, one starting with {@code =}, {@code +}, {@code
 * -}, {@code @}, a tab or a carriage return, gets a leading {@code '} (OWASP's advice against CSV
 * injection), so {@code =HYPERLINK(…)} in an actor's name is shown, never run. A cell that is a
 * plain number ({@code -61.5}, {@code +3}, {@code 1e-3}) is left as it is: a spreadsheet reads it
 * as the number it is, and nothing runs.
 */
public final class Cells {
  private Cells() {}

  /** The text to write in a spreadsheet cell: {@code v}, or {@code v} behind a {@code '}. */
  public static String neutralise(String v) {
    return needsQuote(v) ? "'" + v : v;
  }

  /** Whether a spreadsheet could read {@code v} as a formula (see the class comment). */
  public static boolean needsQuote(CharSequence v) {
    if (v == null || v.isEmpty()) {
      return false;
    }
    return riskyStart(v.charAt(0)) && !plainNumber(v);
  }

  /**
   * Whether a cell starting with {@code c} may be read as a formula: what {@link #needsQuote} looks
   * further at.
   */
  static boolean riskyStart(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /** {@code [+-]digits[.digits][e[+-]digits]} (or a decimal comma, excel-fr), nothing else. */
  static boolean plainNumber(CharSequence v) {
    int i = 0;
    int n = v.length();
    if (i < n && (v.charAt(i) == '+' || v.charAt(i) == '-')) {
      i++;
    }
    int digits = 0;
    while (i < n && Character.isDigit(v.charAt(i)) && v.charAt(i) < 128) {
      i++;
      digits++;
    }
    if (i < n && (v.charAt(i) == '.' || v.charAt(i) == ',')) {
      i++;
      while (i < n && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i < n && (v.charAt(i) == 'e' || v.charAt(i) == 'E')) {
      i++;
      if (i < n && (v.charAt(i) == '+' || v.charAt(i) == '-')) {
        i++;
      }
      int exp = 0;
      while (i < n && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
        i++;
        exp++;
      }
      if (exp == 0) {
        return false;
      }
    }
    return i == n;
  }
}
