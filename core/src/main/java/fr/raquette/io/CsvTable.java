package fr.raquette.io;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A delimited text table with its header, read the way real open-data files come: separator
 * detected among {@code ;}, {@code ,}, tab and {@code |}, RFC 4180 quotes with line breaks inside,
 * every value kept as text (codes such as {@code 01001} and {@code 2A004} stay as they are). Rows
 * are streamed with their physical line number so that every message can say {@code file:line:col}.
 */
public final class CsvTable {
  private static final char[] SEPARATORS = {';', ',', '\t', '|'};

  private final TextFile source;
  private final char delimiter;
  private final List<String> headers;
  private final Map<String, Integer> index;
  private final int[] lineStarts;

  private CsvTable(TextFile source, char delimiter, List<String> headers, int[] lineStarts) {
    this.source = source;
    this.delimiter = delimiter;
    this.headers = headers;
    this.lineStarts = lineStarts;
    this.index = new HashMap<>();
    for (int i = 0; i < headers.size(); i++) {
      index.putIfAbsent(normalize(headers.get(i)), i);
    }
  }

  /** Parses the header of a text file, detecting the separator. */
  public static CsvTable of(TextFile source) {
    String text = source.text();
    if (text.isBlank()) {
      throw new DataException(
          source.displayName(), 0, 0, "the file is empty: expected a header row, then data rows");
    }
    char delimiter = detectDelimiter(text);
    int[] lineStarts = lineStarts(text);
    List<String> headers;
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format(delimiter))) {
      Iterator<CSVRecord> it = parser.iterator();
      CSVRecord first = it.next();
      headers = new ArrayList<>();
      for (String h : first) {
        headers.add(h.strip());
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new DataException(
          source.displayName(), 1, 0, "cannot read the header row: " + e.getMessage());
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < headers.size(); i++) {
      String h = normalize(headers.get(i));
      if (h.isEmpty() && headers.size() > 1 && i < headers.size() - 1) {
        throw new DataException(
            source.displayName(),
            1,
            0,
            "column " + (i + 1) + " has an empty name in the header row");
      }
      Integer before = seen.putIfAbsent(h, i);
      if (before != null && !h.isEmpty()) {
        throw new DataException(
            source.displayName(),
            1,
            0,
            "column '"
                + headers.get(i)
                + "' appears twice in the header row (columns "
                + (before + 1)
                + " and "
                + (i + 1)
                + ")");
      }
    }
    return new CsvTable(source, delimiter, List.copyOf(headers), lineStarts);
  }

  private static CSVFormat format(char delimiter) {
    return CSVFormat.RFC4180
        .builder()
        .setDelimiter(delimiter)
        .setIgnoreEmptyLines(true)
        // Illustrative files say so in leading '#' lines; INSEE files never start a line with '#'.
        .setCommentMarker('#')
        .setRecordSeparator("\n")
        .get();
  }

  static char detectDelimiter(String text) {
    int[] counts = new int[SEPARATORS.length];
    boolean quoted = false;
    int startOfHeader = 0;
    while (startOfHeader < text.length() && text.charAt(startOfHeader) == '#') {
      int nl = text.indexOf('\n', startOfHeader);
      startOfHeader = nl < 0 ? text.length() : nl + 1;
    }
    for (int i = startOfHeader; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted) {
        for (int k = 0; k < SEPARATORS.length; k++) {
          if (c == SEPARATORS[k]) {
            counts[k]++;
          }
        }
      }
    }
    int best = 0;
    for (int k = 1; k < SEPARATORS.length; k++) {
      if (counts[k] > counts[best]) {
        best = k;
      }
    }
    return SEPARATORS[best];
  }

  private static int[] lineStarts(String text) {
    int n = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        n++;
      }
    }
    int[] starts = new int[n];
    int k = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts[k++] = i + 1;
      }
    }
    return starts;
  }

  static String normalize(String header) {
    return header.strip().toLowerCase(Locale.ROOT);
  }

  public String file() {
    return source.displayName();
  }

  public TextFile source() {
    return source;
  }

  public char delimiter() {
    return delimiter;
  }

  public List<String> headers() {
    return headers;
  }

  /** Whether every one of the names is a column (case-insensitive). */
  public boolean hasAll(String... names) {
    return Arrays.stream(names).allMatch(n -> index.containsKey(normalize(n)));
  }

  /** The index of the first of the names found as a column (case-insensitive), or -1. */
  public int column(String... names) {
    for (String n : names) {
      Integer i = index.get(normalize(n));
      if (i != null) {
        return i;
      }
    }
    return -1;
  }

  /** Like {@link #column} but a missing column is an error naming what was expected and found. */
  public int require(String... names) {
    int i = column(names);
    if (i < 0) {
      throw new DataException(
          file(),
          1,
          0,
          "missing column "
              + String.join(" or ", names)
              + " (found: "
              + String.join(", ", headers)
              + ")");
    }
    return i;
  }

  /**
   * Streams the data rows. A quoting error stops the read with a {@link DataException} giving the
   * line where the broken record starts.
   */
  public void forEach(Consumer<CsvRow> action) {
    String text = source.text();
    long lastLine = 1;
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format(delimiter))) {
      Iterator<CSVRecord> it = parser.iterator();
      boolean header = true;
      while (true) {
        CSVRecord rec;
        try {
          if (!it.hasNext()) {
            break;
          }
          rec = it.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          throw new DataException(
              file(),
              lastLine + 1,
              0,
              "malformed CSV after this point (an unbalanced double quote?): " + cause(e));
        }
        if (header) {
          header = false;
          continue;
        }
        long line = lineOf(rec.getCharacterPosition());
        lastLine = line;
        String[] values = rec.values();
        if (values.length == 1 && values[0].isBlank() && headers.size() > 1) {
          continue;
        }
        action.accept(new CsvRow(this, line, values, rec.getCharacterPosition()));
      }
    } catch (IOException e) {
      throw new DataException(file(), lastLine, 0, "cannot read: " + e.getMessage());
    }
  }

  private static String cause(RuntimeException e) {
    Throwable t = e.getCause() != null ? e.getCause() : e;
    return t.getMessage();
  }

  long lineOf(long charPosition) {
    int pos = Arrays.binarySearch(lineStarts, (int) charPosition);
    return pos >= 0 ? pos + 1 : -pos - 1;
  }

  int lineStart(long line) {
    return lineStarts[(int) line - 1];
  }
}
