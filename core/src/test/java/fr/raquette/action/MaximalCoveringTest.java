package fr.raquette.action;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MaximalCoveringTest {
  @Test
  void greedyTakesTheLargestUncoveredDemandFirst() {
    double[] w = {100, 50, 30, 20};
    List<int[]> covers = List.of(new int[] {0, 1}, new int[] {1, 2}, new int[] {2, 3});
    MaximalCovering.Choice c = MaximalCovering.greedy(w, covers, 2);
    assertArrayEquals(new int[] {0, 2}, c.sites());
    assertArrayEquals(new double[] {150, 50}, c.gains());
    assertEquals(200, c.covered());
  }

  @Test
  void greedyStopsWhenNothingIsLeftToCover() {
    double[] w = {10, 0};
    List<int[]> covers = List.of(new int[] {0}, new int[] {1}, new int[] {0});
    MaximalCovering.Choice c = MaximalCovering.greedy(w, covers, 3);
    assertArrayEquals(new int[] {0}, c.sites());
    assertEquals(10, c.covered());
  }

  @Test
  void tiesGoToTheLowerIndex() {
    double[] w = {5, 5};
    List<int[]> covers = List.of(new int[] {1}, new int[] {0});
    assertArrayEquals(new int[] {0}, MaximalCovering.greedy(w, covers, 1).sites());
    assertArrayEquals(new int[] {0}, MaximalCovering.exact(w, covers, 1).sites());
  }

  /** The classic case where greedy is not optimal: the exact search must find the better pair. */
  @Test
  void exactBeatsGreedyWhereGreedyIsMyopic() {
    double[] w = {10, 10, 10, 10};
    List<int[]> covers =
        List.of(new int[] {1, 2}, new int[] {0, 1}, new int[] {2, 3}, new int[] {1});
    // Greedy: all tie at 20, takes 0 ({1,2}), then 1 or 2 add 10: 30. Exact: {0,1},{2,3} = 40.
    assertEquals(30, MaximalCovering.greedy(w, covers, 2).covered());
    MaximalCovering.Choice best = MaximalCovering.exact(w, covers, 2);
    assertArrayEquals(new int[] {1, 2}, best.sites());
    assertEquals(40, best.covered());
  }

  /** Greedy covers at least (1 - 1/e) of the optimum (Nemhauser et al. 1978), never more. */
  @Test
  void greedyIsWithinItsGuaranteeOnRandomCases() {
    SplittableRandom r = new SplittableRandom(11);
    for (int n = 0; n < 300; n++) {
      int demand = r.nextInt(1, 12);
      int candidates = r.nextInt(1, 9);
      double[] w = new double[demand];
      for (int i = 0; i < demand; i++) {
        w[i] = r.nextInt(0, 1000);
      }
      List<int[]> covers = new ArrayList<>();
      for (int j = 0; j < candidates; j++) {
        covers.add(r.ints(0, demand).distinct().limit(r.nextInt(0, demand + 1)).toArray());
      }
      int p = r.nextInt(1, 4);
      double g = MaximalCovering.greedy(w, covers, p).covered();
      double e = MaximalCovering.exact(w, covers, p).covered();
      assertTrue(g <= e + 1e-9, "greedy above the optimum");
      assertTrue(g >= (1 - 1 / Math.E) * e - 1e-9, "greedy below its guarantee");
    }
  }
}
