package fr.raquette.territory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Declared needs counted and their persons summed, by theme or by commune. */
class NeedTallyTest {
  private static DeclaredNeed need(String commune, String theme, double weight) {
    return new DeclaredNeed(
        commune, theme, "", "", "", weight, "", new fr.raquette.io.Origin("besoins.csv", 2), false);
  }

  private static final List<DeclaredNeed> NEEDS =
      List.of(
          need("23096", "sante", 1),
          need("23096", "sante", 12.5),
          need("23031", "sante", 3),
          need("23096", "mobilite", 1),
          need("23031", "numerique", 0));

  @Test
  void countsAndPersonsByKey() {
    Map<String, double[]> byTheme =
        NeedTally.by(NEEDS, n -> true, DeclaredNeed::theme, new TreeMap<>());
    assertEquals(List.of("mobilite", "numerique", "sante"), List.copyOf(byTheme.keySet()));
    assertArrayEquals(new double[] {3, 16.5}, byTheme.get("sante"));
    assertArrayEquals(new double[] {1, 0}, byTheme.get("numerique"), "a need of 0 persons counts");
    Map<String, double[]> health =
        NeedTally.by(NEEDS, n -> n.theme().equals("sante"), DeclaredNeed::commune, new TreeMap<>());
    assertArrayEquals(new double[] {2, 13.5}, health.get("23096"));
    assertArrayEquals(new double[] {1, 3}, health.get("23031"));
    assertEquals(2, health.size());
  }
}
