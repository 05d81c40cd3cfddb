package fr.raquette.analysis;

import fr.raquette.themes.Theme;
import java.util.List;
import java.util.Map;

/**
 * The class of each reported commune of a theme with every catchment scaled, for the sensitivity
 * ({@link Sensitivity}): the fast path of assessing the theme again at that scale, whose oracle is
 * the diagnosis run with {@code options.atScale(s)} ({@code ScaledClassesAgreeTest} checks that
 * they agree). It reuses what no catchment changes — the theme's demand and declared needs, each
 * element's supply and covered communes, the classes of its home services — and computes, for each
 * element judged by distance, only its cost rows, scores and yardstick at the scaled catchment and
 * the class of each commune: no nearest offer (it only weighs a gap's severity, never its class),
 * no outcome, no département row, no indicator.
 */
final class ScaledClasses {
  private ScaledClasses() {}

  /**
   * What the theme's assessment at 1× keeps for its assessments at other scales.
   *
   * @param runs its elements judged at 1×, in basket order
   */
  record Basis(
      Theme theme, Demand demand, Map<String, double[]> needs, List<ElementJudge.Run> runs) {}

  /**
   * The classes of the theme's reported communes, in commune order (the order of its indicators),
   * with the catchments of {@code scaled}: the worst class of the elements judged there ({@link
   * Diagnoser#worstClass}), non évaluable when none can be judged.
   */
  static Classification[] of(ElementJudge.Context scaled, Basis at1) {
    CommuneTable table = scaled.table();
    // Each element's classes on its own core, combined in the basket's order.
    List<Classification[]> classes =
        at1.runs().parallelStream().map(run -> classes(scaled, at1, run)).toList();
    Classification[] worst = new Classification[table.size()];
    for (Classification[] c : classes) {
      for (int i = 0; c != null && i < worst.length; i++) {
        if (table.reported[i]) {
          worst[i] = Diagnoser.worstClass(worst[i], c[i]);
        }
      }
    }
    Classification[] out = new Classification[countReported(table)];
    int k = 0;
    for (int i = 0; i < worst.length; i++) {
      if (table.reported[i]) {
        out[k++] = worst[i] == null ? Classification.NON_EVALUABLE : worst[i];
      }
    }
    return out;
  }

  /**
   * The class of each reported commune for one element at the context's scale (by distance), or as
   * judged at 1× (home services: no catchment); null for a département element (rows, no class per
   * commune).
   */
  private static Classification[] classes(
      ElementJudge.Context scaled, Basis at1, ElementJudge.Run run) {
    if (run.outcomes() == null) {
      return null;
    }
    CommuneTable table = scaled.table();
    Classification[] c = new Classification[table.size()];
    if (!run.element().scale().byDistance()) {
      for (int i = 0; i < c.length; i++) {
        if (table.reported[i]) {
          c[i] = run.outcomes()[i].classification();
        }
      }
      return c;
    }
    ElementJudge judge =
        ElementJudge.of(scaled, at1.theme(), run.element(), at1.demand(), at1.needs());
    ElementJudge.Measured m = judge.measure(run.supply(), run.covered(), null);
    for (int i = 0; i < c.length; i++) {
      if (table.reported[i]) {
        c[i] =
            judge.unjudged(i, run.covered(), run.summary().coverage()) != null
                ? Classification.NON_EVALUABLE
                : judge.classOf(i, m);
      }
    }
    return c;
  }

  private static int countReported(CommuneTable table) {
    int n = 0;
    for (boolean r : table.reported) {
      n += r ? 1 : 0;
    }
    return n;
  }
}
