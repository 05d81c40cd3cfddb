package fr.raquette.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TypeCountsTest {
  private static Map<String, Double> asMap(TypeCounts c) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < c.size(); i++) {
      m.put(c.type(i), c.count(i));
    }
    return m;
  }

  /** Sorted or not, repeated or not, the counts are those of Map.merge with Double::sum. */
  @Test
  void addsUpAsAMapWould() {
    Random random = new Random(7);
    for (int n = 0; n < 2_000; n++) {
      TypeCounts counts = new TypeCounts();
      TypeCounts copy = new TypeCounts();
      Map<String, Double> expected = new LinkedHashMap<>();
      boolean sorted = random.nextBoolean();
      int next = 100;
      for (int row = random.nextInt(40); row > 0; row--) {
        next = sorted ? next + random.nextInt(2) : 100 + random.nextInt(20);
        String type = "D" + next;
        double v = random.nextInt(5) / 2.0;
        counts.add(type, v);
        expected.merge(type, v, Double::sum);
      }
      copy.addAll(counts);
      copy.addAll(counts);
      assertEquals(expected, asMap(counts));
      Map<String, Double> twice = new LinkedHashMap<>();
      expected.forEach((t, v) -> twice.put(t, v + v));
      assertEquals(twice, asMap(copy));
      assertEquals(
          expected.values().stream().mapToDouble(Double::doubleValue).sum(), counts.total());
    }
  }
}
