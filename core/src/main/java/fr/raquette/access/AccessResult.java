package fr.raquette.access;

/**
 * What {@link AccessibilityEngine#compute} found: a score per demand location and a ratio per
 * supply location, both in supply per {@link AccessOptions#scale()} demand. {@code NaN} means "no
 * value", never zero: a demand location that reaches no supply within the catchment has no score; a
 * supply location that no demand reaches has no ratio.
 */
public final class AccessResult {
  private final AccessOptions options;
  private final double[] scores;
  private final double[] supplyRatios;

  AccessResult(AccessOptions options, double[] scores, double[] supplyRatios) {
    this.options = options;
    this.scores = scores;
    this.supplyRatios = supplyRatios;
  }

  /**
   * The scores and (reported, times the scale) supply ratios of {@code options}'s method computed
   * elsewhere than in the engine: for a fast path whose agreement test checks it gives the engine's
   * doubles ({@code analysis.ReachAccess}). The arrays are kept, not copied.
   */
  public static AccessResult of(AccessOptions options, double[] scores, double[] supplyRatios) {
    return new AccessResult(options, scores, supplyRatios);
  }

  public AccessOptions options() {
    return options;
  }

  /** The number of demand locations. */
  public int demandCount() {
    return scores.length;
  }

  /** The number of supply locations. */
  public int supplyCount() {
    return supplyRatios.length;
  }

  /** The accessibility of demand location {@code i}, or NaN when it has none. */
  public double score(int i) {
    return scores[i];
  }

  /** A copy of every score, by demand index. */
  public double[] scores() {
    return scores.clone();
  }

  /**
   * The supply-to-demand ratio of supply location {@code j} (step 1 of the two- and three-step
   * methods), or NaN when no demand reaches it.
   */
  public double supplyRatio(int j) {
    return supplyRatios[j];
  }

  /** A copy of every supply ratio, by supply index. */
  public double[] supplyRatios() {
    return supplyRatios.clone();
  }

  /** How many demand locations have a score (reach some supply). */
  public int scoredCount() {
    int n = 0;
    for (double s : scores) {
      if (!Double.isNaN(s)) {
        n++;
      }
    }
    return n;
  }

  /** How many supply locations some demand reaches. */
  public int reachedSupplyCount() {
    int n = 0;
    for (double r : supplyRatios) {
      if (!Double.isNaN(r)) {
        n++;
      }
    }
    return n;
  }
}
