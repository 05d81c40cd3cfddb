package fr.raquette.action;

import fr.raquette.analysis.Classification;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One follow-up indicator of a first report ({@code suivi.csv}: a robust gap, its class, score and
 * distance to the nearest supply then) and the same commune × theme in a later report.
 *
 * @param before the indicator as the first report wrote it
 * @param after the same commune × theme in the second report; null when it has none
 */
public record Followed(ClassRow before, ClassRow after) {

  /** How the indicator moved. */
  public enum Trend {
    /** A better class, or the same class with a higher score or a nearer supply. */
    BETTER,
    /** A worse class, or the same class with a lower score or a farther supply. */
    WORSE,
    /** The same class, score and distance. */
    SAME,
    /** Not evaluable on one side, or missing from the second report. */
    UNKNOWN
  }

  /** Pairs each followed indicator with the second report's row for its commune × theme. */
  public static List<Followed> of(Collection<ClassRow> followed, Collection<ClassRow> after) {
    Map<ClassRow.Key, ClassRow> b = new TreeMap<>();
    after.forEach(r -> b.put(r.key(), r));
    List<Followed> out = new ArrayList<>();
    for (ClassRow r : followed) {
      out.add(new Followed(r, b.get(r.key())));
    }
    return out;
  }

  public Trend trend() {
    if (after == null) {
      return Trend.UNKNOWN;
    }
    int a = rank(before.classification());
    int b = rank(after.classification());
    if (a < 0 || b < 0) {
      return Trend.UNKNOWN;
    }
    int c = Integer.compare(b, a);
    if (c == 0) {
      c = Double.compare(value(after.score(), 0), value(before.score(), 0));
    }
    if (c == 0) {
      // A nearer supply is better: compare the opposite way, no supply counting as farthest.
      c =
          Double.compare(
              value(before.nearestKm(), Double.MAX_VALUE),
              value(after.nearestKm(), Double.MAX_VALUE));
    }
    return c > 0 ? Trend.BETTER : c < 0 ? Trend.WORSE : Trend.SAME;
  }

  private static int rank(Classification c) {
    return switch (c) {
      case TROU -> 0;
      case RENFORCER -> 1;
      case COUVERT -> 2;
      case NON_EVALUABLE -> -1;
    };
  }

  private static double value(Double v, double none) {
    return v == null ? none : v;
  }
}
