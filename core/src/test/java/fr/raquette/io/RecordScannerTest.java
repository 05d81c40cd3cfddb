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
}
