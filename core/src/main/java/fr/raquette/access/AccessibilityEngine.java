package fr.raquette.access;

/**
 * Spatial accessibility by floating catchment areas: how much supply (doctors, places, services)
 * each demand location (usually a population) can reach, given the costs of the demand×supply pairs
 * that are within reach.
 *
 * <p>Notation: {@code P_i} demand at location {@code i}, {@code S_j} supply at location {@code j},
 * {@code c_ij} the cost from {@code i} to {@code j}, {@code d0} the catchment (the last band
 * limit), {@code W_ij} the band weight of {@code c_ij} ({@link DistanceBands#weight}: 0 beyond
 * {@code d0}), {@code N(i) = { j : c_ij <= d0 }} the supplies within {@code i}'s catchment
 * (inclusive), {@code k} the scale (1000 by default). Pairs absent from the {@link CostMatrix} are
 * out of reach.
 *
 * <pre>
 * 2SFCA (Luo &amp; Wang 2003), E2SFCA (Luo &amp; Qi 2009); W_ij = 1 within d0 for 2SFCA:
 *   step 1   R_j = S_j / Σ_{i : c_ij &lt;= d0} W_ij P_i
 *   step 2   A_i = k · Σ_{j ∈ N(i)} W_ij R_j
 *
 * 3SFCA (Wan, Zou &amp; Sternberg 2012), selection weights from the same band weights:
 *   G_ij = W_ij / Σ_{m ∈ N(i)} W_im
 *   step 1   R_j = S_j / Σ_{i : c_ij &lt;= d0} G_ij W_ij P_i
 *   step 2   A_i = k · Σ_{j ∈ N(i)} G_ij W_ij R_j
 *
 * FCA (Peng 1997; Luo &amp; Wang 2003), with demand-to-demand costs c'_ih:
 *   A_i = k · Σ_{j ∈ N(i)} S_j / (P_i + Σ_{h ≠ i : c'_ih &lt;= d0} P_h)
 * </pre>
 *
 * <p>Conventions:
 *
 * <ul>
 *   <li>A supply location whose step-1 denominator is 0 (no demand reaches it, or only demand of 0)
 *       has no ratio ({@code NaN}) and is kept out of step 2: nobody shares it.
 *   <li>A demand location with no supply in {@code N(i)} having a ratio has no score ({@code NaN}),
 *       which is not a score of 0: 0 means "supply in reach, but none of it available". Demand
 *       {@code P_i > 0} makes every {@code j ∈ N(i)} have a ratio, so for it NaN means exactly "no
 *       supply within the catchment"; a location of demand 0 still gets the score a person there
 *       would have.
 *   <li>FCA: {@code i} is always in its own catchment (cost 0), listed in the neighbour costs or
 *       not; the score is NaN when {@code N(i)} is empty or the catchment holds no demand. The
 *       supply ratios reported with FCA are the 2SFCA step-1 ratios, for information.
 *   <li>The supply ratios are reported multiplied by {@code k}, like the scores.
 * </ul>
 *
 * <p>Cost is linear in the number of pairs plus locations; sums run in a fixed order (pairs sorted
 * by demand then supply index), so the same input gives the same doubles.
 */
public final class AccessibilityEngine {
  private AccessibilityEngine() {}

  /**
   * Computes 2SFCA, E2SFCA or 3SFCA; FCA needs demand-to-demand costs, given through {@link
   * #compute(double[], double[], CostMatrix, CostMatrix, AccessOptions)}.
   *
   * @param demand demand per demand location, finite and {@code >= 0}
   * @param supply supply per supply location, finite and {@code >= 0}
   * @param costs demand×supply costs of the pairs within reach (pairs beyond the catchment may be
   *     there: they weigh 0)
   * @throws IllegalArgumentException when sizes disagree, a value is invalid, or the method is FCA
   */
  public static AccessResult compute(
      double[] demand, double[] supply, CostMatrix costs, AccessOptions options) {
    return compute(demand, supply, costs, null, options);
  }

  /**
   * Computes any method.
   *
   * @param neighbours demand×demand costs, required by FCA (the demand within {@code i}'s
   *     catchment), ignored by the others, may be {@code null} for them
   */
  public static AccessResult compute(
      double[] demand,
      double[] supply,
      CostMatrix costs,
      CostMatrix neighbours,
      AccessOptions options) {
    if (demand == null || supply == null || costs == null || options == null) {
      throw new IllegalArgumentException("demand, supply, costs and options are required");
    }
    if (costs.origins() != demand.length || costs.destinations() != supply.length) {
      throw new IllegalArgumentException(
          "the cost matrix is "
              + costs.origins()
              + "×"
              + costs.destinations()
              + " but there are "
              + demand.length
              + " demand and "
              + supply.length
              + " supply locations");
    }
    checkValues("demand", demand);
    checkValues("supply", supply);
    if (options.method() == Method.FCA) {
      if (neighbours == null) {
        throw new IllegalArgumentException(
            "fca needs the demand-to-demand costs: the demand within each catchment");
      }
      if (neighbours.origins() != demand.length || neighbours.destinations() != demand.length) {
        throw new IllegalArgumentException(
            "the neighbour matrix is "
                + neighbours.origins()
                + "×"
                + neighbours.destinations()
                + " but there are "
                + demand.length
                + " demand locations");
      }
    }

    double[] weight = pairWeights(costs, options);
    double[] ratio = supplyRatios(demand, supply, costs, weight);
    double k = options.scale();
    double[] scores =
        options.method() == Method.FCA
            ? fca(demand, supply, costs, neighbours, weight, options.maxCost(), k)
            : stepTwo(costs, weight, ratio, k);
    double[] reported = new double[ratio.length];
    for (int j = 0; j < ratio.length; j++) {
      reported[j] = k * ratio[j];
    }
    return new AccessResult(options, scores, reported);
  }

  /**
   * Refuses demand or supply values the engine refuses: every value finite and {@code >= 0}.
   *
   * @throws IllegalArgumentException naming {@code what} and the first location at fault
   */
  public static void checkValues(String what, double[] values) {
    for (int i = 0; i < values.length; i++) {
      if (!(values[i] >= 0) || !Double.isFinite(values[i])) {
        throw new IllegalArgumentException(
            what + " must be finite and >= 0; location " + i + " has " + values[i]);
      }
    }
  }

  /** The weight of each pair in both steps: W_ij, or G_ij·W_ij for 3SFCA; 0 beyond d0. */
  private static double[] pairWeights(CostMatrix costs, AccessOptions options) {
    double[] w = BandWeights.of(options.bands(), costs);
    if (options.method() == Method.THREE_SFCA) {
      for (int i = 0; i < costs.origins(); i++) {
        int end = costs.rowEnd(i);
        double total = 0;
        for (int p = costs.rowStart(i); p < end; p++) {
          total += w[p];
        }
        for (int p = costs.rowStart(i); p < end; p++) {
          if (w[p] > 0) {
            double g = w[p] / total;
            w[p] = g * w[p];
          }
        }
      }
    }
    return w;
  }

  /** Step 1: R_j = S_j / Σ_i w_ij P_i, NaN when that sum is 0. Sums run by increasing i. */
  private static double[] supplyRatios(
      double[] demand, double[] supply, CostMatrix costs, double[] weight) {
    double[] reached = new double[supply.length];
    for (int i = 0; i < costs.origins(); i++) {
      int end = costs.rowEnd(i);
      for (int p = costs.rowStart(i); p < end; p++) {
        if (weight[p] > 0) {
          reached[costs.destination(p)] += weight[p] * demand[i];
        }
      }
    }
    double[] ratio = new double[supply.length];
    for (int j = 0; j < ratio.length; j++) {
      ratio[j] = reached[j] > 0 ? supply[j] / reached[j] : Double.NaN;
    }
    return ratio;
  }

  /** Step 2: A_i = k · Σ_j w_ij R_j over the supplies in reach that have a ratio. */
  private static double[] stepTwo(CostMatrix costs, double[] weight, double[] ratio, double k) {
    double[] scores = new double[costs.origins()];
    for (int i = 0; i < scores.length; i++) {
      double sum = 0;
      boolean any = false;
      int end = costs.rowEnd(i);
      for (int p = costs.rowStart(i); p < end; p++) {
        double r = ratio[costs.destination(p)];
        if (weight[p] > 0 && !Double.isNaN(r)) {
          sum += weight[p] * r;
          any = true;
        }
      }
      scores[i] = any ? k * sum : Double.NaN;
    }
    return scores;
  }

  /** FCA: supply within i's catchment over demand within it, i itself always included. */
  private static double[] fca(
      double[] demand,
      double[] supply,
      CostMatrix costs,
      CostMatrix neighbours,
      double[] weight,
      double d0,
      double k) {
    double[] scores = new double[demand.length];
    for (int i = 0; i < scores.length; i++) {
      double supplied = 0;
      boolean any = false;
      int end = costs.rowEnd(i);
      for (int p = costs.rowStart(i); p < end; p++) {
        if (weight[p] > 0) {
          supplied += supply[costs.destination(p)];
          any = true;
        }
      }
      double demanded = demand[i];
      int nEnd = neighbours.rowEnd(i);
      for (int p = neighbours.rowStart(i); p < nEnd; p++) {
        int h = neighbours.destination(p);
        if (h != i && neighbours.cost(p) <= d0) {
          demanded += demand[h];
        }
      }
      scores[i] = any && demanded > 0 ? k * (supplied / demanded) : Double.NaN;
    }
    return scores;
  }
}
