package fr.raquette.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Fixed-decimal numbers of the CSV outputs: the digits of {@code BigDecimal.valueOf(v)} rounded
 * HALF_UP to {@code decimals} places (that is, HALF_UP on the shortest decimal form {@link
 * Double#toString} gives, so {@code 0.125} gives {@code 0.13} at two decimals), {@code .} as
 * separator, never {@code -0}.
 *
 * <p>A national report formats millions of cells, and BigDecimal made them most of the reports'
 * time. Almost every value lies far from a tie, where rounding {@code v·10ⁿ} in binary gives the
 * same integer as rounding the decimal form; only values within a millionth of a unit of a tie, and
 * values too large for the margin to hold, still go through BigDecimal.
 */
final class Decimals {
  private Decimals() {}

  private static final double[] POW10 = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};

  /**
   * Beyond this the binary error of {@code v·10ⁿ} (≤ 2⁻⁵³ of it, ~1.1e-7 here) and the gap between
   * {@code v} and its decimal form (≤ half an ulp, as much again) could reach {@link #TIE_MARGIN}.
   */
  private static final double MAX_SCALED = 1e9;

  /** Distance from a tie, in units of the last decimal, under which BigDecimal decides. */
  private static final double TIE_MARGIN = 1e-6;

  /** Appends {@code v} with {@code decimals} places (0 to 8). */
  static void append(StringBuilder out, double v, int decimals) {
    long units = units(v, decimals);
    if (units < 0) {
      out.append(exact(v, decimals));
      return;
    }
    if (units != 0 && v < 0) {
      out.append('-');
    }
    out.append(units / (long) POW10[decimals]);
    if (decimals > 0) {
      out.append('.');
      long frac = units % (long) POW10[decimals];
      for (int d = decimals - 1; d >= 0; d--) {
        out.append((char) ('0' + (frac / (long) POW10[d]) % 10));
      }
    }
  }

  /**
   * {@code |v|} in units of the last of {@code decimals} places (0 to 8), rounded HALF_UP as {@link
   * #append} writes it; -1 where {@link #exact} must decide (near a tie, too large, NaN). The
   * digits are the units' with a point before the last {@code decimals}; a minus sign when {@code v
   * < 0} and the units are not 0.
   */
  static long units(double v, int decimals) {
    double scaled =
        decimals >= 0 && decimals < POW10.length ? Math.abs(v) * POW10[decimals] : Double.NaN;
    if (scaled < MAX_SCALED) {
      double floor = Math.floor(scaled);
      double fraction = scaled - floor;
      if (Math.abs(fraction - 0.5) > TIE_MARGIN) {
        return (long) floor + (fraction > 0.5 ? 1 : 0);
      }
    }
    return -1;
  }

  /** The reference rounding, for ties and large values. */
  static String exact(double v, int decimals) {
    String t = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    return t.startsWith("-") && t.chars().noneMatch(c -> c >= '1' && c <= '9') ? t.substring(1) : t;
  }
}
