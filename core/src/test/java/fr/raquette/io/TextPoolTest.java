package fr.raquette.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A cell read through a pool is the cell's value, built once per distinct text. */
class TextPoolTest {
  @Test
  void equalTextsGiveOneString() {
    TextPool pool = new TextPool();
    String text = "A401;A401;B101; A401 ;a401";
    String first = pool.of(text, 0, 4);
    assertEquals("A401", first);
    assertSame(first, pool.of(text, 5, 9));
    assertEquals("B101", pool.of(text, 10, 14));
    assertNotSame(first, pool.of(text, 22, 26));
    assertEquals("", pool.of(text, 3, 3));
  }

  @Test
  void aPoolGrowsAndKeepsEveryText() {
    TextPool pool = new TextPool();
    List<String> first = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      first.add(pool.of("x" + i, 0, ("x" + i).length()));
    }
    for (int i = 0; i < 5000; i++) {
      String again = "y;x" + i;
      assertSame(first.get(i), pool.of(again, 2, again.length()));
    }
  }

  @Test
  void aRowReadThroughAPoolReadsAsWithout() {
    TextFile f = TextFile.decode("t.csv", "a;b;c\n A401 ;\"B 1\";\n".getBytes());
    CsvTable t = CsvTable.of(f);
    TextPool pool = new TextPool();
    t.forEach(
        r -> {
          for (int i = -1; i < 5; i++) {
            assertEquals(r.get(i), r.get(i, pool), "column " + i);
          }
        });
  }
}
