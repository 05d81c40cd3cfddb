package fr.raquette.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one CSV writer: quoting, neutralising and numbers, in each dialect. */
class CsvRowsTest {
  /** A text cell, then how excel-fr and rfc4180 write it ({@code ⏎} a line feed, {@code ␍} CR). */
  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "plain|plain|plain",
        "Saint-Étienne|Saint-Étienne|Saint-Étienne",
        "a;b|`\"a;b\"`|a;b",
        "a,b|a,b|`\"a,b\"`",
        "`say \"hi\"`|`\"say \"\"hi\"\"\"`|`\"say \"\"hi\"\"\"`",
        "`\"`|`\"\"\"\"`|`\"\"\"\"`",
        "line⏎break|`\"line⏎break\"`|`\"line⏎break\"`",
        "cr␍here|`\"cr␍here\"`|`\"cr␍here\"`",
        "``|``|``",
        "`\uD83D\uDE00 \"q\" \uD83D\uDE00;`|`\"\uD83D\uDE00 \"\"q\"\" \uD83D\uDE00;\"`|"
            + "`\"\uD83D\uDE00 \"\"q\"\" \uD83D\uDE00;\"`",
        "1 450|1 450|1 450",
        "=SUM(A1)|'=SUM(A1)|'=SUM(A1)",
        "`=a;b`|`\"'=a;b\"`|'=a;b",
        "-61.5|-61.5|-61.5",
      })
  void textCells(String cell, String excel, String rfc) throws IOException {
    String in = lines(cell);
    assertEquals(lines(excel) + ";x\n", CsvDialect.EXCEL_FR.row(in, "x"));
    assertEquals(lines(rfc) + ",x\n", CsvDialect.RFC4180.row(in, "x"));
    for (CsvDialect dialect : CsvDialect.values()) {
      assertEquals(dialect.row(in, in, "x"), throughAFile(dialect, in), dialect.name());
    }
  }

  /**
   * A file's cells (a {@link Utf8Sink}'s fast path for plain cells, a String or a builder) are
   * those of {@link CsvDialect#row}, which writes every cell the one careful way.
   */
  private static String throughAFile(CsvDialect dialect, String cell) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Utf8Sink out = new Utf8Sink(bytes);
    new CsvRows(out, dialect).text(cell).text(new StringBuilder(cell)).text("x").end();
    out.flush();
    return bytes.toString(StandardCharsets.UTF_8).substring(dialect.start().length());
  }

  /** As the bytes of a file hold it: a lone surrogate is {@code ?}, as in String.getBytes. */
  private static String utf8(String s) {
    return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

  @Test
  void longCellsAndCellsEndingInHalfAPairAreWrittenAsRowDoes() throws IOException {
    for (String cell :
        List.of(
            "é".repeat(5000),
            "a".repeat(4095) + "\uD83D\uDE00",
            "b".repeat(4096) + ";",
            "lone \uD83D",
            "\uDE00 lone")) {
      for (CsvDialect dialect : CsvDialect.values()) {
        assertEquals(
            utf8(dialect.row(cell, cell, "x")), throughAFile(dialect, cell), dialect.name());
      }
    }
  }

  private static String lines(String s) {
    return s.replace('⏎', '\n').replace('␍', '\r');
  }

  @Test
  void aFileStartsWithTheDialectsBomAndWritesNumbersWithItsMark() throws IOException {
    assertEquals(
        "\uFEFFcode;n\n;x;-42;9223372036854775807\n0,13;;;0,0;2\n", file(CsvDialect.EXCEL_FR));
    assertEquals("code,n\n,x,-42,9223372036854775807\n0.13,,,0.0,2\n", file(CsvDialect.RFC4180));
  }

  private static String file(CsvDialect dialect) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Utf8Sink out = new Utf8Sink(bytes);
    CsvRows rows = new CsvRows(out, dialect);
    rows.header("code", "n");
    rows.text(null).text("x").integer(-42).integer(Long.MAX_VALUE).end();
    rows.number(0.125, 2).number((Double) null, 1).number(Double.NaN, 1).number(-0.0, 1);
    rows.number(2.0, 0).end();
    out.flush();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * A file's rows, whose numbers and plain cells the {@link Utf8Sink} writes straight as bytes, are
   * those of the rows written as chars into a builder ({@link CsvRows#rowsOnly}, the careful way):
   * random numbers of every magnitude and decimals, random text with accents, pairs, lone
   * surrogates, separators, quotes and formula-like starts, past many buffers.
   */
  @Test
  void aFileWritesTheRowsABuilderGets() throws IOException {
    java.util.SplittableRandom r = new java.util.SplittableRandom(14);
    for (CsvDialect dialect : CsvDialect.values()) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      Utf8Sink out = new Utf8Sink(bytes);
      CsvRows file = new CsvRows(out, dialect);
      StringBuilder expected = new StringBuilder(dialect.start());
      CsvRows chars = CsvRows.rowsOnly(expected, dialect);
      for (int row = 0; row < 4_000; row++) {
        for (int cell = 0; cell < 8; cell++) {
          switch (r.nextInt(4)) {
            case 0 -> {
              long v = randomLong(r);
              file.integer(v);
              chars.integer(v);
            }
            case 1, 2 -> {
              double v = randomDouble(r);
              int decimals = r.nextInt(0, 9);
              file.number(v, decimals);
              chars.number(v, decimals);
            }
            default -> {
              String v = randomText(r);
              file.text(v);
              chars.text(v);
            }
          }
        }
        file.end();
        chars.end();
      }
      out.flush();
      assertEquals(
          utf8(expected.toString()), bytes.toString(StandardCharsets.UTF_8), dialect.name());
    }
  }

  private static long randomLong(java.util.SplittableRandom r) {
    return switch (r.nextInt(4)) {
      case 0 -> r.nextLong(-1000, 1000);
      case 1 -> r.nextLong();
      case 2 -> r.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE;
      default -> r.nextLong(0, 10_000_000);
    };
  }

  private static double randomDouble(java.util.SplittableRandom r) {
    return switch (r.nextInt(6)) {
      case 0 -> r.nextDouble(-100, 100);
      case 1 -> r.nextDouble() * 1e6;
      case 2 -> (r.nextLong(-100_000, 100_000) + 0.5) / Math.pow(10, r.nextInt(0, 6)); // ties
      case 3 -> Math.pow(10, r.nextDouble(-12, 12)) * (r.nextBoolean() ? 1 : -1);
      case 4 -> r.nextBoolean() ? -0.0 : Double.NaN;
      default -> Double.longBitsToDouble(r.nextLong());
    };
  }

  private static String randomText(java.util.SplittableRandom r) {
    String[] parts = {
      "a",
      "Z",
      " ",
      ";",
      ",",
      "\"",
      "\n",
      "\r",
      "é",
      "œ",
      "—",
      "\u202F",
      "=",
      "-",
      "+",
      "@",
      "\t",
      "1",
      ".",
      "\uD83D\uDE00",
      "\uD83D",
      "\uDE00"
    };
    StringBuilder sb = new StringBuilder();
    int len = r.nextInt(0, r.nextInt(10) == 0 ? 6000 : 30);
    for (int i = 0; i < len; i++) {
      sb.append(parts[r.nextInt(parts.length)]);
    }
    return sb.toString();
  }
}
