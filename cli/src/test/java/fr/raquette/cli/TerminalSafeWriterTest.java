package fr.raquette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** What Raquette prints cannot drive the terminal. */
class TerminalSafeWriterTest {
  @Test
  void escapeSequencesAndControlsAreRemoved() {
    String osc52 = "\u001B]52;c;ZWNobyBwd25lZA==\u0007";
    assertEquals(
        "Centre social", TerminalSafeWriter.clean(osc52 + "Centre \u001B[2J\u001B[31msocial"));
    assertEquals("ab", TerminalSafeWriter.clean("a\u001B]0;title\u001B\\b"));
    assertEquals("a b\tc\n", TerminalSafeWriter.clean("a\u0007 b\tc\u009B\u202E\n"));
    assertEquals("\r\u001B[K50 %", TerminalSafeWriter.clean("\r\u001B[K50 %"), "our progress line");
  }

  @Test
  void aSequenceSplitAcrossWritesIsStillRemoved() throws Exception {
    StringWriter w = new StringWriter();
    try (TerminalSafeWriter t = new TerminalSafeWriter(w)) {
      t.write("x\u001B");
      t.write("]52;c;");
      t.write("AAAA\u0007y");
    }
    assertEquals("xy", w.toString());
  }
}
