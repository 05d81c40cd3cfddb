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

  /** Escapes, then code spans, bold and italics (none of them nested in a code span). */
  static String inline(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    String[] parts = s.split("`", -1);
    for (int i = 0; i < parts.length; i++) {
      boolean code = i % 2 == 1 && i < parts.length - 1;
      if (code) {
        out.append("<code>").append(HtmlReport.esc(parts[i])).append("</code>");
      } else {
        String t = HtmlReport.esc(i % 2 == 1 ? "`" + parts[i] : parts[i]);
        t = t.replaceAll("\\*\\*(.+?)\\*\\*", "<strong>$1</strong>");
        t = t.replaceAll("(?<![\\w*])\\*(?!\\s)(.+?)(?<!\\s)\\*(?![\\w*])", "<em>$1</em>");
        t =
            t.replaceAll(
                "(?<![\\p{L}\\p{N}_])_(?!\\s)(.+?)(?<!\\s)_(?![\\p{L}\\p{N}_])", "<em>$1</em>");
        out.append(t);
      }
    }
    return out.toString();
  }
}
