package fr.raquette.access;

/**
 * How to compute accessibility: the method, its distance bands and the scale of the scores.
 * Immutable, validated at construction.
 *
 * <p>The catchment is {@code bands.max()}, inclusive: a pair whose cost equals the limit is in.
 * {@link Method#FCA} and {@link Method#TWO_SFCA} take a single band of weight 1 (build it with
 * {@link DistanceBands#single}); the enhanced methods take any bands.
 *
 * @param method the floating catchment method
 * @param bands the distance-decay bands; their last limit is the catchment
 * @param scale what ratios are multiplied by: 1000 gives supply per 1,000 demand
 */
public record AccessOptions(Method method, DistanceBands bands, double scale) {

  /** Scores are supply per 1,000 demand (per 1,000 inhabitants when demand is a population). */
  public static final double DEFAULT_SCALE = 1000;

  public AccessOptions {
    if (method == null || bands == null) {
      throw new IllegalArgumentException("method and bands are required");
    }
    if (!(scale > 0) || !Double.isFinite(scale)) {
      throw new IllegalArgumentException("scale must be a positive number: " + scale);
    }
    if (!method.usesBands()) {
      double[] w = bands.weights();
      if (w.length != 1 || w[0] != 1) {
        throw new IllegalArgumentException(
            method.id()
                + " uses one catchment of weight 1, not bands ("
                + bands
                + "); give only a maximum cost, or use e2sfca or 3sfca for distance decay");
      }
    }
  }

  /** {@code method} with the given bands and scores per 1,000 demand. */
  public static AccessOptions of(Method method, DistanceBands bands) {
    return new AccessOptions(method, bands, DEFAULT_SCALE);
  }

  /** {@code method} with one catchment of weight 1 up to {@code maxCost}, per 1,000 demand. */
  public static AccessOptions catchment(Method method, double maxCost) {
    return new AccessOptions(method, DistanceBands.single(maxCost), DEFAULT_SCALE);
  }

  /** The catchment: costs up to and including it count. */
  public double maxCost() {
    return bands.max();
  }
}
