package fr.raquette.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The scanner must split records exactly as Commons CSV does, or hand over to it. */
class RecordScannerTest {
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180
          .builder()
          .setDelimiter(';')
          .setIgnoreEmptyLines(true)
          .setCommentMarker('#')
          .setRecordSeparator("\n")
          .get();

  /** Position and values of each record, as the scanner reads them, until it hands over. */
  private static List<String> scanned(String text, boolean[] irregular) {
    RecordScanner s = new RecordScanner(text, ';');
    List<String> out = new ArrayList<>();
    while (true) {
      int r = s.next();
      if (r == RecordScanner.END) {
        return out;
      }
      if (r == RecordScanner.IRREGULAR) {
        irregular[0] = true;
        return out;
      }
      CsvRow row = new CsvRow(null, 0, text, s.bounds(), s.recordStart());
      String[] values = new String[row.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = row.raw(i);
      }
      out.add(s.recordStart() + " " + Arrays.toString(values));
    }
  }

  /** The same from Commons CSV, stopping at its first error. */
  private static List<String> commons(String text, int max, boolean[] failed) throws IOException {
    List<String> out = new ArrayList<>();
    try (CSVParser p = CSVParser.parse(new StringReader(text), FORMAT)) {
      Iterator<CSVRecord> it = p.iterator();
      while (out.size() < max && it.hasNext()) {
        CSVRecord r = it.next();
        out.add(r.getCharacterPosition() + " " + Arrays.toString(r.values()));
      }
    } catch (UncheckedIOException | IllegalStateException e) {
      failed[0] = true;
    }
    return out;
  }

  private static void same(String text) throws IOException {
    boolean[] irregular = {false};
    List<String> mine = scanned(text, irregular);
    boolean[] failed = {false};
    List<String> theirs = commons(text, irregular[0] ? mine.size() : Integer.MAX_VALUE, failed);
    String shown = text.replace("\r", "\\r").replace("\n", "\\n");
    assertEquals(theirs, mine, shown);
    if (failed[0]) {
      assertTrue(irregular[0], "Commons CSV refused what the scanner read: " + shown);
    }
  }

  @Test
  void plainFilesAreSplitAsCommonsCsvSplitsThem() throws IOException {
    same("a;b\n1;2\n");
    same("a;b\r\n1;2\r\n\r\n3;4");
    same("a;b\r1;2\r");
    same("#note\n\na;b\n#x\n\n1;\"2;\"\"3\"\"\"\n4;\"5\n6\"\n;\n;;\n \n7;");
    same("a;\"\"\n\"\"");
    same("a\"b;c\"\"d\n");
  }

  @Test
  void irregularQuotingIsLeftToCommonsCsv() throws IOException {
    same("a;b\n\"x\" ;y\n");
    same("a;b\n\"x\"y;z\n");
    same("a;b\n1;2\n\"open");
  }

  @Test
  void randomTextsAreSplitAsCommonsCsvSplitsThem() throws IOException {
    char[] alphabet = {'a', 'b', ' ', ';', ';', '"', '"', '\n', '\n', '\r', '#', '\t', 'é'};
    Random random = new Random(20260428);
    for (int n = 0; n < 20_000; n++) {
      char[] text = new char[random.nextInt(24)];
      for (int i = 0; i < text.length; i++) {
        text[i] = alphabet[random.nextInt(alphabet.length)];
      }
      same(new String(text));
    }
  }

  /**
   * Through CsvTable: after the scanner hands over (a space after a closing quote, which Commons
   * CSV accepts), every row has the values, line and column that Commons CSV reading the whole file
   * from the top gives.
   */
  @Test
  void handOverGoesOnAsCommonsCsvFromTheTop() throws IOException {
    Random random = new Random(20261130);
    String[] lines = {
      "a;b;c\n",
      "\"q;1\";2;3\n",
      "\"x\" ;y;z\n",
      "# comment\n",
      "\n",
      "p;\"multi\nline\";r\n",
      "1;2\r\n"
    };
    int handedOver = 0;
    for (int k = 0; k < 300; k++) {
      StringBuilder text = new StringBuilder("h1;h2;h3\n");
      for (int i = 0; i < 12; i++) {
        text.append(lines[random.nextInt(lines.length)]);
      }
      String t = text.toString();
      handedOver += t.contains("\" ;") ? 1 : 0;
      CsvTable table =
          CsvTable.of(
              TextFile.decode("t.csv", t.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      List<String> mine = new ArrayList<>();
      table.forEach(
          r -> {
            String[] values = new String[r.size()];
            for (int i = 0; i < values.length; i++) {
              values[i] = r.raw(i);
            }
            mine.add(r.line() + ":" + r.charColumn(r.size() - 1) + " " + Arrays.toString(values));
          });
      List<String> theirs = new ArrayList<>();
      try (CSVParser p = CSVParser.parse(new StringReader(t), FORMAT)) {
        boolean header = true;
        for (CSVRecord r : p) {
          if (header || r.size() == 1 && r.get(0).isBlank()) {
            header = false;
            continue;
          }
          long line = table.lineOf(r.getCharacterPosition());
          long col = r.getCharacterPosition() - table.lineStart(line) + 1;
          for (int i = 0; i < r.size() - 1; i++) {
            col += r.get(i).length() + 1;
          }
          theirs.add(line + ":" + col + " " + Arrays.toString(r.values()));
        }
      }
      assertEquals(theirs, mine, t);
    }
    assertTrue(handedOver > 100, "handed over " + handedOver);
  }
}
