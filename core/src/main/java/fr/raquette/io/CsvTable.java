package fr.raquette.io;

import fr.raquette.i18n.Messages;
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
  private final Problems problems;

  /** Rows with more or fewer fields than the header, reported one by one up to this count. */
  static final int DETAILED_SHAPE_WARNINGS = 20;

  private CsvTable(
      TextFile source, char delimiter, List<String> headers, int[] lineStarts, Problems problems) {
    this.source = source;
    this.problems = problems;
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
    return of(source, null);
  }

  /**
   * Like {@link #of(TextFile)}, and {@link #forEach} also checks each row's shape against the
   * header: a row with more non-empty fields than the header (a value holding the separator without
   * quotes) is skipped with a warning, a shorter row is read with its missing values empty, with a
   * warning; both go to {@code problems}.
   */
  public static CsvTable of(TextFile source, Problems problems) {
    String text = source.text();
    if (text.isBlank()) {
      throw new DataException(source.displayName(), 0, 0, Messages.text("csv.empty"));
    }
    char delimiter = detectDelimiter(text);
    int[] lineStarts = lineStarts(text);
    List<String> headers;
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format(delimiter))) {
      Iterator<CSVRecord> it = parser.iterator();
      if (!it.hasNext()) {
        throw new DataException(source.displayName(), 0, 0, Messages.text("csv.only.comments"));
      }
      CSVRecord first = it.next();
      headers = new ArrayList<>();
      for (String h : first) {
        headers.add(h.strip());
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      Problem p = QuoteScanner.firstProblem(source.displayName(), text, delimiter);
      if (p != null) {
        throw new DataException(p);
      }
      throw new DataException(
          source.displayName(), 1, 0, Messages.text("csv.header.unreadable", cause(e)));
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < headers.size(); i++) {
      String h = normalize(headers.get(i));
      if (h.isEmpty() && headers.size() > 1 && i < headers.size() - 1) {
        throw new DataException(
            source.displayName(), 1, 0, Messages.text("csv.column.no.name", i + 1));
      }
      Integer before = seen.putIfAbsent(h, i);
      if (before != null && !h.isEmpty()) {
        throw new DataException(
            source.displayName(),
            1,
            0,
            Messages.text("csv.column.twice", headers.get(i), before + 1, i + 1));
      }
    }
    return new CsvTable(source, delimiter, List.copyOf(headers), lineStarts, problems);
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
    int[] starts = new int[1024];
    int n = 1;
    for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
      if (n == starts.length) {
        starts = Arrays.copyOf(starts, n * 2);
      }
      starts[n++] = nl + 1;
    }
    return Arrays.copyOf(starts, n);
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
          Messages.text(
              "csv.column.missing",
              String.join(" " + Messages.text("word.or") + " ", names),
              String.join(", ", headers)));
    }
    return i;
  }

  /**
   * Streams the data rows. A quoting error stops the read with a {@link DataException} giving the
   * line and column of the broken quote; a file that ends in the middle of a row (a truncated
   * download) stops it too, since what was cut cannot be known.
   *
   * <p>A row is valid during the call it is given to only: its object is filled again with a later
   * record. Keep its values, or {@link Origin#of(CsvRow) where it was read}, not the row.
   */
  public void forEach(Consumer<CsvRow> action) {
    String text = source.text();
    long lastLine = 1;
    Shape shape = new Shape();
    try (Rows rows = new Rows(text)) {
      boolean header = true;
      while (true) {
        if (!rows.hasNext(lastLine)) {
          break;
        }
        CsvRow row = rows.next();
        if (header) {
          header = false;
          continue;
        }
        long line = row.line();
        lastLine = line;
        if (row.size() == 1 && row.isBlank(0) && headers.size() > 1) {
          continue;
        }
        if (row.size() < headers.size() && !rows.hasNext(line) && endsInsideRow(text)) {
          throw new DataException(
              file(), line, 0, Messages.text("csv.truncated", row.size(), headers.size()));
        }
        if (problems != null && !shape.accept(this, line, row)) {
          continue;
        }
        action.accept(row);
      }
    } catch (IOException e) {
      throw new DataException(file(), lastLine, 0, Messages.text("csv.unreadable", e.getMessage()));
    }
    shape.report(this);
  }

  /**
   * The records of the text, header included: from the {@link RecordScanner} while quoting is
   * plain, then from Commons CSV, started at the first record the scanner left to it.
   */
  private final class Rows implements AutoCloseable {
    private final String text;
    private final RecordScanner scanner;
    private CSVParser parser;
    private Iterator<CSVRecord> records;
    private CsvRow pending;
    // The rows of the fast path, filled in turn: the one given out, and the one read ahead of it
    // (forEach looks ahead to tell a truncated last row).
    private final CsvRow[] filled;
    private int turn;
    // The lines before the last record's start: records come in text order, so the line of each
    // is found by walking on from the previous one, not by a search over every line start.
    private int linesBefore;
    private long lastStart;

    Rows(String text) {
      this.text = text;
      this.scanner = new RecordScanner(text, delimiter);
      this.filled = new CsvRow[] {new CsvRow(CsvTable.this, text), new CsvRow(CsvTable.this, text)};
    }

    boolean hasNext(long lastLine) throws IOException {
      if (pending != null) {
        return true;
      }
      if (records == null) {
        switch (scanner.next()) {
          case RecordScanner.RECORD -> {
            int start = scanner.recordStart();
            turn ^= 1;
            pending = filled[turn].reset(lineAt(start), scanner, start);
            return true;
          }
          case RecordScanner.END -> {
            return false;
          }
          default -> {
            // The scanner stopped at a record boundary, where Commons CSV starts as at the top of
            // a file: its positions counted from there.
            int start = scanner.recordStart();
            StringReader rest = new StringReader(text);
            rest.skip(start);
            parser =
                CSVParser.builder()
                    .setReader(rest)
                    .setFormat(format(delimiter))
                    .setCharacterOffset(start)
                    .get();
            records = parser.iterator();
          }
        }
      }
      if (!CsvTable.this.hasNext(records, lastLine)) {
        return false;
      }
      CSVRecord rec = records.next();
      long pos = rec.getCharacterPosition();
      pending = CsvRow.of(CsvTable.this, lineAt(pos), rec.values(), pos);
      return true;
    }

    /** {@link #lineOf} a record's start, walking on from the previous record's. */
    private long lineAt(long start) {
      if (start < lastStart) {
        return lineOf(start);
      }
      while (linesBefore < lineStarts.length && lineStarts[linesBefore] <= start) {
        linesBefore++;
      }
      lastStart = start;
      return linesBefore;
    }

    CsvRow next() {
      CsvRow r = pending;
      pending = null;
      return r;
    }

    @Override
    public void close() throws IOException {
      if (parser != null) {
        parser.close();
      }
    }
  }

  /** Whether a record follows; a quoting error is told at the quote that broke it. */
  private boolean hasNext(Iterator<CSVRecord> it, long lastLine) {
    try {
      return it.hasNext();
    } catch (UncheckedIOException | IllegalStateException e) {
      Problem p = QuoteScanner.firstProblem(file(), source.text(), delimiter);
      if (p != null) {
        throw new DataException(p);
      }
      throw new DataException(
          file(), lastLine + 1, 0, Messages.text("csv.malformed.after", cause(e)));
    }
  }

  private static boolean endsInsideRow(String text) {
    return !text.endsWith("\n") && !text.endsWith("\r");
  }

  /** Checks rows against the header's field count, and says how many did not match. */
  private static final class Shape {
    private long longer;
    private long shorter;

    /** Whether the row is to be read. */
    boolean accept(CsvTable t, long line, CsvRow row) {
      int n = t.headers.size();
      int fields = row.size();
      if (fields > n) {
        int extra = 0;
        for (int i = n; i < fields; i++) {
          if (!row.isBlank(i)) {
            extra++;
          }
        }
        if (extra == 0) {
          // Trailing separators (a ';' at the end of each row) hold nothing.
          return true;
        }
        if (++longer <= DETAILED_SHAPE_WARNINGS) {
          t.problems.warning(
              t.file(),
              line,
              0,
              Messages.text("csv.row.longer", fields, n, printable(t.delimiter)));
        }
        return false;
      }
      if (fields < n) {
        if (++shorter <= DETAILED_SHAPE_WARNINGS) {
          t.problems.warning(t.file(), line, 0, Messages.text("csv.row.shorter", fields, n));
        }
      }
      return true;
    }

    void report(CsvTable t) {
      if (longer > DETAILED_SHAPE_WARNINGS) {
        t.problems.warning(
            t.file(), 0, 0, Messages.text("csv.rows.longer", longer, DETAILED_SHAPE_WARNINGS));
      }
      if (shorter > DETAILED_SHAPE_WARNINGS) {
        t.problems.warning(
            t.file(), 0, 0, Messages.text("csv.rows.shorter", shorter, DETAILED_SHAPE_WARNINGS));
      }
    }
  }

  static String printable(char c) {
    return c == '\t' ? Messages.text("csv.tab") : String.valueOf(c);
  }

  private static String cause(Exception e) {
    Throwable t = e.getCause() != null ? e.getCause() : e;
    return t.getMessage();
  }

  long lineOf(long charPosition) {
    int pos = Arrays.binarySearch(lineStarts, (int) charPosition);
    return pos >= 0 ? pos + 1 : -pos - 1;
  }

  /** Where line {@code line} (1-based) starts in the text: the index after its previous '\n'. */
  public int lineStart(long line) {
    return lineStarts[(int) line - 1];
  }
}
