package fr.raquette.action;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The maximal covering location problem (Church &amp; ReVelle 1974): choose {@code p} sites among
 * candidates so that the demand within reach of at least one chosen site is largest. {@link
 * #greedy} is what location-allocation tools use at scale (PySAL {@code spopt}'s MCLP offers it
 * beside the exact integer programme): each step takes the candidate that covers the most demand
 * not yet covered. {@link #exact} enumerates every combination, for small cases and for the tests
 * that check how far the greedy answer is from the optimum.
 *
 * <p>Deterministic: ties go to the candidate of lower index (callers sort candidates by code).
 */
public final class MaximalCovering {
  private MaximalCovering() {}

  /**
   * A choice of sites.
   *
   * @param sites indices of the chosen candidates, in the order they were chosen
   * @param gains demand each site added when it was chosen (greedy) or covers alone (exact)
   * @param covered total demand covered by the sites together
   */
  public record Choice(int[] sites, double[] gains, double covered) {}

  /**
   * @param weights demand of each demand point (people not served today)
   * @param covers for each candidate, the demand points it reaches (no duplicates)
   * @param p how many sites to choose; fewer are chosen when no candidate adds anything
   */
  public static Choice greedy(double[] weights, List<int[]> covers, int p) {
    boolean[] done = new boolean[weights.length];
    boolean[] taken = new boolean[covers.size()];
    List<Integer> sites = new ArrayList<>();
    List<Double> gains = new ArrayList<>();
    double total = 0;
    for (int step = 0; step < p; step++) {
      int best = -1;
      double bestGain = 0;
      for (int j = 0; j < covers.size(); j++) {
        if (!taken[j]) {
          double g = gain(weights, covers.get(j), done);
          if (g > bestGain) {
            best = j;
            bestGain = g;
          }
        }
      }
      if (best < 0) {
        break;
      }
      taken[best] = true;
      for (int i : covers.get(best)) {
        done[i] = true;
      }
      sites.add(best);
      gains.add(bestGain);
      total += bestGain;
    }
    return new Choice(
        sites.stream().mapToInt(Integer::intValue).toArray(),
        gains.stream().mapToDouble(Double::doubleValue).toArray(),
        total);
  }

  /**
   * The optimum by enumeration of every set of {@code p} candidates (at most {@code p} when there
   * are fewer): only for small cases, C(n, p) sets. Among equal optima, the first in lexicographic
   * order of indices.
   */
  public static Choice exact(double[] weights, List<int[]> covers, int p) {
    int n = covers.size();
    int k = Math.min(p, n);
    int[] pick = new int[k];
    for (int i = 0; i < k; i++) {
      pick[i] = i;
    }
    int[] best = pick.clone();
    double bestValue = k == 0 ? 0 : value(weights, covers, pick);
    while (k > 0 && next(pick, n)) {
      double v = value(weights, covers, pick);
      if (v > bestValue) {
        bestValue = v;
        best = pick.clone();
      }
    }
    double[] alone = new double[best.length];
    for (int s = 0; s < best.length; s++) {
      alone[s] = gain(weights, covers.get(best[s]), new boolean[weights.length]);
    }
    return new Choice(best, alone, bestValue);
  }

  private static double gain(double[] weights, int[] reach, boolean[] done) {
    double g = 0;
    for (int i : reach) {
      if (!done[i]) {
        g += weights[i];
      }
    }
    return g;
  }

  private static double value(double[] weights, List<int[]> covers, int[] pick) {
    boolean[] done = new boolean[weights.length];
    double v = 0;
    for (int j : pick) {
      for (int i : covers.get(j)) {
        if (!done[i]) {
          done[i] = true;
          v += weights[i];
        }
      }
    }
    return v;
  }

  /** The next combination of {@code pick.length} indices below {@code n}; false after the last. */
  private static boolean next(int[] pick, int n) {
    int k = pick.length;
    int i = k - 1;
    while (i >= 0 && pick[i] == n - k + i) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    pick[i]++;
    for (int j = i + 1; j < k; j++) {
      pick[j] = pick[j - 1] + 1;
    }
    return true;
  }

  /** For messages and tests. */
  static String describe(Choice c) {
    return Arrays.toString(c.sites()) + " covering " + c.covered();
  }
}
