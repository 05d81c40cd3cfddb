package fr.raquette.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link BandWeights}, the branch-free band weights, gives the doubles of its oracle {@link
 * DistanceBands#weight} for random bands and costs, including costs on, just below and just above
 * every limit, 0, and far beyond the catchment.
 */
class BandWeightsAgreeTest {
  private static void agree(DistanceBands bands, double[] costs) {
    CostMatrix.Builder b = CostMatrix.builder(1, costs.length);
    for (int j = 0; j < costs.length; j++) {
      b.add(0, j, costs[j]);
    }
    CostMatrix m = b.build();
    double[] fast = BandWeights.of(bands, m);
    for (int p = 0; p < m.pairs(); p++) {
      double cost = m.cost(p);
      assertEquals(
          Double.doubleToRawLongBits(bands.weight(cost)),
          Double.doubleToRawLongBits(fast[p]),
          () -> bands + " at " + cost);
    }
  }

  private static double[] costsAround(DistanceBands bands, SplittableRandom r) {
    List<Double> costs = new ArrayList<>(List.of(0.0, Double.MIN_VALUE, 1e300));
    for (double l : bands.limits()) {
      costs.add(l);
      costs.add(Math.nextDown(l));
      costs.add(Math.nextUp(l));
    }
    for (int k = 0; k < 200; k++) {
      costs.add(r.nextDouble() * bands.max() * 1.3);
    }
    return costs.stream().mapToDouble(Double::doubleValue).toArray();
  }

  @Test
  void givesTheWeightsOfTheBandsOnRandomBandsAndCosts() {
    SplittableRandom r = new SplittableRandom(14);
    for (int t = 0; t < 300; t++) {
      int n = 1 + r.nextInt(5);
      double[] limits = new double[n];
      double[] weights = new double[n];
      double at = 0;
      for (int i = 0; i < n; i++) {
        at += r.nextBoolean() ? 1 + r.nextInt(20) : 1e-3 + r.nextDouble() * 50;
        limits[i] = at;
        weights[i] = r.nextInt(4) == 0 ? 1 : Math.nextUp(r.nextDouble());
      }
      DistanceBands bands = new DistanceBands(limits, weights);
      for (double s : new double[] {1, 0.75, 1.5}) {
        DistanceBands scaled = bands.scaled(s);
        agree(scaled, costsAround(scaled, r));
      }
    }
  }

  @Test
  void givesTheWeightsOfTheDefaultAndSingleBands() {
    SplittableRandom r = new SplittableRandom(16);
    agree(DistanceBands.DEFAULT, costsAround(DistanceBands.DEFAULT, r));
    agree(DistanceBands.single(30), costsAround(DistanceBands.single(30), r));
  }
}
