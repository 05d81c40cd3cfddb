package fr.raquette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: the expected output of a whole report, kept under src/test/resources/golden. Run
 * with {@code -Dgolden.update=true} to rewrite them, then review the diff before committing.
 */
final class Golden {
  static final Path DIR = Path.of("src", "test", "resources", "golden");

  private Golden() {}

  static void assertMatches(String name, String actual) throws IOException {
    Path file = DIR.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(file)) {
      throw new AssertionError(
          "golden file " + file + " is missing; run with -Dgolden.update=true to create it");
    }
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "differs from " + file);
  }
}
