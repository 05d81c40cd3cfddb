package fr.raquette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A territory assembled by hand, without a manifest, from the national files of the shared open
 * data (present beside the repository on developers' machines and in CI; skipped elsewhere).
 */
class NationalFilesTest {
  static final Path FRANCE = Path.of("..", "..", "shared", "open-data", "france");

  @Test
  void cantalAssembledWithoutManifestValidatesAndDiagnoses(@TempDir Path dir) throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(FRANCE), "no national files at " + FRANCE);
    keep("communes-france.csv", dir.resolve("communes.csv"), l -> l.split(";")[4].equals("15"));
    keep("bpe2013-communes-france.csv", dir.resolve("bpe2013.csv"), l -> l.startsWith("15"));
    List<String> features = new ArrayList<>();
    for (String l : Files.readAllLines(FRANCE.resolve("communes-france-2018.geojson"))) {
      if (l.contains("\"code\":\"15")) {
        features.add(l.endsWith(",") ? l.substring(0, l.length() - 1) : l);
      }
    }
    Files.writeString(
        dir.resolve("contours.geojson"),
        "{\"type\":\"FeatureCollection\",\"features\":[\n"
            + String.join(",\n", features)
            + "\n]}\n");
    // Whole national files: what is outside the territory is dropped and reported.
    for (String f : List.of("france-services-france-20240801.csv", "cog-passage-2026.csv")) {
      Files.copy(FRANCE.resolve(f), dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
    }
    Cli v = Cli.run("validate", dir.toString());
    assertEquals(0, v.code(), v.out() + v.err());
    assertTrue(v.out().contains("Communes : 250"), v.out());
    assertTrue(v.out().contains("hors du périmètre"), v.out());
    Cli d = Cli.run("diagnose", dir.toString(), "-o", dir.resolve("rapport").toString(), "-q");
    assertEquals(0, d.code(), d.err());
    assertTrue(Files.readString(dir.resolve("rapport/rapport.md")).contains("Aurillac"));
  }

  private static void keep(String from, Path to, java.util.function.Predicate<String> row)
      throws IOException {
    List<String> lines = Files.readAllLines(FRANCE.resolve(from), StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>();
    out.add(lines.get(0));
    for (String l : lines.subList(1, lines.size())) {
      if (row.test(l)) {
        out.add(l);
      }
    }
    Files.write(to, out, StandardCharsets.UTF_8);
  }
}
