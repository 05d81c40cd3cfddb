package fr.raquette.report;

import java.util.ArrayList;
import java.util.List;

/**
 * HTML for the small Markdown subset {@link MarkdownReport} writes: headings, paragraphs, bullet
 * lists, pipe tables (with {@code ---:} right alignment), {@code **bold**}, {@code *italic*},
 * {@code _italic_} and {@code `code`}. Image lines are left out: the HTML report inlines its maps
 * instead of linking files. Not a general Markdown converter.
 */
final class MarkdownHtml {
  private MarkdownHtml() {}

  static String toHtml(String markdown) {
    StringBuilder out = new StringBuilder(markdown.length() * 2);
    String[] lines = markdown.split("\n", -1);
    int i = 0;
    while (i < lines.length) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("![")) {
        i++;
      } else if (line.startsWith("#")) {
        int level = 0;
        while (level < line.length() && line.charAt(level) == '#') {
          level++;
        }
        int h = Math.min(6, level);
        out.append("<h").append(h).append('>');
        out.append(inline(line.substring(level).strip()));
        out.append("</h").append(h).append(">\n");
        i++;
      } else if (line.startsWith("|")) {
        List<String> rows = new ArrayList<>();
        while (i < lines.length && lines[i].startsWith("|")) {
          rows.add(lines[i++]);
        }
        table(out, rows);
      } else if (line.startsWith("- ")) {
        out.append("<ul>\n");
        while (i < lines.length && lines[i].startsWith("- ")) {
          out.append("<li>").append(inline(lines[i++].substring(2))).append("</li>\n");
        }
        out.append("</ul>\n");
      } else {
        StringBuilder p = new StringBuilder();
        while (i < lines.length
            && !lines[i].isBlank()
            && !lines[i].startsWith("|")
            && !lines[i].startsWith("- ")
            && !lines[i].startsWith("#")) {
          p.append(p.length() == 0 ? "" : " ").append(lines[i++]);
        }
        out.append("<p>").append(inline(p.toString())).append("</p>\n");
      }
    }
    return out.toString();
  }

  private static void table(StringBuilder out, List<String> rows) {
    List<String> header = cells(rows.get(0));
    List<String> align = rows.size() > 1 ? cells(rows.get(1)) : List.of();
    out.append("<table class=\"sortable\">\n<thead><tr>");
    for (int c = 0; c < header.size(); c++) {
      out.append("<th").append(right(align, c)).append('>');
      out.append(inline(header.get(c))).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (int r = 2; r < rows.size(); r++) {
      List<String> cs = cells(rows.get(r));
      out.append("<tr>");
      for (int c = 0; c < cs.size(); c++) {
        out.append("<td").append(right(align, c)).append('>');
        out.append(inline(cs.get(c))).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  private static String right(List<String> align, int c) {
    return c < align.size() && align.get(c).endsWith(":") ? " class=\"num\"" : "";
  }

  /** Cells of a pipe-table row; {@code \|} is a pipe inside a cell. */
  static List<String> cells(String row) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    String r = row.strip();
    int from = r.startsWith("|") ? 1 : 0;
    int to = r.endsWith("|") && !r.endsWith("\\|") ? r.length() - 1 : r.length();
    for (int i = from; i < to; i++) {
      char ch = r.charAt(i);
      if (ch == '\\' && i + 1 < to && r.charAt(i + 1) == '|') {
        cell.append('|');
        i++;
      } else if (ch == '|') {
        cells.add(cell.toString().strip());
        cell.setLength(0);
      } else {
        cell.append(ch);
      }
    }
    cells.add(cell.toString().strip());
    return cells;
  }

  /** First of the private-use characters that stand for an escaped special character. */
  static final char PROTECTED = '\uE000';

  /**
   * Escapes ({@code \*} is a star, see {@link MarkdownText}), then code spans, bold and italics
   * (none of them nested in a code span). Linear in the length of the text: each kind of span is
   * found by one left-to-right scan, never by a backtracking regular expression (a line of stars or
   * underscores once took minutes).
   */
  static String inline(String raw) {
    String s = protect(raw);
    StringBuilder out = new StringBuilder(s.length() + 16);
    String[] parts = s.split("`", -1);
    for (int i = 0; i < parts.length; i++) {
      boolean code = i % 2 == 1 && i < parts.length - 1;
      if (code) {
        out.append("<code>").append(HtmlReport.esc(parts[i])).append("</code>");
      } else {
        String t = HtmlReport.esc(i % 2 == 1 ? "`" + parts[i] : parts[i]);
        t = strong(t);
        t = emphasis(t, '*');
        t = emphasis(t, '_');
        out.append(t);
      }
    }
    return restore(out);
  }

  /** Backslash escapes of {@link MarkdownText#SPECIAL} become private-use characters. */
  private static String protect(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int k = i + 1 < s.length() ? MarkdownText.SPECIAL.indexOf(s.charAt(i + 1)) : -1;
      if (c == '\\' && k >= 0) {
        sb.append((char) (PROTECTED + k));
        i++;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The escaped characters, back, HTML-escaped where they must be. */
  private static String restore(CharSequence s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int k = c - PROTECTED;
      if (k >= 0 && k < MarkdownText.SPECIAL.length()) {
        sb.append(HtmlReport.esc(String.valueOf(MarkdownText.SPECIAL.charAt(k))));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** {@code **x**} as {@code <strong>x</strong>}: the first {@code **} at least 1 char later. */
  static String strong(String t) {
    StringBuilder sb = null;
    int from = 0;
    for (int i = t.indexOf("**"); i >= 0; i = t.indexOf("**", from)) {
      int j = t.indexOf("**", i + 3);
      if (j < 0) {
        break; // no closer after this opener: none after a later one either
      }
      sb = sb == null ? new StringBuilder(t.length() + 16) : sb;
      sb.append(t, from, i).append("<strong>").append(t, i + 2, j).append("</strong>");
      from = j + 2;
    }
    return sb == null ? t : sb.append(t, from, t.length()).toString();
  }

  /**
   * {@code *x*} or {@code _x_} as {@code <em>x</em>}: an opener not after a word character (nor
   * after a star, for {@code *}), not before a space; the first closer at least 1 char later not
   * after a space and not before a word character. Whether a closer fits does not depend on the
   * opener, so one scan finds every pair.
   */
  static String emphasis(String t, char mark) {
    StringBuilder sb = null;
    int from = 0;
    int n = t.length();
    int i = from;
    while ((i = t.indexOf(mark, i)) >= 0) {
      if (!opens(t, i, mark)) {
        i++;
        continue;
      }
      int j = i + 2;
      while (j < n && !(t.charAt(j) == mark && closes(t, j, mark))) {
        j++;
      }
      if (j >= n) {
        break;
      }
      sb = sb == null ? new StringBuilder(n + 16) : sb;
      sb.append(t, from, i).append("<em>").append(t, i + 1, j).append("</em>");
      from = j + 1;
      i = from;
    }
    return sb == null ? t : sb.append(t, from, n).toString();
  }

  private static boolean opens(String t, int i, char mark) {
    if (i + 1 >= t.length() || space(t.charAt(i + 1))) {
      return false;
    }
    return i == 0 || !word(Character.codePointBefore(t, i), mark);
  }

  private static boolean closes(String t, int j, char mark) {
    if (space(t.charAt(j - 1))) {
      return false;
    }
    return j + 1 >= t.length() || !word(t.codePointAt(j + 1), mark);
  }

  /** {@code \w} or a star for {@code *}; a letter, a number or {@code _} for {@code _}. */
  private static boolean word(int cp, char mark) {
    if (mark == '*') {
      return cp == '*'
          || cp == '_'
          || (cp >= 'a' && cp <= 'z')
          || (cp >= 'A' && cp <= 'Z')
          || (cp >= '0' && cp <= '9');
    }
    int type = Character.getType(cp);
    return cp == '_'
        || Character.isLetter(cp)
        || type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  private static boolean space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }
}
