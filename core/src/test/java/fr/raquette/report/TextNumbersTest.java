package fr.raquette.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link Text#decimal1} and {@link Text#decimal2} give DecimalFormat's text, fast path or not. */
class TextNumbersTest {
  /** A share of the cases by default, all of them under {@code -Pfull-tests}. */
  private static final int SHARE = Boolean.getBoolean("raquette.tests.full") ? 1 : 50;

  private static final Text FR = new Text(Locale.FRENCH);
  private static final Text EN = new Text(Locale.ENGLISH);

  private static void check(double v) {
    for (Text x : new Text[] {FR, EN}) {
      assertEquals(x.format(v, Text.DECIMAL1), x.decimal1(v), v + " decimal1");
      assertEquals(x.format(v, Text.DECIMAL2), x.decimal2(v), v + " decimal2");
    }
  }

  /** {@code v}, its neighbours up to two ulps away, and their opposites. */
  private static void checkAround(double v) {
    double up = Math.nextUp(v);
    double down = Math.nextDown(v);
    for (double w : new double[] {v, up, down, Math.nextUp(up), Math.nextDown(down)}) {
      check(w);
      check(-w);
    }
  }

  @Test
  void readersNumbers() {
    assertEquals("1\u202F234,5", FR.decimal1(1234.5));
    assertEquals("1,234.5", EN.decimal1(1234.5));
    assertEquals("24,1", FR.decimal1(24.06));
    assertEquals("20", FR.decimal2(20));
    assertEquals("0,1", FR.decimal2(0.1));
    assertEquals("-0,0", FR.decimal1(-0.01));
    assertEquals("0,0", FR.decimal1(-0.0));
    assertEquals("-0", EN.decimal2(-0.001));
    // 0.15 is 0.1499999... in binary: DecimalFormat rounds it down, the fast path leaves it.
    assertEquals("0.1", EN.decimal1(0.15));
    assertNull(TextNumbers.format(0.15, 1, 1, false));
    assertNull(TextNumbers.format(Double.NaN, 1, 1, false));
    assertNull(TextNumbers.format(Double.POSITIVE_INFINITY, 2, 0, true));
  }

  @Test
  void tiesNaNInfinitiesAndLargeValuesAsDecimalFormat() {
    for (int decimals = 0; decimals <= 3; decimals++) {
      double p = Math.pow(10, decimals);
      for (long k = 0; k < 20_000 / SHARE; k++) {
        checkAround((k + 0.5) / p);
        checkAround(k / p);
      }
    }
    for (double v :
        new double[] {
          Double.NaN,
          Double.POSITIVE_INFINITY,
          1e8,
          99_999_999.95,
          1e9,
          1.5e12,
          1e20,
          0,
          Double.MIN_VALUE,
          Double.MAX_VALUE
        }) {
      checkAround(v);
    }
    check(Double.NEGATIVE_INFINITY);
  }

  @Test
  void randomValuesOfEveryMagnitude() {
    SplittableRandom r = new SplittableRandom(14);
    for (int n = 0; n < 200_000 / SHARE; n++) {
      double v =
          switch (n % 4) {
            case 0 -> r.nextDouble() * 100; // distances
            case 1 -> r.nextDouble() * 1e7; // populations
            case 2 -> Math.pow(10, r.nextDouble(-8, 12)); // any magnitude
            default -> Double.longBitsToDouble(r.nextLong()); // any bits
          };
      check(v);
      check(-v);
    }
  }
}
