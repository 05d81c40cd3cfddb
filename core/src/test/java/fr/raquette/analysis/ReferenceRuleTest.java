package fr.raquette.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who is in the yardstick and who is out (docs/methode.md, "Référence"). */
class ReferenceRuleTest {
  private static final double N = Double.NaN;

  /** One case: communes (demand, score, counted), then the mean expected (NaN: none). */
  record Case(String why, double[] demand, double[] score, boolean[] counted, double mean) {}

  static final List<Case> CASES =
      List.of(
          new Case(
              "every commune has a score: the population-weighted mean",
              new double[] {100, 300},
              new double[] {2, 4},
              new boolean[] {true, true},
              (100 * 2 + 300 * 4) / 400.0),
          new Case(
              "a commune without a score (a trou) is out, not 0",
              new double[] {100, 300, 600},
              new double[] {2, 4, N},
              new boolean[] {true, true, true},
              (100 * 2 + 300 * 4) / 400.0),
          new Case(
              "a commune not evaluable (no outline, no source) is out even with a score",
              new double[] {100, 300},
              new double[] {2, 9},
              new boolean[] {true, false},
              2),
          new Case(
              "a commune of the context ring is out",
              new double[] {100, 100},
              new double[] {1, 5},
              new boolean[] {false, true},
              5),
          new Case(
              "a score of 0 (supply in reach, amounting to nothing) is in",
              new double[] {100, 100},
              new double[] {0, 4},
              new boolean[] {true, true},
              2),
          new Case(
              "a commune of population 0 weighs nothing",
              new double[] {0, 50},
              new double[] {100, 3},
              new boolean[] {true, true},
              3),
          new Case(
              "nobody has a score: no yardstick",
              new double[] {100, 100},
              new double[] {N, N},
              new boolean[] {true, true},
              N),
          new Case("no commune at all", new double[0], new double[0], new boolean[0], N));

  @Test
  void whoIsInAndWhoIsOut() {
    for (Case c : CASES) {
      double m = ReferenceRule.mean(c.demand(), c.score(), c.counted());
      if (Double.isNaN(c.mean())) {
        assertTrue(Double.isNaN(m), c.why() + ": " + m);
      } else {
        assertEquals(c.mean(), m, 1e-12, c.why());
      }
    }
  }

  @Test
  void theSumCountsTheCommunesInAndOut() {
    ReferenceRule.Sum s =
        ReferenceRule.sum(
            new double[] {100, 300, 600, 50},
            new double[] {2, 4, N, 7},
            new boolean[] {true, true, true, false});
    assertEquals(400, s.population());
    assertEquals(1400, s.weighted());
    assertEquals(2, s.communesIn());
    assertEquals(2, s.communesOut());
  }
}
