package fr.raquette.io;

/**
 * Splits a delimited text into records exactly as Commons CSV does with {@link CsvTable}'s format
 * (RFC 4180 quotes, empty lines and {@code #} comment lines skipped), but only finds where each
 * field starts and ends: no string is built until a reader asks for a value. On all of France this
 * is most of the cost of reading the tables, since most columns are never read.
 *
 * <p>Only well-formed quoting is handled here. At the first record whose quoting Commons CSV would
 * read differently or refuse (something other than the separator or a line break after a closing
 * quote, or a quote never closed), {@link #next()} returns {@link #IRREGULAR} and the caller goes
 * on with Commons CSV, which then gives its own answer and error messages.
 */
final class RecordScanner {
  static final int END = 0;
  static final int RECORD = 1;
  static final int IRREGULAR = 2;

  private final String text;
  private final char delimiter;
  private final int length;
  private int pos;
  private int[] bounds = new int[32];
  private int fields;
  private int recordStart;

  RecordScanner(String text, char delimiter) {
    this.text = text;
    this.delimiter = delimiter;
    this.length = text.length();
  }

  /**
   * Reads the next record: {@link #RECORD}, then {@link #recordStart()} and {@link #bounds()} tell
   * it; {@link #END} when there is none; {@link #IRREGULAR} when its quoting is not plain.
   */
  int next() {
    // Like Commons CSV, a record's position is where the previous one ended, so it includes the
    // empty and comment lines skipped before it: line numbers in messages depend on it.
    recordStart = pos;
    int p = skipEmptyAndCommentLines(pos);
    if (p >= length) {
      pos = p;
      return END;
    }
    fields = 0;
    while (true) {
      int start = p;
      if (text.charAt(p) == '"') {
        p = closingQuote(p + 1);
        if (p < 0) {
          return IRREGULAR;
        }
        p++;
        if (p < length) {
          char c = text.charAt(p);
          if (c != delimiter && c != '\n' && c != '\r') {
            return IRREGULAR;
          }
        }
      } else {
        while (p < length) {
          char c = text.charAt(p);
          if (c == delimiter || c == '\n' || c == '\r') {
            break;
          }
          p++;
        }
      }
      add(start, p);
      if (p >= length) {
        pos = p;
        return RECORD;
      }
      char c = text.charAt(p++);
      if (c != delimiter) {
        if (c == '\r' && p < length && text.charAt(p) == '\n') {
          p++;
        }
        pos = p;
        return RECORD;
      }
      if (p >= length) {
        // A separator at the very end: one more, empty, field.
        add(p, p);
        pos = p;
        return RECORD;
      }
    }
  }

  private int skipEmptyAndCommentLines(int p) {
    while (p < length) {
      char c = text.charAt(p);
      if (c == '\n' || c == '\r') {
        p++;
      } else if (c == '#') {
        while (p < length && text.charAt(p) != '\n' && text.charAt(p) != '\r') {
          p++;
        }
      } else {
        break;
      }
    }
    return p;
  }

  /** The index of the quote closing a value opened before {@code p}, or -1 if none. */
  private int closingQuote(int p) {
    while (true) {
      int q = text.indexOf('"', p);
      if (q < 0) {
        return -1;
      }
      if (q + 1 < length && text.charAt(q + 1) == '"') {
        p = q + 2;
      } else {
        return q;
      }
    }
  }

  private void add(int start, int end) {
    if (2 * fields + 2 > bounds.length) {
      bounds = java.util.Arrays.copyOf(bounds, bounds.length * 2);
    }
    bounds[2 * fields] = start;
    bounds[2 * fields + 1] = end;
    fields++;
  }

  /** Where the record just read starts, as Commons CSV's character position. */
  int recordStart() {
    return recordStart;
  }

  /** The record just read: start and end (exclusive, quotes included) of each field, in a copy. */
  int[] bounds() {
    return java.util.Arrays.copyOf(bounds, 2 * fields);
  }

  /** How many fields the record just read has. */
  int fields() {
    return fields;
  }

  /**
   * {@link #bounds()} written at the start of {@code into}, or of a larger array when it is too
   * small: the array written.
   */
  int[] boundsInto(int[] into) {
    int[] out = into.length >= 2 * fields ? into : new int[Math.max(2 * fields, 2 * into.length)];
    System.arraycopy(bounds, 0, out, 0, 2 * fields);
    return out;
  }
}
