package fr.raquette.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Cell by cell, rows come out as CsvDialect.row writes them. */
class CsvRowsTest {
  private static final String[] CELLS = {
    "plain",
    "Saint-Étienne",
    "a;b",
    "a,b",
    "say \"hi\"",
    "\"",
    "line\nbreak",
    "cr\rhere",
    "",
    "\uD83D\uDE00 \"quoted\" \uD83D\uDE00;",
    "1 450"
  };

  @Test
  void sameBytesAsRow() throws IOException {
    for (CsvDialect dialect : CsvDialect.values()) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      Utf8Sink out = new Utf8Sink(bytes);
      CsvRows rows = new CsvRows(out, dialect);
      rows.row(CELLS);
      rows.text(null).text("x").integer(-42).integer(Long.MAX_VALUE).end();
      rows.number(0.125, 2).number((Double) null, 1).number(Double.NaN, 1).number(-0.0, 1).end();
      out.flush();
      String expected =
          dialect.start()
              + dialect.row((Object[]) CELLS)
              + dialect.row(null, "x", -42, Long.MAX_VALUE)
              + dialect.row(dialect.number("0.13"), "", "", dialect.number("0.0"));
      assertEquals(expected, bytes.toString(StandardCharsets.UTF_8), dialect.name());
    }
  }
}
