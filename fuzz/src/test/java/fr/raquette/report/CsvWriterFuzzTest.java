package fr.raquette.report;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Rows written by {@link CsvDialect} (every CSV output goes through it), parsed back by Commons
 * CSV. Property: one record with as many fields as cells, each field the cell itself, or the cell
 * behind a {@code '} exactly when a spreadsheet would run it as a formula; no field that a
 * spreadsheet would run.
 */
class CsvWriterFuzzTest {
  @FuzzTest(maxDuration = "2m")
  void row(FuzzedDataProvider data) throws IOException {
    CsvDialect dialect = data.consumeBoolean() ? CsvDialect.EXCEL_FR : CsvDialect.RFC4180;
    int n = data.consumeInt(1, 8);
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      cells.add(data.consumeString(40));
    }
    String row = dialect.row(cells.toArray());
    List<CSVRecord> records =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(dialect.separator())
            .get()
            .parse(new StringReader(row))
            .getRecords();
    if (records.size() != 1 || records.get(0).size() != n) {
      throw new AssertionError("row " + row + " read back as " + records);
    }
    for (int i = 0; i < n; i++) {
      String cell = cells.get(i);
      String field = records.get(0).get(i);
      String expected = Cells.needsQuote(cell) ? "'" + cell : cell;
      if (!field.equals(expected)) {
        throw new AssertionError("cell «" + cell + "» read back as «" + field + "»");
      }
      if (Cells.needsQuote(field)) {
        throw new AssertionError("a spreadsheet would run «" + field + "»");
      }
    }
  }
}
