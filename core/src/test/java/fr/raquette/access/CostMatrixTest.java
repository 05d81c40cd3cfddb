package fr.raquette.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CostMatrixTest {

  @Test
  void rowsAreSortedByOriginThenDestination() {
    CostMatrix m =
        CostMatrix.builder(3, 4)
            .add(2, 1, 7)
            .add(0, 3, 1)
            .add(2, 0, 6)
            .add(0, 0, 2)
            .add(0, 2, 3)
            .build();
    assertEquals(5, m.pairs());
    assertEquals(0, m.rowStart(0));
    assertEquals(3, m.rowEnd(0));
    assertEquals(3, m.rowStart(1));
    assertEquals(3, m.rowEnd(1), "origin 1 has no pair");
    assertEquals(5, m.rowEnd(2));
    int[] destinations = new int[5];
    double[] costs = new double[5];
    for (int p = 0; p < 5; p++) {
      destinations[p] = m.destination(p);
      costs[p] = m.cost(p);
    }
    assertEquals("[0, 2, 3, 0, 1]", java.util.Arrays.toString(destinations));
    assertEquals("[2.0, 3.0, 1.0, 6.0, 7.0]", java.util.Arrays.toString(costs));
    assertEquals(3, m.cost(0, 2), 0);
    assertTrue(Double.isNaN(m.cost(1, 2)));
  }

  @Test
  void aPairGivenTwiceNamesBothEntries() {
    CostMatrix.Builder b = CostMatrix.builder(2, 2).add(1, 1, 3).add(0, 1, 2).add(1, 1, 4);
    CostMatrix.DuplicatePairException e =
        assertThrows(CostMatrix.DuplicatePairException.class, b::build);
    assertEquals(0, e.first());
    assertEquals(2, e.second());
    assertEquals(1, e.origin());
    assertEquals(1, e.destination());
  }

  @Test
  void rejectsBadPairs() {
    CostMatrix.Builder b = CostMatrix.builder(2, 2);
    assertThrows(IllegalArgumentException.class, () -> b.add(2, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> b.add(0, -1, 1));
    assertThrows(IllegalArgumentException.class, () -> b.add(0, 0, -0.5));
    assertThrows(IllegalArgumentException.class, () -> b.add(0, 0, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> b.add(0, 0, Double.POSITIVE_INFINITY));
    assertEquals(0, b.size());
  }

  @Test
  void growsPastItsInitialCapacity() {
    CostMatrix.Builder b = CostMatrix.builder(100, 100);
    for (int i = 99; i >= 0; i--) {
      b.add(i, 99 - i, i);
    }
    CostMatrix m = b.build();
    assertEquals(100, m.pairs());
    for (int i = 0; i < 100; i++) {
      assertEquals(i, m.cost(i, 99 - i), 0);
    }
  }

  @Test
  void rowsGivenInOrderMakeTheSameMatrixAsTheBuilder() {
    CostMatrix built =
        CostMatrix.builder(3, 4).add(2, 1, 7).add(0, 3, 1).add(2, 0, 6).add(0, 0, 2).build();
    CostMatrix given =
        CostMatrix.ofRows(
            3, 4, new int[] {0, 2, 2, 4}, new int[] {0, 3, 0, 1}, new double[] {2, 1, 6, 7});
    assertEquals(built.pairs(), given.pairs());
    for (int o = 0; o < 3; o++) {
      assertEquals(built.rowStart(o), given.rowStart(o));
      assertEquals(built.rowEnd(o), given.rowEnd(o));
    }
    for (int p = 0; p < built.pairs(); p++) {
      assertEquals(built.destination(p), given.destination(p));
      assertEquals(built.cost(p), given.cost(p), 0);
    }
  }

  @Test
  void rowsOutOfOrderOrOutOfRangeAreRefused() {
    int[] one = {0, 2};
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () -> CostMatrix.ofRows(1, 3, one, new int[] {2, 1}, new double[] {1, 1}),
        "not sorted");
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () -> CostMatrix.ofRows(1, 3, one, new int[] {1, 1}, new double[] {1, 1}),
        "a pair twice");
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () -> CostMatrix.ofRows(1, 3, one, new int[] {0, 3}, new double[] {1, 1}),
        "destination out of range");
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () -> CostMatrix.ofRows(1, 3, one, new int[] {0, 1}, new double[] {1, -1}),
        "negative cost");
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () -> CostMatrix.ofRows(2, 3, one, new int[] {0, 1}, new double[] {1, 1}),
        "rowStart of the wrong size");
  }
}
