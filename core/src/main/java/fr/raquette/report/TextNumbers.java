package fr.raquette.report;

/**
 * The fast path of {@link Text}'s numbers with decimals ({@code #,##0.0} and {@code #,##0.##},
 * rounded HALF_UP): the digits written by hand, without DecimalFormat's lock and digit list, for
 * the reasons of a national report (hundreds of thousands of distances). DecimalFormat rounds the
 * exact binary value; so does this path wherever that value lies far from a tie (more than a
 * millionth of the last decimal away), and there it gives the same text. Ties, values too large for
 * that margin, NaN and infinities are left to DecimalFormat ({@code null}).
 */
final class TextNumbers {
  private TextNumbers() {}

  private static final long[] POW10 = {1, 10, 100, 1_000, 10_000};

  /** As in {@link Decimals}: beyond this the binary error of the product could reach the margin. */
  private static final double MAX_SCALED = 1e9;

  private static final double TIE_MARGIN = 1e-6;

  /**
   * {@code v} with at most {@code maxDecimals} (1 to 4) and at least {@code minDecimals} decimals,
   * thousands grouped, in French ({@code 1 234,5}, a narrow no-break space) or English ({@code
   * 1,234.5}); a negative value keeps its sign even when it rounds to zero, as DecimalFormat does.
   *
   * @return the text, or null when DecimalFormat must decide
   */
  static String format(double v, int maxDecimals, int minDecimals, boolean french) {
    double scaled = Math.abs(v) * POW10[maxDecimals];
    if (!(scaled < MAX_SCALED)) {
      return null;
    }
    double floor = Math.floor(scaled);
    double fraction = scaled - floor;
    if (Math.abs(fraction - 0.5) <= TIE_MARGIN) {
      return null;
    }
    long units = (long) floor + (fraction > 0.5 ? 1 : 0);
    long whole = units / POW10[maxDecimals];
    long frac = units % POW10[maxDecimals];
    int decimals = maxDecimals;
    while (decimals > minDecimals && frac % 10 == 0) {
      frac /= 10;
      decimals--;
    }
    StringBuilder sb = new StringBuilder(16);
    if (v < 0) {
      sb.append('-');
    }
    String digits = Long.toString(whole);
    int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    sb.append(digits, 0, first);
    for (int i = first; i < digits.length(); i += 3) {
      sb.append(french ? '\u202F' : ',').append(digits, i, i + 3);
    }
    if (decimals > 0) {
      sb.append(french ? ',' : '.');
      for (int d = decimals - 1; d >= 0; d--) {
        sb.append((char) ('0' + frac / POW10[d] % 10));
      }
    }
    return sb.toString();
  }
}
