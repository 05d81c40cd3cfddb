package fr.raquette.access;

/**
 * The band weight of every pair of a cost matrix: the fast path of {@link DistanceBands#weight},
 * its oracle ({@code BandWeightsAgreeTest} checks they give the same doubles), for the millions of
 * pairs of a national run.
 *
 * <p>The loop of {@code weight} takes a branch per band whose outcome the processor cannot guess
 * (pairs come by supply location, not by cost), and a national run spent more time there than in
 * both steps of the method together. Here a pair's band is counted without a branch: the number of
 * limits strictly below the cost, each read from the sign bit of {@code limit - cost} (finite costs
 * only, as a {@link CostMatrix} holds: {@code limit - cost} is negative exactly when {@code cost >
 * limit}, and {@code +0.0} when they are equal), which is the band whose weight {@code weight}
 * returns, the limits being increasing; past the last limit, weight 0.
 */
final class BandWeights {
  private BandWeights() {}

  /** {@code bands.weight(costs.cost(p))} for every pair p. */
  static double[] of(DistanceBands bands, CostMatrix costs) {
    double[] limits = bands.limits();
    double[] weights = java.util.Arrays.copyOf(bands.weights(), limits.length + 1);
    int bandCount = limits.length;
    double[] w = new double[costs.pairs()];
    for (int p = 0; p < w.length; p++) {
      double c = costs.cost(p);
      int below = 0;
      for (int b = 0; b < bandCount; b++) {
        below += (int) (Double.doubleToRawLongBits(limits[b] - c) >>> 63);
      }
      w[p] = weights[below];
    }
    return w;
  }
}
