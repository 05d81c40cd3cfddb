package fr.raquette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.raquette.io.TextFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** -Draquette.maxFileBytes=N, read once by Main and passed to every command in its options. */
class MaxFileBytesTest {
  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {"100, 100", "' 2000 ', 2000", "null, -1", "'', -1", "beaucoup, -1"})
  void propertyValue(String value, long expected) {
    long limit = expected < 0 ? TextFile.DEFAULT_MAX_BYTES : expected;
    assertEquals(limit, Main.maxFileBytes(value));
  }

  @ParameterizedTest
  @CsvSource({"validate", "diagnose", "gaps", "actors"})
  void everyCommandThatLoadsIsBound(String command) {
    Cli r = Cli.runLimited(100, command, Cli.sample("creuse"));
    assertEquals(ExitCode.BAD_DATA, r.code(), r.err());
    assertTrue(r.err().contains("au-delà de la limite de 100 octets"), r.err());
  }
}
