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
    return text == null ? Double.NaN : parseDecimalOrNaN(text, 0, text.length());
  }

  /**
   * {@link #parseDecimalOrNaN(String)} of {@code text.substring(start, end)}, without building it
   * for a plain decimal: census counts ({@code 162.01}), Filosofi's values ({@code 25820}, {@code
   * 12,5}); 1.6 million cells on France.
   */
  public static double parseDecimalOrNaN(String text, int start, int end) {
    // String.strip's whitespace: never a surrogate, so stripping chars is the same.
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      return Double.NaN;
    }
    double plain = plainDecimal(text, start, end);
    if (!Double.isNaN(plain) || !mayBeNumber(text, start, end)) {
      return plain;
    }
    return spreadsheet(text.substring(start, end));
  }

  /**
   * Whether the text holds only what {@link #spreadsheet} may read as a number: no letter but an
   * exponent's (Filosofi's 875,000 {@code s} cells on France are no number, found without a
   * string).
   */
  private static boolean mayBeNumber(String s, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      boolean ok =
          c >= '0' && c <= '9'
              || c == '.'
              || c == ','
              || c == '-'
              || c == '+'
              || c == 'e'
              || c == 'E'
              || c == ' '
              || c == '\u00A0'
              || c == '\u202F'
              || Character.isDigit(c);
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * A sign, at most 15 digits and at most one decimal point or comma, as {@link Double#parseDouble}
   * reads it; NaN for anything else. Below 10^15 the digits are an exact double, as is 10^k for k ≤
   * 15: their quotient, rounded once, is the correctly rounded value parseDouble gives.
   */
  private static double plainDecimal(String s, int start, int end) {
    int i = start;
    char first = s.charAt(i);
    boolean negative = first == '-';
    if (negative || first == '+') {
      i++;
    }
    long digits = 0;
    int count = 0;
    int decimals = -1;
    for (; i < end; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++count > EXACT_DIGITS) {
          return Double.NaN;
        }
        digits = digits * 10 + (c - '0');
        decimals += decimals >= 0 ? 1 : 0;
      } else if ((c == '.' || c == ',') && decimals < 0) {
        decimals = 0;
      } else {
        return Double.NaN;
      }
    }
    if (count == 0) {
      return Double.NaN;
    }
    return exactDecimal(digits, Math.max(decimals, 0), negative);
  }

  /** The most digits {@link #exactDecimal} takes. */
  public static final int EXACT_DIGITS = 15;

  private static final double[] POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15
  };

  /**
   * The decimal {@code digits} × 10<sup>-decimals</sup>, for at most {@link #EXACT_DIGITS} digits
   * ({@code decimals} ≤ their count): the digits are then an integer below 2<sup>53</sup>, exact in
   * a double, and so is the power of ten; their quotient, rounded once, is the correctly rounded
   * value {@link Double#parseDouble} gives. The one rule of the fast decimal readers (figures,
   * equipment counts, GeoJSON coordinates).
   */
  public static double exactDecimal(long digits, int decimals, boolean negative) {
    double v = decimals > 0 ? digits / POWERS_OF_TEN[decimals] : digits;
    return negative ? -v : v;
  }

  /** Thousands separators, a decimal comma, an exponent: read by {@link Double#parseDouble}. */
  private static double spreadsheet(String s) {
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
