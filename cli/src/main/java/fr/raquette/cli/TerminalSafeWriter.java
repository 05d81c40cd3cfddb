package fr.raquette.cli;

import java.io.IOException;
import java.io.Writer;

/**
 * Everything Raquette prints goes through this writer: it removes what a terminal would obey rather
 * than show, so that a name in the data cannot clear the screen, write to the clipboard (OSC 52),
 * retitle the window or colour the rest of the output. Removed: escape sequences (CSI, OSC and the
 * other string sequences, whole), C0 controls other than tab, line feed and carriage return, DEL,
 * C1 controls, and the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) that can
 * show text in another order than it is. Kept: the one sequence Raquette itself writes, {@code ESC
 * [ K} (erase the progress line). A sequence may be split across writes.
 */
final class TerminalSafeWriter extends Writer {
  private enum State {
    TEXT,
    ESC,
    CSI,
    STRING,
    STRING_ESC
  }

  private final Writer out;
  private State state = State.TEXT;
  private final StringBuilder csi = new StringBuilder();

  TerminalSafeWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void write(char[] buf, int off, int len) throws IOException {
    for (int i = off; i < off + len; i++) {
      put(buf[i]);
    }
  }

  @Override
  public void write(String s, int off, int len) throws IOException {
    for (int i = off; i < off + len; i++) {
      put(s.charAt(i));
    }
  }

  private void put(char c) throws IOException {
    switch (state) {
      case TEXT -> text(c);
      case ESC -> {
        if (c == '[') {
          csi.setLength(0);
          state = State.CSI;
        } else if (c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_') {
          state = State.STRING;
        } else {
          state = State.TEXT; // a two-character sequence: both dropped
        }
      }
      case CSI -> {
        if (c >= 0x40 && c <= 0x7E) {
          if (c == 'K' && csi.length() == 0) {
            out.write("\u001B[K");
          }
          state = State.TEXT;
        } else if (c < 0x20 || c > 0x7E || csi.length() > 64) {
          state = State.TEXT; // not a sequence after all; drop what was read
        } else {
          csi.append(c);
        }
      }
      case STRING -> {
        if (c == 0x07) {
          state = State.TEXT;
        } else if (c == 0x1B) {
          state = State.STRING_ESC;
        } else if (c == '\n') {
          state = State.TEXT; // an unterminated string ends with the line
          out.write(c);
        }
      }
      case STRING_ESC -> state = c == '\\' ? State.TEXT : State.STRING;
    }
  }

  private void text(char c) throws IOException {
    if (c == 0x1B) {
      state = State.ESC;
    } else if (shown(c)) {
      out.write(c);
    }
  }

  /** Whether a character is shown as it is, rather than obeyed or used to reorder text. */
  static boolean shown(char c) {
    if (c < 0x20) {
      return c == '\t' || c == '\n' || c == '\r';
    }
    return !(c == 0x7F
        || (c >= 0x80 && c <= 0x9F)
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069'));
  }

  /** The text as it would be printed, for one-off strings. */
  static String clean(String s) {
    java.io.StringWriter w = new java.io.StringWriter(s.length());
    try (TerminalSafeWriter t = new TerminalSafeWriter(w)) {
      t.write(s);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return w.toString();
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
