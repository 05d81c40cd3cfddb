package fr.raquette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares an output with a file kept in the sources. Run the tests with {@code
 * -Dgolden.update=true} to rewrite the files from the current outputs, then review the diff.
 */
final class Golden {
  static final Path DIR = Path.of("src", "test", "resources", "golden");

  private Golden() {}

  static boolean updating() {
    return Boolean.parseBoolean(System.getProperty("golden.update", "false"));
  }

  /** A golden file under {@code src/test/resources/golden}, e.g. {@code creuse/rapport.md}. */
  static void assertMatches(String name, String actual) {
    assertMatches(DIR.resolve(name), actual);
  }

  /**
   * @param golden the file, relative to the module (tests run with the module as working folder),
   *     such as {@code src/test/resources/golden/actors/table.txt}
   */
  static void assertMatches(Path golden, String actual) {
    try {
      if (updating()) {
        Files.createDirectories(golden.toAbsolutePath().getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.isRegularFile(golden)) {
        fail(golden + " does not exist: run the tests with -Dgolden.update=true to create it");
      }
      assertEquals(
          Files.readString(golden, StandardCharsets.UTF_8),
          actual,
          "differs from " + golden + " (-Dgolden.update=true rewrites it; review the diff)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
