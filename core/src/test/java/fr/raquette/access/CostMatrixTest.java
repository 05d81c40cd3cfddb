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
}
