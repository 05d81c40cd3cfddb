package fr.raquette.report.map;

/**
 * Characters an XML document (SVG, the XHTML-compatible rapport.html) may hold. Removed: C0
 * controls other than tab, line feed and carriage return, U+FFFE and U+FFFF, unpaired surrogates
 * (all illegal in XML 1.0), and the other Unicode noncharacters (U+FDD0–U+FDEF, the last two code
 * points of every plane), legal but meaningless and refused by some readers. {@link #escape} is the
 * one text escaper of the SVG maps and of rapport.html.
 */
public final class XmlText {
  private XmlText() {}

  /** Whether the code point may stay. */
  public static boolean allowed(int cp) {
    if (cp < 0x20) {
      return cp == '\t' || cp == '\n' || cp == '\r';
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) {
      return false;
    }
    if (cp >= 0xFDD0 && cp <= 0xFDEF) {
      return false;
    }
    return (cp & 0xFFFE) != 0xFFFE;
  }

  /** {@code s} without the characters above (the same instance when it has none). */
  public static String clean(String s) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      int cp = s.codePointAt(i);
      if (!allowed(cp) || (Character.isSurrogate(s.charAt(i)) && cp < 0x10000)) {
        break;
      }
      i += Character.charCount(cp);
    }
    if (i == n) {
      return s;
    }
    StringBuilder sb = new StringBuilder(n).append(s, 0, i);
    while (i < n) {
      int cp = s.codePointAt(i);
      // A lone surrogate comes back as itself (below 0x10000): dropped by allowed().
      if (allowed(cp)) {
        sb.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  /**
   * Text for an SVG or HTML document: {@code & < > "} as entities, the characters above removed
   * (tab, line feed and carriage return stay, as XML allows); null is empty.
   */
  public static String escape(String raw) {
    if (raw == null) {
      return "";
    }
    String s = clean(raw);
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
