package fr.raquette.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Characters XML forbids never reach an SVG or rapport.html. */
class XmlTextTest {
  @Test
  void illegalCharactersAreRemoved() {
    assertEquals("Guéret", XmlText.clean("Gu\uFFFFé\u0001ret\uFDD0"));
    assertEquals("ab", XmlText.clean("a\uD800b"), "a lone surrogate");
    assertEquals("a\uD83D\uDE00\tb\n", XmlText.clean("a\uD83D\uDE00\tb\n\uFFFE"));
    String plain = "Ahun";
    assertSame(plain, XmlText.clean(plain));
  }
}
