package fr.raquette.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Messages filled by concatenation read as MessageFormat writes them. */
class PlainTemplateTest {
  /** Arguments of every kind a message gets: text, whole numbers, fractions, none, too few. */
  private static final List<Object[]> ARGS =
      List.of(
          new Object[] {},
          new Object[] {"Guéret"},
          new Object[] {"l'EPCI", "{1}", "a\uE000b"},
          new Object[] {"1\u202F450", "23,4", "Saint-Étienne", "x", "y"},
          new Object[] {3, 12L, "z"},
          new Object[] {1450, 2.5, "texte", 0.125, -7L},
          new Object[] {2.0 / 3, "a", "b"},
          new Object[] {null, "a"},
          new Object[] {new java.math.BigDecimal("1.5"), "a"});

  @Test
  void everyMessageOfTheCatalogueReadsAsMessageFormatWritesIt() throws IOException {
    int plain = 0;
    for (Lang lang : Lang.values()) {
      Messages m = Messages.of(lang);
      for (String key : CatalogueParity.keys("fr/raquette/i18n/messages.properties")) {
        plain += PlainTemplate.of(m.pattern(key)) != null ? 1 : 0;
        for (Object[] args : ARGS) {
          assertEquals(
              outcome(() -> m.viaMessageFormat(key, m.pattern(key), args)),
              outcome(() -> m.get(key, args)),
              lang + " " + key + " " + java.util.Arrays.toString(args));
        }
      }
    }
    assertEquals(true, plain > 500, "most messages are plain: " + plain);
  }

  private static String outcome(java.util.function.Supplier<String> message) {
    try {
      return message.get();
    } catch (RuntimeException e) {
      return e.getClass().getName();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"{0,number,integer}", "{0,choice,0#a|1<b}", "{ 0}", "{}", "{0", "{123}", "{a}"})
  void aBraceThatIsNotAnArgumentIndexIsLeftToMessageFormat(String pattern) {
    assertNull(PlainTemplate.of(pattern));
  }

  @Test
  void argumentsArePlacedOnlyWhenTheyAreText() {
    PlainTemplate t = PlainTemplate.of("à {0} km : {1}, {0}");
    assertEquals("à 3 km : Ahun, 3", t.fill(new Object[] {"3", "Ahun"}));
    assertNull(t.fill(new Object[] {"3"}), "an argument missing");
    assertNull(t.fill(new Object[] {3, "Ahun"}), "a number not made plain");
    assertEquals(
        "no argument } at all", PlainTemplate.of("no argument } at all").fill(new Object[0]));
  }
}
