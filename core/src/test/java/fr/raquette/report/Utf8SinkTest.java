package fr.raquette.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The sink writes the bytes String.getBytes(UTF_8) gives. */
class Utf8SinkTest {
  private static byte[] sink(String s) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Utf8Sink out = new Utf8Sink(bytes)) {
      out.append(s);
    }
    return bytes.toByteArray();
  }

  private static void check(String s) throws IOException {
    assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), sink(s), s);
  }

  @Test
  void accentsSymbolsAndPairs() throws IOException {
    check("");
    check("Saint-Étienne ; 1\u202F450 habitants — « Guéret », 23,4 km");
    check("\u00FF\u0100\u07FF\u0800\uFFFF");
    check("emoji \uD83D\uDE00 pair");
  }

  @Test
  void loneSurrogatesBecomeQuestionMarks() throws IOException {
    check("\uD83D");
    check("a\uD83Db");
    check("a\uDE00b");
    check("\uDE00\uD83D");
    check("\uD83D\uD83D\uDE00");
  }

  @Test
  void randomTextLongerThanTheBuffer() throws IOException {
    SplittableRandom r = new SplittableRandom(3);
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 300_000) {
      int kind = r.nextInt(5);
      sb.append(
          switch (kind) {
            case 0 -> (char) r.nextInt(0x80);
            case 1 -> (char) r.nextInt(0x80, 0x800);
            case 2 -> (char) r.nextInt(0x800, 0x10000);
            case 3 -> new String(Character.toChars(r.nextInt(0x10000, 0x110000)));
            default -> "é";
          });
    }
    check(sb.toString());
  }
}
