package fr.raquette.geo;

import fr.raquette.io.TextFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads the small GeoJSON fixtures of {@code src/test/resources/geo}. */
final class GeoFixtures {
  private GeoFixtures() {}

  static TextFile fixture(String name) {
    try (InputStream in = GeoFixtures.class.getResourceAsStream("/geo/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return TextFile.decode(name, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static TextFile text(String name, String json) {
    return TextFile.decode(name, json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
