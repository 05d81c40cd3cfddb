package fr.raquette.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * How CSV outputs are written. The default, {@link #EXCEL_FR}, is what opens correctly by a double
 * click in a French Excel or LibreOffice: {@code ;} separator, decimal comma (so that numbers
 * arrive as numbers, not text) and UTF-8 with a BOM (without the BOM, Excel reads accents as
 * Windows-1252). {@link #RFC4180} gives plain {@code ,}, decimal points and no BOM for scripts.
 * Either way the figures have fixed decimals, the same on every machine.
 */
public enum CsvDialect {
  EXCEL_FR(';', ',', true),
  RFC4180(',', '.', false);

  private final char separator;
  private final char decimalMark;
  private final boolean bom;

  CsvDialect(char separator, char decimalMark, boolean bom) {
    this.separator = separator;
    this.decimalMark = decimalMark;
    this.bom = bom;
  }

  /** The decimal mark of numbers: {@code ,} for excel-fr, {@code .} for rfc4180. */
  public char decimalMark() {
    return decimalMark;
  }

  public char separator() {
    return separator;
  }

  public boolean bom() {
    return bom;
  }

  /** Parses {@code excel-fr} (or {@code excel}) or {@code rfc4180}. */
  public static CsvDialect fromId(String id) {
    return switch (id.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "excel", "excel-fr", "excel_fr" -> EXCEL_FR;
      case "rfc4180", "rfc", "standard" -> RFC4180;
      default ->
          throw new IllegalArgumentException(
              fr.raquette.i18n.Messages.current().get("csv.dialect.unknown", id));
    };
  }

  /** A number written with {@code .} as this dialect writes it (decimal comma for excel-fr). */
  public String number(String plain) {
    return decimalMark == '.' ? plain : plain.replace('.', decimalMark);
  }

  /** Starts a file: the BOM when the dialect wants one. */
  public String start() {
    return bom ? "\uFEFF" : "";
  }

  /**
   * One row of text cells ({@link CsvRows#text}: quoted where a value holds the separator, a quote
   * or a line break; text that a spreadsheet would run as a formula is neutralised by {@link
   * Cells}); a null value is an empty cell.
   */
  public String row(Object... values) {
    StringBuilder sb = new StringBuilder();
    try {
      CsvRows rows = CsvRows.rowsOnly(sb, this);
      for (Object v : values) {
        rows.text(v == null ? null : v.toString());
      }
      rows.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not throw
    }
    return sb.toString();
  }

  /**
   * One text cell: made safe for spreadsheets by {@link Cells#neutralise} (a leading {@code '} on
   * what would be a formula), then quoted where it holds the separator, a quote or a line break.
   */
  static void appendCell(Appendable out, CharSequence cell, char separator) throws IOException {
    CharSequence v = Cells.needsQuote(cell) ? "'" + cell : cell;
    boolean quote = false;
    if (v instanceof String s) {
      quote =
          s.indexOf(separator) >= 0
              || s.indexOf('"') >= 0
              || s.indexOf('\n') >= 0
              || s.indexOf('\r') >= 0;
    } else {
      for (int i = 0; i < v.length() && !quote; i++) {
        char c = v.charAt(i);
        quote = c == separator || c == '"' || c == '\n' || c == '\r';
      }
    }
    if (!quote) {
      out.append(v);
      return;
    }
    // Whole runs, each quote closing one and opening the next, so that it is written twice and
    // surrogate pairs reach the output together.
    out.append('"');
    int from = 0;
    for (int i = 0; i < v.length(); i++) {
      if (v.charAt(i) == '"') {
        out.append(v, from, i + 1);
        from = i;
      }
    }
    out.append(v, from, v.length()).append('"');
  }

  static final java.nio.charset.Charset CHARSET = StandardCharsets.UTF_8;
}
