package fr.raquette.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class AscendingTest {
  @Test
  void makesTheTreeMapThatPutsMake() {
    Random random = new Random(14);
    for (int n : new int[] {0, 1, 2, 63, 64, 65, 35_011}) {
      TreeMap<String, Integer> put = new TreeMap<>();
      while (put.size() < n) {
        put.put(String.format("%05d", random.nextInt(100_000)), random.nextInt());
      }
      Ascending<Integer> ascending = new Ascending<>();
      put.forEach(ascending::add);
      TreeMap<String, Integer> made = ascending.toTreeMap();
      assertEquals(put, made);
      assertEquals(new ArrayList<>(put.keySet()), new ArrayList<>(made.keySet()));
      assertEquals(List.copyOf(put.values()), List.copyOf(made.values()));
      made.put("zzz", 1); // an ordinary TreeMap, to change as any other
      assertEquals(n + 1, made.size());
    }
  }

  @Test
  void putIfAbsentAnswersAsTheTreeMapInAnyOrder() {
    Random random = new Random(16);
    for (int run = 0; run < 200; run++) {
      TreeMap<String, Integer> tree = new TreeMap<>();
      Ascending<Integer> ascending = new Ascending<>();
      int n = random.nextInt(300);
      int code = 0;
      for (int i = 0; i < n; i++) {
        // Mostly ascending, with repeats and, in some runs, a code that goes back.
        code += random.nextInt(run % 3 == 0 ? 1 : 3) - (random.nextInt(50) == 0 ? 40 : 0);
        String key = String.format("%05d", Math.max(0, code));
        assertEquals(tree.putIfAbsent(key, i), ascending.putIfAbsent(key, i), key);
      }
      TreeMap<String, Integer> made = ascending.toTreeMap();
      assertEquals(tree, made);
      assertEquals(new ArrayList<>(tree.keySet()), new ArrayList<>(made.keySet()));
    }
  }

  @Test
  void refusesAKeyOutOfOrderOrTwice() {
    Ascending<String> a = new Ascending<>();
    a.add("23001", "a");
    assertThrows(IllegalArgumentException.class, () -> a.add("23001", "b"));
    assertThrows(IllegalArgumentException.class, () -> a.add("01001", "c"));
  }
}
