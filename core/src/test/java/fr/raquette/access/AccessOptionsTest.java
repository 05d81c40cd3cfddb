package fr.raquette.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AccessOptionsTest {

  @Test
  void methodIds() {
    assertEquals(Method.FCA, Method.fromId("fca"));
    assertEquals(Method.TWO_SFCA, Method.fromId("2SFCA"));
    assertEquals(Method.E2SFCA, Method.fromId(" e2sfca "));
    assertEquals(Method.THREE_SFCA, Method.fromId("3sfca"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Method.fromId("4sfca"));
    assertTrue(e.getMessage().contains("fca, 2sfca, e2sfca ou 3sfca"), e.getMessage());
    for (Method m : Method.values()) {
      assertEquals(m, Method.fromId(m.id()));
    }
  }

  @Test
  void defaultsToScoresPerThousand() {
    AccessOptions o = AccessOptions.of(Method.E2SFCA, DistanceBands.DEFAULT);
    assertEquals(1000, o.scale(), 0);
    assertEquals(20, o.maxCost(), 0);
  }

  @Test
  void singleCatchmentMethodsRefuseBands() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> AccessOptions.of(Method.TWO_SFCA, DistanceBands.DEFAULT));
    assertTrue(e.getMessage().contains("e2sfca"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> AccessOptions.of(Method.FCA, DistanceBands.parse("10:0.5")));
    assertEquals(10, AccessOptions.catchment(Method.FCA, 10).maxCost(), 0);
  }

  @Test
  void rejectsBadScale() {
    DistanceBands b = DistanceBands.single(5);
    assertThrows(IllegalArgumentException.class, () -> new AccessOptions(Method.E2SFCA, b, 0));
    assertThrows(
        IllegalArgumentException.class, () -> new AccessOptions(Method.E2SFCA, b, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> new AccessOptions(null, b, 1));
  }
}
