package fr.raquette.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Text from the data is inert in rapport.md, and reads back as itself in rapport.html. */
class MarkdownTextTest {
  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "<img src=x onerror=alert(1)>|\\<img src=x onerror=alert(1)\\>",
        "`a\n# Titre\n![x](http://e/x.png)`|a \\# Titre \\!\\[x\\](http://e/x.png)",
        "**gras** _it_ `code`|\\*\\*gras\\*\\* \\_it\\_ \\`code\\`",
        "`a|b \\ c`|`a\\|b \\\\ c`",
        "Guéret|Guéret",
      })
  void markupIsEscapedAndLinesFolded(String in, String md) {
    assertEquals(md, MarkdownText.text(in));
    assertFalse(MarkdownText.text(in).contains("\n"));
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "<img src=x onerror=alert(1)>|&lt;img src=x onerror=alert(1)&gt;",
        "**gras** _it_ `code` \\|**gras** _it_ `code` \\",
        "a & b|a &amp; b",
      })
  void theHtmlShowsTheTextAsItWas(String in, String html) {
    assertEquals(html, MarkdownHtml.inline(MarkdownText.text(in)));
  }

  @Test
  void aTableCellWithAPipeStaysOneCell() {
    String row = "| " + MarkdownText.text("a|b\\") + " | x |";
    assertEquals(2, MarkdownHtml.cells(row).size());
    assertEquals(
        "a|b\\", MarkdownHtml.inline(MarkdownHtml.cells(row).get(0)).replace("&amp;", "&"));
  }

  @Test
  void theReportsOwnMarkupStillWorks() {
    assertEquals(
        "<strong>Ahun</strong> — <em>Territoires</em> <em>x y</em> <code>trous.csv</code>",
        MarkdownHtml.inline("**Ahun** — *Territoires* _x y_ `trous.csv`"));
    assertEquals("snake_case_name 2*3*4", MarkdownHtml.inline("snake_case_name 2*3*4"));
  }

  @Test
  void crafterStarsAndUnderscoresTakeLinearTime() {
    String[] hostile = {
      "*a".repeat(50_000), "**a".repeat(50_000), "_a ".repeat(50_000), "x*".repeat(50_000) + " *",
    };
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> {
          for (String h : hostile) {
            assertTrue(MarkdownHtml.inline(h).length() >= h.length());
          }
        });
  }
}
