package fr.raquette.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.raquette.territory.Commune;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class NeedPortraitTest {
  @Test
  void sharesAddUpTheFiguresReadNeverTheImputedOnes() {
    Commune a = commune("a", Map.of("POP", 100.0, "POP75P", 10.0, "POP@2011", 80.0), "");
    Commune b = commune("b", Map.of("POP", 300.0, "POP75P", 60.0, "POP@2011", 320.0), "");
    Commune c = commune("c", Map.of("POP", 100.0, "POP75P", 90.0), "POP75P");
    Map<String, NeedPortrait.Share> s = NeedPortrait.of(List.of(a, b, c));
    assertEquals(2, s.get("part_75p").communes());
    assertEquals(70.0 / 400 * 100, s.get("part_75p").percent(), 1e-9);
    assertEquals(0, s.get("taux_pauvrete").communes());
    assertEquals((400.0 / 400 - 1) * 100, s.get("evolution_population_2011").percent(), 1e-9);
  }

  @Test
  void franceIsShippedWithEveryShare() {
    Map<String, NeedPortrait.Share> f = NeedPortrait.france();
    assertEquals(
        NeedPortrait.SPECS.stream().map(NeedPortrait.Spec::id).toList(), List.copyOf(f.keySet()));
    // The raw sums of population-ages-communes-2022.csv over its 34,701 rows that give both
    // P22_POP75P and P22_POP (python, csv module): 6,129,978.93 people 75+ of 61,321,781.
    assertEquals(34_701, f.get("part_75p").communes());
    assertEquals(6_129_978.93 / 61_321_781 * 100, f.get("part_75p").percent(), 1e-6);
  }

  private static Commune commune(String code, Map<String, Double> figures, String imputed) {
    TreeSet<String> imp = new TreeSet<>();
    if (!imputed.isEmpty()) {
      imp.add(imputed);
    }
    return new Commune(code, code, "01", "", "e", "e", 100, new TreeMap<>(figures), imp);
  }
}
