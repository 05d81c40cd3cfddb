package fr.raquette.report;

import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.raquette.report.map.XmlText;

/**
 * Text from the data written into rapport.md ({@link MarkdownText}) and read back by the HTML
 * report ({@link MarkdownHtml}). Property: the Markdown is one line whose every markup character is
 * escaped, a table row holding it keeps its two cells, and the HTML carries no tag: once its
 * entities are read, it is the text itself (controls folded, XML-illegal characters removed).
 * In package {@code fr.raquette.report} to reach the package-private converter.
 */
class MarkdownFuzzTest {
  @FuzzTest(maxDuration = "2m")
  void markdown(String text) {
    if (text == null) {
      return;
    }
    String md = MarkdownText.text(text);
    if (md.indexOf('\n') >= 0 || md.indexOf('\r') >= 0) {
      throw new AssertionError("a line break survived: " + md);
    }
    for (int i = 0; i < md.length(); i++) {
      char c = md.charAt(i);
      if (MarkdownText.SPECIAL.indexOf(c) >= 0) {
        if (c != '\\' || i + 1 >= md.length() || MarkdownText.SPECIAL.indexOf(md.charAt(i + 1)) < 0) {
          throw new AssertionError("unescaped markup at " + i + ": " + md);
        }
        i++; // the escaped character
      }
    }
    var cells = MarkdownHtml.cells("| " + md + " | x |");
    if (cells.size() != 2) {
      throw new AssertionError("the text split a table row: " + cells);
    }
    String html = MarkdownHtml.inline(md);
    if (html.indexOf('<') >= 0 || html.indexOf('>') >= 0) {
      throw new AssertionError("markup in the HTML: " + html);
    }
    String back =
        html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    String expected = XmlText.clean(folded(text));
    if (!back.equals(expected)) {
      throw new AssertionError("read back as «" + back + "», expected «" + expected + "»");
    }
  }

  /** The text as MarkdownText keeps it, before escaping. */
  private static String folded(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7F || c == 0x85 || c == '\u2028' || c == '\u2029') {
        sb.append(' ');
      } else if (c >= MarkdownHtml.PROTECTED && c < MarkdownHtml.PROTECTED + MarkdownText.SPECIAL.length()) {
        sb.append('\uFFFD');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
