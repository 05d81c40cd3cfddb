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
   * Appends a CSV cell as {@link CsvDialect#appendCell} writes it once neutralised: as it is, or
   * quoted (its quotes doubled) when it holds the separator, a quote or a line break. The cell's
   * chars are copied and looked at once, then encoded from the copy. A cell longer than the copy
   * buffer, or neither a String nor a builder, is not written: returns false, for {@link
   * CsvDialect#appendCell} to write it.
   */
  boolean appendCell(CharSequence s, char separator) throws IOException {
    int len = s.length();
    if (len > chars.length) {
      return false;
    }
    if (s instanceof String str) {
      str.getChars(0, len, chars, 0);
    } else if (s instanceof StringBuilder sb) {
      sb.getChars(0, len, chars, 0);
    } else {
      return false;
    }
    boolean quote = false;
    for (int i = 0; i < len && !quote; i++) {
      char c = chars[i];
      quote = c <= '"' && (c == '"' || c == '\n' || c == '\r') || c == separator;
    }
    if (!quote) {
      encode(chars, 0, len);
      return true;
    }
    // Each quote ends one run and starts the next, so that it is written twice; a run never cuts
    // a surrogate pair.
    append('"');
    int from = 0;
    for (int i = 0; i < len; i++) {
      if (chars[i] == '"') {
        encode(chars, from, i + 1);
        from = i;
      }
    }
    encode(chars, from, len);
    append('"');
    return true;
  }

  /** Encodes {@code len} chars, a surrogate pair never cut at the end. */
  private void encode(char[] a, int len) throws IOException {
    encode(a, 0, len);
  }

  /** Encodes chars {@code from} to {@code to}, a surrogate pair never cut at the end. */
  private void encode(char[] a, int from, int to) throws IOException {
    if (n + 3 * (to - from) > buf.length) {
      drain(); // three bytes at most per char, four per pair of chars
    }
    for (int i = from; i < to; i++) {
      char c = a[i];
      if (c < 0x80) {
        buf[n++] = (byte) c;
      } else if (c < 0x800) {
        buf[n++] = (byte) (0xc0 | c >> 6);
        buf[n++] = (byte) (0x80 | c & 0x3f);
      } else if (!Character.isSurrogate(c)) {
        buf[n++] = (byte) (0xe0 | c >> 12);
        buf[n++] = (byte) (0x80 | c >> 6 & 0x3f);
        buf[n++] = (byte) (0x80 | c & 0x3f);
      } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(a[i + 1])) {
        int cp = Character.toCodePoint(c, a[++i]);
        buf[n++] = (byte) (0xf0 | cp >> 18);
        buf[n++] = (byte) (0x80 | cp >> 12 & 0x3f);
        buf[n++] = (byte) (0x80 | cp >> 6 & 0x3f);
        buf[n++] = (byte) (0x80 | cp & 0x3f);
      } else {
        buf[n++] = '?'; // a lone surrogate, replaced as String.getBytes does
      }
    }
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
