package fr.raquette.access;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AccessibilityEngineTest {
  private static final double EPS = 1e-9;

  /** A matrix from {origin, destination, cost} triples. */
  private static CostMatrix matrix(int origins, int destinations, double[]... pairs) {
    CostMatrix.Builder b = CostMatrix.builder(origins, destinations);
    for (double[] p : pairs) {
      b.add((int) p[0], (int) p[1], p[2]);
    }
    return b.build();
  }

  private static double[] pair(double o, double d, double cost) {
    return new double[] {o, d, cost};
  }

  @Test
  void oneSupplyTwoDemands() {
    // Demands 100 and 300, one supply of 2, both within 10 (the second exactly at 10: inclusive).
    // Step 1: R = 2 / (100 + 300) = 0.005, i.e. 5 per 1,000.
    // Step 2: each demand reaches only that supply: A = 1000 × 0.005 = 5.
    CostMatrix costs = matrix(2, 1, pair(0, 0, 5), pair(1, 0, 10));
    AccessResult r =
        AccessibilityEngine.compute(
            new double[] {100, 300},
            new double[] {2},
            costs,
            AccessOptions.catchment(Method.TWO_SFCA, 10));
    assertEquals(5, r.score(0), EPS);
    assertEquals(5, r.score(1), EPS);
    assertEquals(5, r.supplyRatio(0), EPS);
    assertEquals(2, r.scoredCount());
  }

  @Test
  void overlappingCatchments() {
    // Demands a=100, b=200, c=100; supplies X=3, Y=1; catchment 10.
    // In reach: a-X 4, b-X 8, b-Y 6, c-Y 2. Beyond: a-Y 15, c-X 10.5 (weigh 0).
    // R_X = 3 / (100 + 200) = 0.01;  R_Y = 1 / (200 + 100) = 1/300.
    // A_a = 1000 × 0.01 = 10;  A_b = 1000 × (0.01 + 1/300) = 13.333…;  A_c = 1000/300 = 3.333…
    // Check: 100×10 + 200×13.333 + 100×3.333 = 4000 = 1000 × (3 + 1), all supply shared out.
    CostMatrix costs =
        matrix(
            3,
            2,
            pair(0, 0, 4),
            pair(1, 0, 8),
            pair(1, 1, 6),
            pair(2, 1, 2),
            pair(0, 1, 15),
            pair(2, 0, 10.5));
    AccessResult r =
        AccessibilityEngine.compute(
            new double[] {100, 200, 100},
            new double[] {3, 1},
            costs,
            AccessOptions.catchment(Method.TWO_SFCA, 10));
    assertEquals(10, r.score(0), EPS);
    assertEquals(1000 * (0.01 + 1.0 / 300), r.score(1), EPS);
    assertEquals(1000.0 / 300, r.score(2), EPS);
    assertEquals(10, r.supplyRatio(0), EPS);
    assertEquals(1000.0 / 300, r.supplyRatio(1), EPS);
  }

  @Test
  void unreachableDemandHasNoScoreNotZero() {
    // Demand 1 has a pair beyond the catchment (25 > 20); demand 2 has no pair at all.
    // Demand 0 shares supply 0 with nobody: R = 4/50, A = 80. Supply 1 is at 0: A would be 0.
    CostMatrix costs = matrix(4, 2, pair(0, 0, 1), pair(1, 0, 25), pair(3, 1, 3));
    AccessResult r =
        AccessibilityEngine.compute(
            new double[] {50, 70, 10, 20},
            new double[] {4, 0},
            costs,
            AccessOptions.of(Method.E2SFCA, DistanceBands.DEFAULT));
    assertEquals(80, r.score(0), EPS);
    assertTrue(Double.isNaN(r.score(1)), "beyond the catchment: no score");
    assertTrue(Double.isNaN(r.score(2)), "no pair: no score");
    // Supply in reach but of 0: a real score of zero, not "no score".
    assertEquals(0, r.score(3), 0);
    assertEquals(2, r.scoredCount());
  }

  @Test
  void supplyNobodyReachesIsKeptOutOfStepOne() {
    // Supplies: 0 (=6) reached by demands 0 (100) and 1 (0); 1 (=9) reached by nobody;
    // 2 (=5) reached only by demand 1, whose demand is 0.
    // R_0 = 6 / (100 + 0) = 0.06 → 60; R_1: nobody, NaN; R_2 = 5 / 0: no demand, NaN.
    // Demand 0: A = 60. Demand 1 (demand 0) reaches supplies 0 and 2: only 0 has a ratio,
    // so A = 60: what a person living there would get.
    // Demand 2 (demand 0) reaches only supply 2, which has no ratio: no score.
    CostMatrix costs = matrix(3, 3, pair(0, 0, 1), pair(1, 0, 2), pair(1, 2, 1), pair(2, 2, 3));
    AccessResult r =
        AccessibilityEngine.compute(
            new double[] {100, 0, 0},
            new double[] {6, 9, 5},
            costs,
            AccessOptions.catchment(Method.TWO_SFCA, 10));
    assertEquals(60, r.supplyRatio(0), EPS);
    assertTrue(Double.isNaN(r.supplyRatio(1)));
    assertTrue(Double.isNaN(r.supplyRatio(2)));
    assertEquals(60, r.score(0), EPS);
    assertEquals(60, r.score(1), EPS);
    assertTrue(Double.isNaN(r.score(2)));
    assertEquals(1, r.reachedSupplyCount());
  }

  @Test
  void decayBandsAtTheirInclusiveEdges() {
    // Bands 5:1, 10:0.68, 20:0.22. One supply of 10; five demands of 100 at costs
    // 5, 10, 20 (exactly on each limit: weights 1, 0.68, 0.22), 20.0001 (beyond: 0) and 5.0001
    // (second band: 0.68).
    // Step 1: R = 10 / (100 × (1 + 0.68 + 0.22 + 0.68)) = 10 / 258.
    // Step 2: A = 1000 × W × 10/258: 38.7597 × W.
    CostMatrix costs =
        matrix(
            5,
            1,
            pair(0, 0, 5),
            pair(1, 0, 10),
            pair(2, 0, 20),
            pair(3, 0, 20.0001),
            pair(4, 0, 5.0001));
    AccessResult r =
        AccessibilityEngine.compute(
            new double[] {100, 100, 100, 100, 100},
            new double[] {10},
            costs,
            AccessOptions.of(Method.E2SFCA, DistanceBands.parse("5:1,10:0.68,20:0.22")));
    double ratio = 10.0 / 258;
    assertEquals(1000 * ratio, r.supplyRatio(0), EPS);
    assertEquals(1000 * ratio, r.score(0), EPS);
    assertEquals(1000 * 0.68 * ratio, r.score(1), EPS);
    assertEquals(1000 * 0.22 * ratio, r.score(2), EPS);
    assertTrue(Double.isNaN(r.score(3)));
    assertEquals(1000 * 0.68 * ratio, r.score(4), EPS);
  }

  @Test
  void twoStepCatchmentIsInclusive() {
    // 2SFCA with catchment 20: cost 20 is in (R = 1/100 → 10), 20.5 is out.
    CostMatrix costs = matrix(2, 1, pair(0, 0, 20), pair(1, 0, 20.5));
    AccessResult r =
        AccessibilityEngine.compute(
            new double[] {100, 100},
            new double[] {1},
            costs,
            AccessOptions.catchment(Method.TWO_SFCA, 20));
    assertEquals(10, r.score(0), EPS);
    assertTrue(Double.isNaN(r.score(1)));
  }

  @Test
  void threeStepByHand() {
    // Bands 5:1, 10:0.5. Demands a=100, b=100; supplies X=10, Y=10.
    // Pairs: a-X 3 (W=1), a-Y 8 (W=0.5), b-Y 2 (W=1).
    // Selection weights: a: ΣW = 1.5 → G_aX = 2/3, G_aY = 1/3; b: ΣW = 1 → G_bY = 1.
    // G×W: aX = 2/3, aY = 1/6, bY = 1.
    // Step 1: R_X = 10 / (100 × 2/3) = 0.15;  R_Y = 10 / (100 × 1/6 + 100 × 1) = 3/35.
    // Step 2: A_a = 1000 × (2/3 × 0.15 + 1/6 × 3/35) = 1000 × (0.1 + 1/70) = 114.2857…
    //         A_b = 1000 × 3/35 = 85.7142…
    // Check: 100 × 114.2857 + 100 × 85.7142 = 20000 = 1000 × (10 + 10).
    CostMatrix costs = matrix(2, 2, pair(0, 0, 3), pair(0, 1, 8), pair(1, 1, 2));
    AccessResult r =
        AccessibilityEngine.compute(
            new double[] {100, 100},
            new double[] {10, 10},
            costs,
            AccessOptions.of(Method.THREE_SFCA, DistanceBands.parse("5:1,10:0.5")));
    assertEquals(150, r.supplyRatio(0), EPS);
    assertEquals(3000.0 / 35, r.supplyRatio(1), EPS);
    assertEquals(1000 * (0.1 + 1.0 / 70), r.score(0), EPS);
    assertEquals(3000.0 / 35, r.score(1), EPS);
  }

  @Test
  void threeStepDiffersFromEnhancedTwoStep() {
    // Same case in E2SFCA: R_X = 10/100 = 0.1, R_Y = 10/(50 + 100) = 1/15;
    // A_a = 1000 × (0.1 + 0.5/15) = 133.333…, A_b = 66.666…
    CostMatrix costs = matrix(2, 2, pair(0, 0, 3), pair(0, 1, 8), pair(1, 1, 2));
    AccessResult r =
        AccessibilityEngine.compute(
            new double[] {100, 100},
            new double[] {10, 10},
            costs,
            AccessOptions.of(Method.E2SFCA, DistanceBands.parse("5:1,10:0.5")));
    assertEquals(1000 * (0.1 + 0.5 / 15), r.score(0), EPS);
    assertEquals(1000.0 / 15, r.score(1), EPS);
  }

  @Test
  void floatingCatchmentByHand() {
    // Demands a=100, b=300, c=600; supplies X=2 (near a), Y=4 (near c); catchment 10.
    // Demand→supply in reach: a-X 2, b-X 9, c-Y 1 (b-Y 12 is beyond).
    // Demand→demand: a-b 8, b-c 10 (on the limit: in), a-c 18 (beyond), a-a 0 (i itself,
    // counted once).
    // A_a = 2 / (100 + 300) → 5;  A_b = 2 / (300 + 100 + 600) → 2;  A_c = 4 / (600 + 300) → 4.444…
    CostMatrix costs = matrix(3, 2, pair(0, 0, 2), pair(1, 0, 9), pair(2, 1, 1), pair(1, 1, 12));
    CostMatrix neighbours =
        matrix(
            3,
            3,
            pair(0, 0, 0),
            pair(0, 1, 8),
            pair(1, 0, 8),
            pair(1, 2, 10),
            pair(2, 1, 10),
            pair(0, 2, 18),
            pair(2, 0, 18));
    AccessResult r =
        AccessibilityEngine.compute(
            new double[] {100, 300, 600},
            new double[] {2, 4},
            costs,
            neighbours,
            AccessOptions.catchment(Method.FCA, 10));
    assertEquals(5, r.score(0), EPS);
    assertEquals(2, r.score(1), EPS);
    assertEquals(4000.0 / 900, r.score(2), EPS);
  }

  @Test
  void floatingCatchmentWithoutSupplyInReachHasNoScore() {
    CostMatrix costs = matrix(2, 1, pair(0, 0, 2));
    CostMatrix neighbours = matrix(2, 2, pair(0, 1, 1), pair(1, 0, 1));
    AccessResult r =
        AccessibilityEngine.compute(
            new double[] {10, 10},
            new double[] {1},
            costs,
            neighbours,
            AccessOptions.catchment(Method.FCA, 5));
    assertEquals(50, r.score(0), EPS);
    assertTrue(Double.isNaN(r.score(1)));
  }

  @Test
  void floatingCatchmentNeedsNeighbours() {
    CostMatrix costs = matrix(1, 1, pair(0, 0, 2));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                AccessibilityEngine.compute(
                    new double[] {1},
                    new double[] {1},
                    costs,
                    AccessOptions.catchment(Method.FCA, 5)));
    assertTrue(e.getMessage().contains("demand-to-demand"), e.getMessage());
  }

  @Test
  void pysalHospitalScenarioWithOneCatchment() {
    // Scenario 0 ("gridlock") of pysal/access, access/tests/test_hospital_example.py: three tracts,
    // population 100, 50, 10 and doctors 15, 20, 100, each tract both demand and supply; costs
    // self 1, suburb↔city (1,2 ↔ 3) 40, suburb↔suburb 80. PySAL checks it with gravity weights;
    // here with its 61-minute catchment and weight 1 (2SFCA), computed by hand:
    // R_1 = 15 / (100 + 10) ; R_2 = 20 / (50 + 10) ; R_3 = 100 / (100 + 50 + 10).
    // A_1 = R_1 + R_3 = 0.13636 + 0.625 ; A_2 = R_2 + R_3 ; A_3 = R_1 + R_2 + R_3 (per 1,000).
    CostMatrix costs =
        matrix(
            3,
            3,
            pair(0, 0, 1),
            pair(1, 1, 1),
            pair(2, 2, 1),
            pair(0, 2, 40),
            pair(1, 2, 40),
            pair(2, 0, 40),
            pair(2, 1, 40),
            pair(0, 1, 80),
            pair(1, 0, 80));
    AccessResult r =
        AccessibilityEngine.compute(
            new double[] {100, 50, 10},
            new double[] {15, 20, 100},
            costs,
            AccessOptions.catchment(Method.TWO_SFCA, 61));
    double r1 = 15.0 / 110;
    double r2 = 20.0 / 60;
    double r3 = 100.0 / 160;
    assertEquals(1000 * (r1 + r3), r.score(0), EPS);
    assertEquals(1000 * (r2 + r3), r.score(1), EPS);
    assertEquals(1000 * (r1 + r2 + r3), r.score(2), EPS);
    assertEquals(761.363636363636, r.score(0), 1e-6);
  }

  @Test
  void twoAndThreeStepMethodsShareOutAllReachedSupply() {
    // Σ_i P_i A_i = k Σ_j S_j over supplies that have a ratio, for 2SFCA, E2SFCA and 3SFCA alike:
    // swapping the sums, Σ_i P_i Σ_j w_ij R_j = Σ_j R_j Σ_i w_ij P_i = Σ_j S_j.
    Case c = randomCase(new Random(42), 300, 80, 4000);
    for (AccessOptions o :
        List.of(
            AccessOptions.catchment(Method.TWO_SFCA, 20),
            AccessOptions.of(Method.E2SFCA, DistanceBands.DEFAULT),
            AccessOptions.of(Method.THREE_SFCA, DistanceBands.DEFAULT))) {
      AccessResult r = AccessibilityEngine.compute(c.demand, c.supply, c.costs(false), o);
      double shared = 0;
      for (int i = 0; i < c.demand.length; i++) {
        if (!Double.isNaN(r.score(i))) {
          shared += c.demand[i] * r.score(i);
        }
      }
      double reached = 0;
      for (int j = 0; j < c.supply.length; j++) {
        if (!Double.isNaN(r.supplyRatio(j))) {
          reached += 1000 * c.supply[j];
        }
      }
      assertTrue(reached > 0);
      assertEquals(reached, shared, reached * 1e-12, o.method().id());
    }
  }

  @Test
  void sameDoublesWhateverTheOrderPairsAreAdded() {
    Case c = randomCase(new Random(7), 200, 50, 3000);
    for (Method m : List.of(Method.TWO_SFCA, Method.E2SFCA, Method.THREE_SFCA)) {
      AccessOptions o =
          m.usesBands()
              ? AccessOptions.of(m, DistanceBands.DEFAULT)
              : AccessOptions.catchment(m, 20);
      AccessResult a = AccessibilityEngine.compute(c.demand, c.supply, c.costs(false), o);
      AccessResult b = AccessibilityEngine.compute(c.demand, c.supply, c.costs(true), o);
      assertArrayEquals(a.scores(), b.scores(), m.id());
      assertArrayEquals(a.supplyRatios(), b.supplyRatios(), m.id());
    }
  }

  @Test
  void rejectsInconsistentInput() {
    CostMatrix costs = matrix(2, 1, pair(0, 0, 1));
    AccessOptions o = AccessOptions.catchment(Method.TWO_SFCA, 5);
    assertThrows(
        IllegalArgumentException.class,
        () -> AccessibilityEngine.compute(new double[] {1}, new double[] {1}, costs, o));
    assertThrows(
        IllegalArgumentException.class,
        () -> AccessibilityEngine.compute(new double[] {1, -1}, new double[] {1}, costs, o));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            AccessibilityEngine.compute(new double[] {1, 1}, new double[] {Double.NaN}, costs, o));
  }

  private record Case(double[] demand, double[] supply, List<double[]> pairs) {
    CostMatrix costs(boolean shuffled) {
      List<double[]> list = new ArrayList<>(pairs);
      if (shuffled) {
        Collections.shuffle(list, new Random(99));
      }
      CostMatrix.Builder b = CostMatrix.builder(demand.length, supply.length);
      for (double[] p : list) {
        b.add((int) p[0], (int) p[1], p[2]);
      }
      return b.build();
    }
  }

  private static Case randomCase(Random rnd, int nDemand, int nSupply, int nPairs) {
    double[] demand = new double[nDemand];
    for (int i = 0; i < nDemand; i++) {
      demand[i] = rnd.nextInt(5) == 0 ? 0 : rnd.nextInt(5000);
    }
    double[] supply = new double[nSupply];
    for (int j = 0; j < nSupply; j++) {
      supply[j] = rnd.nextInt(20);
    }
    boolean[] seen = new boolean[nDemand * nSupply];
    List<double[]> pairs = new ArrayList<>();
    while (pairs.size() < nPairs) {
      int i = rnd.nextInt(nDemand);
      int j = rnd.nextInt(nSupply);
      if (!seen[i * nSupply + j]) {
        seen[i * nSupply + j] = true;
        pairs.add(new double[] {i, j, rnd.nextDouble() * 30});
      }
    }
    return new Case(demand, supply, pairs);
  }
}
