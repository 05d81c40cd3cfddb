package fr.raquette.io;

/** Numbers as French spreadsheets write them: decimal comma, spaces as thousands separators. */
public final class Numbers {
  private Numbers() {}

  /**
   * Parses a decimal number, accepting {@code 12,5}, {@code 1 234,5} (also with no-break spaces)
   * and {@code 12.5}. Returns {@code null} when the text is not a number.
   */
  public static Double parseDecimal(String text) {
    double d = parseDecimalOrNaN(text);
    return Double.isNaN(d) ? null : d;
  }

  /**
   * Like {@link #parseDecimal(String)}, without boxing: {@link Double#NaN} when the text is not a
   * number (a NaN is never returned for a number, since non-finite values are refused).
   */
  public static double parseDecimalOrNaN(String text) {
    if (text == null) {
      return Double.NaN;
    }
    String s = text.strip();
    if (s.isEmpty()) {
      return Double.NaN;
    }
    // Counts are mostly a few plain digits (625,000 of them in the national BPE): read them
    // without building a string. Up to 15 digits the value is exact, as parseDouble would give.
    if (s.length() <= 15) {
      long v = 0;
      int i = 0;
      while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        v = v * 10 + (s.charAt(i) - '0');
        i++;
      }
      if (i == s.length()) {
        return v;
      }
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\u00A0' || c == '\u202F') {
        continue;
      }
      sb.append(c == ',' ? '.' : c);
    }
    String t = sb.toString();
    // Reject what Double.parseDouble would accept but a spreadsheet would not mean.
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!(Character.isDigit(c) || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
        return Double.NaN;
      }
    }
    try {
      double d = Double.parseDouble(t);
      return Double.isFinite(d) ? d : Double.NaN;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
