package fr.raquette.report;

import fr.raquette.i18n.Messages;
import org.dhatim.fastexcel.Worksheet;

/**
 * One sheet of {@code raquette.xlsx}, filled as a {@link TableSink}: codes as text cells, figures
 * as number cells rounded as in the CSV files, a bold header row of labels from the catalogue
 * ({@code xlsx.col.<id>}), frozen, with filters.
 */
final class XlsxRows implements TableSink {
  private final Worksheet sheet;
  private final Messages labels;
  private final StringBuilder digits = new StringBuilder(24);
  private int row;
  private int col;
  private int columns;

  XlsxRows(Worksheet sheet, Messages labels) {
    this.sheet = sheet;
    this.labels = labels;
  }

  @Override
  public XlsxRows header(String... ids) {
    for (int c = 0; c < ids.length; c++) {
      String label = labels.get("xlsx.col." + ids[c]);
      sheet.value(0, c, label);
      sheet.style(0, c).bold().fillColor("E8E8E8").set();
      sheet.width(c, Math.min(60, Math.max(10, label.length() + 4)));
    }
    columns = ids.length;
    row = 1;
    col = 0;
    return this;
  }

  @Override
  public XlsxRows text(CharSequence v) {
    if (v != null && v.length() > 0) {
      sheet.value(row, col, Cells.neutralise(v.toString()));
    }
    col++;
    return this;
  }

  @Override
  public XlsxRows integer(long v) {
    sheet.value(row, col++, v);
    return this;
  }

  @Override
  public XlsxRows number(Double v, int decimals) {
    return v == null ? skip() : number(v.doubleValue(), decimals);
  }

  @Override
  public XlsxRows number(double v, int decimals) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return skip();
    }
    digits.setLength(0);
    Decimals.append(digits, v, decimals);
    sheet.value(row, col++, Double.parseDouble(digits.toString()));
    return this;
  }

  private XlsxRows skip() {
    col++;
    return this;
  }

  @Override
  public XlsxRows end() {
    row++;
    col = 0;
    return this;
  }

  /** Freezes the header row and puts filters on it. */
  void finish() {
    if (columns > 0) {
      sheet.freezePane(0, 1);
      sheet.setAutoFilter(0, 0, Math.max(0, row - 1), columns - 1);
    }
  }
}
