package fr.raquette.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link Asin} gives the double {@link StrictMath#asin} gives, its oracle, for every argument. */
class AsinTest {

  private static void same(double x) {
    assertEquals(
        Double.doubleToRawLongBits(StrictMath.asin(x)),
        Double.doubleToRawLongBits(Asin.of(x)),
        () -> "asin(" + x + ") = " + StrictMath.asin(x) + ", port " + Asin.of(x));
  }

  @Test
  void specialValuesAndTheEdgesOfEachBranch() {
    double[] edges = {0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 0.975, -0.975, 0x1p-27, -0x1p-27};
    for (double e : edges) {
      same(e);
      same(Math.nextUp(e));
      same(Math.nextDown(e));
    }
    // 0x3FEF3333 in the high word: the branch limit of |x| > 0.975.
    same(Double.longBitsToDouble(0x3FEF333300000000L));
    same(Double.longBitsToDouble(0x3FEF3332FFFFFFFFL));
    same(Double.MIN_VALUE);
    same(Double.MIN_NORMAL);
    // Not numbers and out of the domain: NaN either way, compared as the same bits.
    assertEquals(Double.isNaN(StrictMath.asin(2)), Double.isNaN(Asin.of(2)));
    assertEquals(Double.isNaN(StrictMath.asin(Double.NaN)), Double.isNaN(Asin.of(Double.NaN)));
    assertEquals(
        Double.isNaN(StrictMath.asin(Double.POSITIVE_INFINITY)),
        Double.isNaN(Asin.of(Double.POSITIVE_INFINITY)));
  }

  @Test
  void randomArgumentsOverTheDomainAndEachScale() {
    SplittableRandom random = new SplittableRandom(20261130);
    for (int k = 0; k < 500_000; k++) {
      same(random.nextDouble(-1, 1));
      // The haversine's arguments: sqrt(a) of a few metres to a few thousand km.
      same(Math.sqrt(random.nextDouble()) * Math.pow(10, -random.nextInt(12)));
    }
  }

  @Test
  void everyBitPatternOfAFewHighWordsInEachBranch() {
    int[] highWords = {0x3e3fffff, 0x3e400000, 0x3f500000, 0x3fdfffff, 0x3fe00000, 0x3fef3333};
    SplittableRandom random = new SplittableRandom(14);
    for (int high : highWords) {
      for (int k = 0; k < 100_000; k++) {
        long low = random.nextInt() & 0xffffffffL;
        same(Double.longBitsToDouble(((long) high << 32) | low));
        same(-Double.longBitsToDouble(((long) high << 32) | low));
      }
    }
  }
}
