package fr.raquette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A territory folder with a {@code couts} file, end to end through Main: the diagnosis is in
 * minutes and says so (fixture {@code core/src/test/resources/territories/couts}, see its README).
 */
class CoutsCommandTest {
  @TempDir Path dir;

  static final String FOLDER =
      Path.of("..", "core", "src", "test", "resources", "territories", "couts").toString();

  @Test
  void diagnoseMeasuresInMinutesAndSaysSo() throws IOException {
    Path out = dir.resolve("rapport");
    Cli r = Cli.run("diagnose", FOLDER, "--theme", "sante", "-o", out.toString());
    assertEquals(0, r.code(), r.err());
    String csv = Files.readString(out.resolve("indicateurs.csv"), StandardCharsets.UTF_8);
    assertTrue(csv.lines().findFirst().orElseThrow().contains(";temps_plus_proche_min;"), csv);
    assertTrue(csv.contains("11002;Milieu;sante;1000;lu;0;0;35,0;Bourg;"), csv);
    assertTrue(csv.contains("medecin:non-evaluable:no-travel-time"), csv);
    String gaps = Files.readString(out.resolve("trous.csv"), StandardCharsets.UTF_8);
    assertTrue(
        gaps.contains(
            "1\u202f000 habitants, pas de médecin généraliste à moins de 30 min (le plus proche : Bourg,"
                + " 35 min)"),
        gaps);
    String md = Files.readString(out.resolve("rapport.md"), StandardCharsets.UTF_8);
    assertTrue(md.contains("**Distances en temps de trajet.**"), md);
    assertTrue(md.contains("0–10 min : poids 1 ; 10–20 min : poids 0,68"), md);
    assertTrue(md.contains("1 commune du périmètre n'y figure pas et n'est pas évaluée"), md);
    assertTrue(
        md.contains(
            "Santé : comparé à la moyenne du territoire, car la référence nationale est calculée"
                + " à vol d'oiseau (km) et ce diagnostic en minutes"),
        md);
    assertTrue(!md.contains("Les distances sont à vol d'oiseau"), md);
  }

  @Test
  void validateLocatesTheBadLinesOfTheCoutsFile() {
    Cli r = Cli.run("validate", FOLDER);
    assertTrue(r.out().contains("couts.csv:5:13: attention: temps «\u00a0abc\u00a0»"), r.out());
    assertTrue(r.out().contains("couts.csv:6:1: attention:"), r.out());
    assertTrue(r.out().contains("couts.csv:7:1: attention: paire 11002 → 11003"), r.out());
  }

  @Test
  void englishReasonsSayMinutes() throws IOException {
    Path out = dir.resolve("report");
    Cli r = Cli.run("diagnose", FOLDER, "--theme", "sante", "-o", out.toString(), "--lang", "en");
    assertEquals(0, r.code(), r.err());
    String gaps = Files.readString(out.resolve("trous.csv"), StandardCharsets.UTF_8);
    assertTrue(
        gaps.contains("no general practitioner within 30 min (nearest: Bourg, 35 min)"), gaps);
  }

  @Test
  void equipmentWithCoordinatesAndNoCodeIsPlacedByItsOutline() throws IOException {
    String points =
        Path.of("..", "core", "src", "test", "resources", "territories", "points").toString();
    Path out = dir.resolve("points");
    Cli r = Cli.run("diagnose", points, "--theme", "sante", "-o", out.toString());
    assertEquals(0, r.code(), r.err());
    String csv = Files.readString(out.resolve("indicateurs.csv"), StandardCharsets.UTF_8);
    // Ouest has the general practitioners of lines 2 and 7, Est the 2 of line 3.
    assertTrue(csv.contains("11001;Ouest;sante;1000;lu;3;"), csv);
    assertTrue(csv.contains("11002;Est;sante;1000;lu;3;"), csv);
    Cli v = Cli.run("validate", points);
    assertTrue(
        v.out().contains("equipements-locaux.csv:5:8: attention: point (3.50000 ; 46.02000)"),
        v.out());
  }
}
