package fr.raquette.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The figures of a commune as arrays over shared names read as the sorted maps they replace. */
class FigureNamesTest {
  private final FigureNames names = new FigureNames(List.of("TP60", "POP", "MED", "POP@2011"));

  @Test
  void valuesReadAsATreeMap() {
    double[] v = {Double.NaN, 859.0, -0.0, Double.NaN};
    // sorted: MED, POP, POP@2011, TP60
    SortedMap<String, Double> m = names.values(v);
    SortedMap<String, Double> expected = new TreeMap<>(Map.of("POP", 859.0, "POP@2011", -0.0));
    assertEquals(expected, m);
    assertEquals(m, expected);
    assertEquals(expected.hashCode(), m.hashCode());
    assertEquals(expected.toString(), m.toString());
    assertEquals(List.copyOf(expected.keySet()), List.copyOf(m.keySet()));
    assertEquals("POP", m.firstKey());
    assertEquals("POP@2011", m.lastKey());
    assertEquals(expected.headMap("POP@"), m.headMap("POP@"));
    assertEquals(expected.tailMap("POP@"), m.tailMap("POP@"));
    assertNull(m.get("MED"));
    assertNull(m.get("UNKNOWN"));
    assertFalse(m.containsKey("TP60"));
    assertEquals(2, m.size());
    assertThrows(UnsupportedOperationException.class, () -> m.put("MED", 1.0));
    assertSame(v, names.valuesOf(m));
  }

  @Test
  void setsReadAsATreeSet() {
    BitSet bits = new BitSet();
    bits.set(0);
    bits.set(3);
    SortedSet<String> s = names.set(bits);
    SortedSet<String> expected = new TreeSet<>(List.of("MED", "TP60"));
    assertEquals(expected, s);
    assertEquals(s, expected);
    assertEquals(expected.hashCode(), s.hashCode());
    assertEquals(expected.toString(), s.toString());
    assertEquals("MED", s.first());
    assertEquals("TP60", s.last());
    assertTrue(s.contains("TP60"));
    assertFalse(s.contains("POP"));
    assertEquals(expected.headSet("POP"), s.headSet("POP"));
    assertThrows(UnsupportedOperationException.class, () -> s.add("POP"));
    assertTrue(names.set(new BitSet()).isEmpty());
  }

  @Test
  void aCommuneKeepsTheViewsItIsGiven() {
    SortedMap<String, Double> m = names.values(new double[] {1, 2, Double.NaN, Double.NaN});
    Commune c = new Commune("01001", "A", "01", "84", "", "", 5, m, names.set(new BitSet()));
    assertSame(m, c.figures());
    assertEquals(2.0, c.figure("POP"));
    assertFalse(c.isImputed("POP"));
  }

  @Test
  void sparseValuesReadAsATreeMap() {
    SortedMap<String, Double> m = names.sparse(new int[] {1, 3}, new double[] {859.0, 0.5});
    SortedMap<String, Double> expected = new TreeMap<>(Map.of("POP", 859.0, "TP60", 0.5));
    assertEquals(expected, m);
    assertEquals(m, expected);
    assertEquals(expected.hashCode(), m.hashCode());
    assertEquals(expected.toString(), m.toString());
    assertEquals("POP", m.firstKey());
    assertEquals("TP60", m.lastKey());
    assertEquals(0.5, m.get("TP60"));
    assertNull(m.get("MED"));
    assertNull(m.get("POP@2011"));
    assertFalse(m.containsKey("UNKNOWN"));
    assertEquals(expected.tailMap("POP@"), m.tailMap("POP@"));
    assertTrue(names.sparse(new int[0], new double[0]).isEmpty());
    assertThrows(
        IllegalArgumentException.class, () -> names.sparse(new int[] {3, 1}, new double[2]));
  }
}
