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
   * Appends a CSV cell as it is, when it holds none of the characters that make {@link
   * CsvDialect#appendCell} quote it (the separator, a quote, a line break) and is short: the cell's
   * chars are copied and looked at once, then encoded. Otherwise writes nothing and returns false,
   * for {@link CsvDialect#appendCell} to write it.
   */
  boolean appendPlainCell(CharSequence s, char separator) throws IOException {
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
    for (int i = 0; i < len; i++) {
      char c = chars[i];
      if (c <= '"' && (c == '"' || c == '\n' || c == '\r') || c == separator) {
        return false;
      }
    }
    encode(chars, len);
    return true;
  }

  /** Encodes {@code len} chars, a surrogate pair never cut at the end. */
  private void encode(char[] a, int len) throws IOException {
    if (n + 3 * len > buf.length) {
      drain(); // three bytes at most per char, four per pair of chars
    }
    for (int i = 0; i < len; i++) {
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
      } else if (Character.isHighSurrogate(c)
          && i + 1 < len
          && Character.isLowSurrogate(a[i + 1])) {
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
