package fr.raquette.report.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code report} uses the maps; the maps use no class of {@code report} (no cycle). */
class MapLayerTest {
  private static final Pattern REPORT_CLASS = Pattern.compile("fr\\.raquette\\.report\\.[A-Z]");

  @Test
  void theMapsDependOnNoClassOfTheReport() throws IOException {
    Path dir = Path.of("src", "main", "java", "fr", "raquette", "report", "map");
    List<Path> sources;
    try (Stream<Path> s = Files.list(dir)) {
      sources = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    assertTrue(sources.size() > 5, dir.toAbsolutePath().toString());
    List<String> uses =
        sources.stream()
            .flatMap(
                p -> {
                  try {
                    return Files.readAllLines(p).stream()
                        .filter(l -> REPORT_CLASS.matcher(l).find())
                        .map(l -> p.getFileName() + ": " + l.strip());
                  } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                })
            .toList();
    assertEquals(List.of(), uses);
  }
}
