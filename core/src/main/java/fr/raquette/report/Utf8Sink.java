package fr.raquette.report;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Text encoded as UTF-8 straight into a byte buffer, then into a stream. A national report is tens
 * of megabytes: building it as one String, whose accented text turns it into UTF-16, then encoding
 * it again, doubled its cost. The bytes are those of {@link String#getBytes} in UTF-8, including
 * its {@code ?} for a lone surrogate (so a surrogate pair must come in one call).
 */
final class Utf8Sink implements Appendable, AutoCloseable {
  private final OutputStream out;
  private final byte[] buf = new byte[1 << 16];
  private final char[] chars = new char[4096];
  private int n;

  Utf8Sink(OutputStream out) {
    this.out = out;
  }

  @Override
  public Utf8Sink append(char c) throws IOException {
    if (c < 0x80) {
      if (n == buf.length) {
        drain();
      }
      buf[n++] = (byte) c;
    } else {
      chars[0] = c;
      encode(chars, 1);
    }
    return this;
  }

  @Override
  public Utf8Sink append(CharSequence s) throws IOException {
    return append(s, 0, s.length());
  }

  @Override
  public Utf8Sink append(CharSequence s, int start, int end) throws IOException {
    // Strings and builders are copied to chars in bulk (an intrinsic), then encoded from the
    // array: much faster than charAt, whose checks and coder tests are paid on every char.
    while (start < end) {
      int to = Math.min(end, start + chars.length);
      if (to < end && Character.isHighSurrogate(s.charAt(to - 1))) {
        to--; // keep the pair in one chunk
      }
      if (s instanceof String str) {
        str.getChars(start, to, chars, 0);
      } else if (s instanceof StringBuilder sb) {
        sb.getChars(start, to, chars, 0);
      } else {
        for (int i = start; i < to; i++) {
          chars[i - start] = s.charAt(i);
        }
      }
      encode(chars, to - start);
      start = to;
    }
    return this;
  }

  /**
   * Appends a CSV cell as {@link CsvDialect#appendCell} writes it: as it is, or quoted (its quotes
   * doubled) when it holds the separator, a quote or a line break. The cell's chars are copied
   * once, then encoded from the copy, the checks made on the way. Not written (returns false, for
   * {@link CsvDialect#appendCell} to write it): a cell longer than the copy buffer, neither a
   * String nor a builder, or starting with a char that may make it a formula ({@link Cells}).
   */
  boolean appendCell(CharSequence s, char separator) throws IOException {
    int len;
    if (s instanceof String str) {
      len = str.length();
      if (len > chars.length) {
        return false;
      }
      str.getChars(0, len, chars, 0);
    } else if (s instanceof StringBuilder sb) {
      len = sb.length();
      if (len > chars.length) {
        return false;
      }
      sb.getChars(0, len, chars, 0);
    } else {
      return false;
    }
    if (len > 0 && Cells.riskyStart(chars[0])) {
      return false;
    }
    if (n + 3 * len + 2 > buf.length) {
      drain(); // three bytes at most per char (four per pair of chars), quotes around
    }
    int start = n;
    if (encode(chars, 0, len, true, separator)) {
      return true;
    }
    n = start; // a char to quote was met: the cell is written again, quoted
    quoted(len);
    return true;
  }

  /** The cell held by {@link #chars} in quotes, each of its quotes written twice; room made. */
  private void quoted(int len) {
    // Each quote ends one run and starts the next, so that it is written twice; a run never cuts
    // a surrogate pair.
    buf[n++] = '"';
    int from = 0;
    for (int i = 0; i < len; i++) {
      if (chars[i] == '"') {
        encode(chars, from, i + 1, false, '"');
        from = i;
      }
    }
    encode(chars, from, len, false, '"');
    buf[n++] = '"';
  }

  /** Encodes {@code len} chars, a surrogate pair never cut at the end. */
  private void encode(char[] a, int len) throws IOException {
    if (n + 3 * len > buf.length) {
      drain(); // three bytes at most per char, four per pair of chars
    }
    encode(a, 0, len, false, '"');
  }

  /**
   * Encodes chars {@code from} to {@code to}, room made (3 bytes a char), a surrogate pair never
   * cut at the end. With {@code check}, stops at a char that makes a CSV cell quoted ({@code
   * separator}, a quote, a line break) and returns false, whatever it wrote left in the buffer.
   * Locals rather than fields in the loop: the JIT of a short run (C1) keeps them in registers.
   */
  private boolean encode(char[] a, int from, int to, boolean check, char separator) {
    byte[] b = buf;
    int p = n;
    for (int i = from; i < to; i++) {
      char c = a[i];
      if (c < 0x80) {
        if (check && (c == separator || c == '"' || c == '\n' || c == '\r')) {
          return false;
        }
        b[p++] = (byte) c;
      } else if (c < 0x800) {
        b[p++] = (byte) (0xc0 | c >> 6);
        b[p++] = (byte) (0x80 | c & 0x3f);
      } else if (!Character.isSurrogate(c)) {
        b[p++] = (byte) (0xe0 | c >> 12);
        b[p++] = (byte) (0x80 | c >> 6 & 0x3f);
        b[p++] = (byte) (0x80 | c & 0x3f);
      } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(a[i + 1])) {
        int cp = Character.toCodePoint(c, a[++i]);
        b[p++] = (byte) (0xf0 | cp >> 18);
        b[p++] = (byte) (0x80 | cp >> 12 & 0x3f);
        b[p++] = (byte) (0x80 | cp >> 6 & 0x3f);
        b[p++] = (byte) (0x80 | cp & 0x3f);
      } else {
        b[p++] = '?'; // a lone surrogate, replaced as String.getBytes does
      }
    }
    n = p;
    return true;
  }

  /**
   * The digits of {@code v}, straight into the buffer: a national CSV writes millions of numbers,
   * each formerly built as chars in a builder, then copied, then encoded.
   */
  void appendLong(long v) throws IOException {
    if (v == Long.MIN_VALUE) {
      append(Long.toString(v)); // no positive twin to write the digits of
      return;
    }
    if (n + 20 > buf.length) {
      drain(); // a sign and 19 digits at most
    }
    if (v < 0) {
      buf[n++] = '-';
      v = -v;
    }
    n = digits(v, 1);
  }

  /**
   * A number with fixed decimals from its units of the last place ({@link Decimals#units}): {@code
   * units} as digits, {@code mark} before the last {@code decimals} of them (padded with zeros),
   * led by {@code -} when {@code negative}; the mark is ASCII, as every dialect's is.
   */
  void appendFixed(long units, int decimals, boolean negative, char mark) throws IOException {
    if (n + 22 + decimals > buf.length) {
      drain(); // a sign, 19 digits, the mark, and zeros in front of the decimals
    }
    if (negative) {
      buf[n++] = '-';
    }
    int end = digits(units, decimals + 1);
    if (decimals > 0) {
      // The digits are written with room for the mark: shift the decimals by one to the right.
      System.arraycopy(buf, end - decimals, buf, end - decimals + 1, decimals);
      buf[end - decimals] = (byte) mark;
      end++;
    }
    n = end;
  }

  /**
   * Writes the digits of {@code v} (not negative) at {@link #n}, at least {@code min} of them
   * (zeros in front); returns the end.
   */
  private int digits(long v, int min) {
    int count = 1;
    for (long p = v; p >= 10; p /= 10) {
      count++;
    }
    count = Math.max(count, min);
    int end = n + count;
    for (int i = end - 1; i >= n; i--) {
      buf[i] = (byte) ('0' + v % 10);
      v /= 10;
    }
    return end;
  }

  /** Bytes already in UTF-8, copied as they are. */
  void appendUtf8(byte[] b, int from, int len) throws IOException {
    drain();
    out.write(b, from, len);
  }

  private void drain() throws IOException {
    out.write(buf, 0, n);
    n = 0;
  }

  /** Writes what is buffered; the stream stays open. */
  void flush() throws IOException {
    drain();
    out.flush();
  }

  @Override
  public void close() throws IOException {
    flush();
    out.close();
  }
}
