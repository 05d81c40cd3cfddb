package fr.raquette.report;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** What {@code raquette diagnose} can write. */
public enum ReportFormat {
  /** rapport.md, the report to read. */
  MD,
  /** indicateurs.csv and trous.csv, for spreadsheets. */
  CSV,
  /** cartes/*.svg: one map per theme and the overview, linked from rapport.md. */
  SVG,
  /** cartes/*.png: the same maps as images, for Word or PDF. */
  PNG,
  /** rapport.html: one self-contained file with the maps inlined, readable offline. */
  HTML,
  /** raquette.xlsx: synthèse, indicateurs, trous, acteurs, sources, with typed cells. */
  XLSX;

  /** Parses {@code md,csv}; unknown names are a usage error. */
  public static Set<ReportFormat> parse(String list) {
    Set<ReportFormat> out = EnumSet.noneOf(ReportFormat.class);
    for (String part : list.split(",")) {
      String p = part.strip().toUpperCase(Locale.ROOT);
      if (p.isEmpty()) {
        continue;
      }
      try {
        out.add(ReportFormat.valueOf(p.equals("MARKDOWN") ? "MD" : p));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            fr.raquette.i18n.Messages.current().get("format.unknown", part.strip(), names()));
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(
          fr.raquette.i18n.Messages.current().get("format.none", names()));
    }
    return out;
  }

  static String names() {
    StringBuilder sb = new StringBuilder();
    for (ReportFormat f : values()) {
      sb.append(sb.length() > 0 ? ", " : "").append(f.name().toLowerCase(Locale.ROOT));
    }
    return sb.toString();
  }
}
