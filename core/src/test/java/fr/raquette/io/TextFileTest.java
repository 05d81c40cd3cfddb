package fr.raquette.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@fr.raquette.i18n.InEnglish
class TextFileTest {
  @TempDir Path dir;

  @Test
  void utf8WithBomIsStripped() {
    byte[] raw = "\uFEFFCODGEO;LIBGEO\n23001;Ahun\n".getBytes(StandardCharsets.UTF_8);
    TextFile f = TextFile.decode("a.csv", raw);
    assertTrue(f.bom());
    assertEquals(StandardCharsets.UTF_8, f.charset());
    assertTrue(f.text().startsWith("CODGEO"));
  }

  @Test
  void windows1252IsDetectedWhenNotUtf8() {
    byte[] raw = "CODGEO;LIBGEO\n23052;Chénérailles\n".getBytes(Charset.forName("windows-1252"));
    TextFile f = TextFile.decode("a.csv", raw);
    assertEquals("windows-1252", f.charset().name());
    assertTrue(f.text().contains("Chénérailles"));
  }

  @Test
  void plainUtf8StaysUtf8() {
    TextFile f = TextFile.decode("a.csv", "x\nÉcole\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(StandardCharsets.UTF_8, f.charset());
    assertFalse(f.bom());
    assertEquals("UTF-8", f.encodingLabel());
  }

  @Test
  void binaryFileIsRefused() {
    DataException e =
        assertThrows(DataException.class, () -> TextFile.decode("x.csv", new byte[] {1, 0, 2}));
    assertTrue(e.getMessage().contains("binary"), e.getMessage());
  }

  @Test
  void zipIsReadThroughToItsCsv() throws IOException {
    Path zip = dir.resolve("base.zip");
    try (OutputStream os = Files.newOutputStream(zip);
        ZipOutputStream z = new ZipOutputStream(os)) {
      z.putNextEntry(new ZipEntry("meta.txt"));
      z.write("m".getBytes(StandardCharsets.UTF_8));
      z.putNextEntry(new ZipEntry("data/base.csv"));
      z.write("DEPCOM;TYPEQU;NB_EQUIP\n23001;D201;2\n".getBytes(StandardCharsets.UTF_8));
    }
    TextFile f = TextFile.read(zip, "base.zip");
    assertEquals("base.zip!data/base.csv", f.displayName());
    assertTrue(f.text().contains("D201"));
    assertEquals(64, f.sha256().length());
  }

  @Test
  void zipBombStopsAtTheLimit() throws IOException {
    Path zip = dir.resolve("bomb.zip");
    try (OutputStream os = Files.newOutputStream(zip);
        ZipOutputStream z = new ZipOutputStream(os)) {
      z.putNextEntry(new ZipEntry("big.csv"));
      byte[] zeros = new byte[1 << 20];
      java.util.Arrays.fill(zeros, (byte) 'a');
      for (int i = 0; i < 4; i++) {
        z.write(zeros);
      }
    }
    DataException e =
        assertThrows(DataException.class, () -> TextFile.read(zip, "bomb.zip", 1_000_000));
    assertTrue(e.getMessage().contains("limit"), e.getMessage());
  }

  /** The UTF-8 check must accept exactly what a strict decoder accepts. */
  @Test
  void utf8CheckAgreesWithTheStrictDecoder() {
    java.util.Random random = new java.util.Random(42);
    int[] interesting = {
      0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1,
      0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF
    };
    for (int n = 0; n < 200_000; n++) {
      // An ASCII run first, long enough at times to be skipped eight bytes at a time.
      int ascii = random.nextInt(20);
      byte[] raw = new byte[ascii + 1 + random.nextInt(6)];
      for (int i = 0; i < raw.length; i++) {
        raw[i] = i < ascii ? (byte) 'a' : (byte) interesting[random.nextInt(interesting.length)];
      }
      boolean strict;
      try {
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
            .decode(java.nio.ByteBuffer.wrap(raw));
        strict = true;
      } catch (java.nio.charset.CharacterCodingException e) {
        strict = false;
      }
      assertEquals(strict, TextFile.isUtf8(raw), java.util.HexFormat.of().formatHex(raw));
    }
  }

  /**
   * firstNul, eight bytes at a time, finds the first zero byte a byte-by-byte look finds: one or
   * two zeros at every place of arrays of every length up to 40 (both sides of each eight-byte
   * word), beside bytes 0x01 and 0x80 that a wrong borrow would take for zeros.
   */
  @Test
  void firstNulAgreesWithLookingAtEachByte() {
    java.util.Random random = new java.util.Random(14);
    for (int n = 0; n <= 40; n++) {
      for (int zero = -1; zero < n; zero++) {
        for (int second = zero; second < n; second += 3) {
          byte[] raw = new byte[n];
          for (int i = 0; i < n; i++) {
            byte[] fillers = {1, (byte) 0x80, (byte) 0xFF, 'a', (byte) random.nextInt(1, 256)};
            raw[i] = fillers[random.nextInt(fillers.length)];
          }
          if (zero >= 0) {
            raw[zero] = 0;
            raw[Math.max(second, zero)] = 0;
          }
          int expected = -1;
          for (int i = 0; i < n && expected < 0; i++) {
            expected = raw[i] == 0 ? i : -1;
          }
          assertEquals(expected, TextFile.firstNul(raw), java.util.HexFormat.of().formatHex(raw));
        }
      }
    }
  }
}
