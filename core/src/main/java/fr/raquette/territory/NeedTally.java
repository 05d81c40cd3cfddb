package fr.raquette.territory;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Declared needs counted, and their persons summed, by a key: by commune for a theme's diagnosis,
 * by theme for the report's table. One rule, so that the report's totals are the diagnosis's.
 */
public final class NeedTally {
  private NeedTally() {}

  /**
   * Adds each need that {@code keep} accepts to {@code into} under its key, in the needs' order:
   * {@code [0]} one more need, {@code [1]} its weight (persons).
   *
   * @return {@code into}
   */
  public static <K> Map<K, double[]> by(
      Collection<DeclaredNeed> needs,
      Predicate<DeclaredNeed> keep,
      Function<DeclaredNeed, K> key,
      Map<K, double[]> into) {
    for (DeclaredNeed n : needs) {
      if (keep.test(n)) {
        double[] a = into.computeIfAbsent(key.apply(n), k -> new double[2]);
        a[0]++;
        a[1] += n.weight();
      }
    }
    return into;
  }
}
