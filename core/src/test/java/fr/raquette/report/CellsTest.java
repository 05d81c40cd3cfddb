package fr.raquette.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spreadsheet cells: formulas neutralised (OWASP), numbers and plain text left alone. */
class CellsTest {
  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "=HYPERLINK(\"x\")|'=HYPERLINK(\"x\")",
        "+cmd|'+cmd",
        "-2+3|'-2+3",
        "@SUM(A1)|'@SUM(A1)",
        "`\tx`|`'\tx`",
        "`\rx`|`'\rx`",
        "-61.5|-61.5",
        "+3|+3",
        "-1e-3|-1e-3",
        "-|'-",
        "-.5|-.5",
        "-1e|'-1e",
        "Guéret|Guéret",
        "a=b|a=b",
        "`'=x`|`'=x`",
      })
  void formulasGetAQuote(String in, String out) {
    assertEquals(out, Cells.neutralise(in));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {"=1+1|'=1+1;2", "-7|-7;2"})
  void everyCsvRowGoesThroughIt(String in, String row) {
    assertEquals(row + "\n", CsvDialect.EXCEL_FR.row(in, 2));
  }
}
