package fr.raquette.report;

/**
 * Text from the data (names, descriptions, theme labels) made inert in Markdown: every line break
 * (CR, LF, NEL, U+2028, U+2029) and other control character folded into a space, so that a
 * description cannot start a heading, an image or a table row of its own; and every character
 * Markdown or its raw-HTML rule could act on behind a backslash ({@code \<img …>} shows as text in
 * any CommonMark viewer). {@link MarkdownHtml} reads the escapes back.
 */
public final class MarkdownText {
  private MarkdownText() {}

  /** Characters escaped with a backslash: CommonMark's ASCII punctuation that can start markup. */
  static final String SPECIAL = "\\`*_[]<>#|!~&";

  public static String text(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7F || c == 0x85 || c == '\u2028' || c == '\u2029') {
        sb.append(' ');
      } else if (c >= MarkdownHtml.PROTECTED && c < MarkdownHtml.PROTECTED + SPECIAL.length()) {
        sb.append('\uFFFD'); // the private-use range MarkdownHtml keeps for escapes
      } else {
        if (SPECIAL.indexOf(c) >= 0) {
          sb.append('\\');
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
