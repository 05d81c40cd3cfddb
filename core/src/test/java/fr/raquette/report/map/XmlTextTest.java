package fr.raquette.report.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

  /** The one escaper of the maps and the HTML report ({@code ⏎} a line feed, {@code ␍} CR). */
  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "Guéret|Guéret",
        "`a & b <c> \"d\" 'e'`|`a &amp; b &lt;c&gt; &quot;d&quot; 'e'`",
        "`&amp;`|`&amp;amp;`",
        "`a\u0001\u001Fb\uFFFE`|ab",
        "`\ta⏎b␍c`|`\ta⏎b␍c`",
        "``|``",
      })
  void escape(String raw, String escaped) {
    String in = raw.replace('⏎', '\n').replace('␍', '\r');
    assertEquals(escaped.replace('⏎', '\n').replace('␍', '\r'), XmlText.escape(in));
  }

  @Test
  void nullIsEmpty() {
    assertEquals("", XmlText.escape(null));
  }
}
