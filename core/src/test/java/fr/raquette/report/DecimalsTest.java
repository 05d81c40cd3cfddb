package fr.raquette.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fast path gives the digits BigDecimal gave, ties and extreme values included. */
class DecimalsTest {
  /**
   * How many cases each differential loop runs: all of them under {@code -Pfull-tests}, a twentieth
   * by default (the whole test took 25 s of the 2-minute build on the 2-core machine).
   */
  private static final int SHARE = Boolean.getBoolean("raquette.tests.full") ? 1 : 20;

  /** The formatter the CSV reports used before, kept here as the oracle. */
  private static String bigDecimal(double v, int decimals) {
    String t = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    return t.startsWith("-") && t.chars().noneMatch(c -> c >= '1' && c <= '9') ? t.substring(1) : t;
  }

  private static String fast(double v, int decimals) {
    StringBuilder sb = new StringBuilder();
    Decimals.append(sb, v, decimals);
    return sb.toString();
  }

  private static void check(double v) {
    for (int decimals = 0; decimals <= 8; decimals++) {
      assertEquals(bigDecimal(v, decimals), fast(v, decimals), v + " at " + decimals);
    }
  }

  /** {@code v}, its neighbours a few ulps away, and their opposites. */
  private static void checkAround(double v) {
    double lo = v;
    double hi = v;
    for (int k = 0; k < 4; k++) {
      check(lo);
      check(-lo);
      check(hi);
      check(-hi);
      lo = Math.nextDown(lo);
      hi = Math.nextUp(hi);
    }
  }

  @Test
  void tiesRoundHalfUpOnTheShortestDecimalForm() {
    assertEquals("0.13", fast(0.125, 2));
    assertEquals("-0.13", fast(-0.125, 2));
    // 2.675 is 2.67499999... in binary, but its shortest form 2.675 is a tie: BigDecimal.valueOf
    // rounds it up, and so must the fast path.
    assertEquals("2.68", fast(2.675, 2));
    assertEquals("1.01", fast(1.005, 2));
    assertEquals("3", fast(2.5, 0));
    assertEquals("0.1", fast(0.05, 1));
    for (int decimals = 0; decimals <= 6; decimals++) {
      double p = Math.pow(10, decimals);
      for (long k = 0; k < 20_000 / SHARE; k++) {
        checkAround((k + 0.5) / p);
      }
    }
    SplittableRandom r = new SplittableRandom(7);
    for (int n = 0; n < 20_000 / SHARE; n++) {
      int decimals = r.nextInt(0, 9);
      long k = r.nextLong(0, 2_000_000_000L);
      checkAround((k + 0.5) / Math.pow(10, decimals));
    }
  }

  @Test
  void zeroHasNoSign() {
    assertEquals("0.00", fast(-0.0, 2));
    assertEquals("0.00", fast(-0.001, 2));
    assertEquals("0", fast(-0.4, 0));
    checkAround(0);
    checkAround(Double.MIN_VALUE);
  }

  @Test
  void tinyAndHugeValues() {
    List<Double> values = new ArrayList<>();
    for (int e = -320; e <= 300; e++) {
      values.add(Math.pow(10, e));
      values.add(1.5 * Math.pow(10, e));
      values.add(9.999999999 * Math.pow(10, e));
    }
    values.add(Double.MAX_VALUE);
    values.add(Double.MIN_NORMAL);
    values.add(4.5e15);
    values.add(9.007199254740993e15);
    values.add(123456789.5);
    values.add(999999999.99995);
    for (double v : values) {
      check(v);
      check(-v);
    }
  }

  @Test
  void randomValuesOfEveryMagnitude() {
    SplittableRandom r = new SplittableRandom(2024);
    for (int n = 0; n < 300_000 / SHARE; n++) {
      double v =
          switch (n % 4) {
            case 0 -> r.nextDouble() * 100; // distances, ratios
            case 1 -> r.nextDouble() * 1e6; // populations, severities
            case 2 -> Math.pow(10, r.nextDouble(-12, 12)); // any magnitude
            default -> Double.longBitsToDouble(r.nextLong()); // any bits
          };
      if (Double.isFinite(v)) {
        check(v);
        check(-v);
      }
    }
  }
}
