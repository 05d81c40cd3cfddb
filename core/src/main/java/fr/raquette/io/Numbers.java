package fr.raquette.io;

/** Numbers as French spreadsheets write them: decimal comma, spaces as thousands separators. */
public final class Numbers {
  private Numbers() {}

  /**
   * Parses a decimal number, accepting {@code 12,5}, {@code 1 234,5} (also with no-break spaces)
   * and {@code 12.5}. Returns {@code null} when the text is not a number.
   */
  public static Double parseDecimal(String text) {
    if (text == null) {
      return null;
    }
    String s = text.strip();
    if (s.isEmpty()) {
      return null;
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
        return null;
      }
    }
    try {
      double d = Double.parseDouble(t);
      return Double.isFinite(d) ? d : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
