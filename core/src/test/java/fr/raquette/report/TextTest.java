package fr.raquette.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Whole numbers grouped by hand read as DecimalFormat writes them. */
class TextTest {
  private static String decimalFormat(double n, boolean fr) {
    DecimalFormatSymbols sym = DecimalFormatSymbols.getInstance(Locale.ROOT);
    sym.setGroupingSeparator(fr ? '\u202F' : ',');
    sym.setDecimalSeparator(fr ? ',' : '.');
    DecimalFormat d = new DecimalFormat("#,##0", sym);
    d.setRoundingMode(RoundingMode.HALF_EVEN);
    return d.format(n == 0 ? 0 : n);
  }

  @Test
  void integersAsDecimalFormat() {
    Text fr = new Text(Locale.FRENCH);
    Text en = new Text(Locale.ENGLISH);
    assertEquals("1\u202F450", fr.integer(1450));
    assertEquals("1,450", en.integer(1450));
    assertEquals("0", fr.integer(-0.0));
    assertEquals("2", fr.integer(2.5), "a fraction still rounds half even");
    SplittableRandom r = new SplittableRandom(11);
    for (int k = 0; k < 200_000; k++) {
      double n =
          switch (k % 5) {
            case 0 -> k / 5;
            case 1 -> -(k / 5);
            case 2 -> Math.rint(Math.pow(10, r.nextDouble(0, 15.2)));
            case 3 -> -Math.rint(Math.pow(10, r.nextDouble(0, 15.2)));
            default -> r.nextDouble(-1e7, 1e7);
          };
      assertEquals(decimalFormat(n, true), fr.integer(n), Double.toString(n));
      assertEquals(decimalFormat(n, false), en.integer(n), Double.toString(n));
    }
    for (double n : new double[] {999, 1000, 999_999, 1_000_000, 1e15 - 1, 1e15, 1e16, -1e15}) {
      assertEquals(decimalFormat(n, true), fr.integer(n), Double.toString(n));
    }
  }
}
