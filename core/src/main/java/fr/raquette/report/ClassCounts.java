package fr.raquette.report;

import fr.raquette.analysis.Classification;
import fr.raquette.analysis.Indicator;
import fr.raquette.analysis.ThemeResult;

/**
 * How many communes of a theme fall in each class, counted in one pass over its indicators (a
 * national theme has 35,000; {@link ThemeResult#count} walks them once per class asked).
 */
final class ClassCounts {
  private final long[] byClass = new long[Classification.values().length];

  private ClassCounts() {}

  static ClassCounts of(ThemeResult r) {
    ClassCounts n = new ClassCounts();
    for (Indicator i : r.indicators()) {
      n.byClass[i.classification().ordinal()]++;
    }
    return n;
  }

  /** The communes of the theme in class {@code c}. */
  long of(Classification c) {
    return byClass[c.ordinal()];
  }
}
