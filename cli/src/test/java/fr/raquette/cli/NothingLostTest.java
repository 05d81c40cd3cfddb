package fr.raquette.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run must never lose: a previous output, a folder that is not ours, and the same bytes
 * whatever the machine's locale and time zone. (The report folder of a failed diagnose is covered
 * in DiagnoseCommandTest.)
 */
class NothingLostTest {
  @TempDir Path dir;

  private Path badTerritory() throws IOException {
    Path bad = dir.resolve("bad");
    Files.createDirectories(bad);
    Files.writeString(bad.resolve("communes.csv"), "CODGEO;LIBGEO;PMUN\n23001;\"Ahun;1\n");
    return bad;
  }

  private List<String> hidden() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
    }
  }

  @Test
  void failedGapsRunLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
    Path out = dir.resolve("trous.csv");
    Files.writeString(out, "previous");
    Cli r = Cli.run("gaps", badTerritory().toString(), "-o", out.toString(), "--force");
    assertEquals(3, r.code(), r.err());
    assertEquals("previous", Files.readString(out));
    assertEquals(List.of(), hidden());
  }

  @Test
  void gapsFileIsReplacedOnlyWithForce() throws IOException {
    Path out = dir.resolve("trous.csv");
    Files.writeString(out, "previous");
    Cli r = Cli.run("gaps", Cli.sample("creuse"), "-o", out.toString());
    assertEquals(4, r.code());
    assertTrue(r.err().contains("--force"), r.err());
    assertEquals("previous", Files.readString(out));
    assertEquals(0, Cli.run("gaps", Cli.sample("creuse"), "-o", out.toString(), "--force").code());
    assertTrue(Files.readString(out).startsWith("\uFEFFrang;code_commune;"));
    assertEquals(List.of(), hidden());
  }

  @Test
  void reportIntoANonEmptyFolderIsRefusedWithoutForce() throws IOException {
    Path out = dir.resolve("documents");
    Files.createDirectories(out);
    Files.writeString(out.resolve("notes.txt"), "mine");
    Cli r = Cli.run("diagnose", Cli.sample("creuse"), "-o", out.toString());
    assertEquals(4, r.code());
    assertTrue(r.err().contains("n'est pas vide") && r.err().contains("--force"), r.err());
    assertEquals("mine", Files.readString(out.resolve("notes.txt")));
    try (Stream<Path> s = Files.list(out)) {
      assertEquals(1, s.count());
    }
    assertEquals(List.of(), hidden());
  }

  @Test
  void forceNeverReplacesTheTerritoryFolder() throws IOException {
    Path territory = dir.resolve("creuse");
    try (Stream<Path> s = Files.list(Path.of(Cli.sample("creuse")))) {
      Files.createDirectories(territory);
      for (Path p : s.toList()) {
        Files.copy(p, territory.resolve(p.getFileName().toString()));
      }
    }
    long files;
    try (Stream<Path> s = Files.list(territory)) {
      files = s.count();
    }
    Cli r = Cli.run("diagnose", territory.toString(), "-o", territory.toString(), "--force");
    assertEquals(4, r.code());
    assertTrue(r.err().contains("n'est pas un rapport de Raquette"), r.err());
    try (Stream<Path> s = Files.list(territory)) {
      assertEquals(files, s.count());
    }
    assertEquals(List.of(), hidden());
  }

  /**
   * A report folder of an earlier version, whose marker lists no file: --force replaces what the
   * new report writes, keeps the rest, and says exactly that. (It used to announce rapport.md and
   * the CSV files as kept, then replace them.)
   */
  @Test
  void forceOverAnEarlierVersionsReportSaysWhatItReplacesAndKeeps() throws IOException {
    Path out = dir.resolve("rapport");
    Files.createDirectories(out);
    Files.writeString(
        out.resolve(".raquette-rapport"),
        "# This folder is a Raquette report; --force may replace it whole.\n");
    Files.writeString(out.resolve("rapport.md"), "old report");
    Files.writeString(out.resolve("notes.txt"), "mine");
    Cli r =
        Cli.run(
            "diagnose", Cli.sample("creuse"), "-o", out.toString(), "--format", "md", "--force");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("version antérieure de Raquette"), r.err());
    assertTrue(r.err().contains("ceux que le nouveau rapport écrit"), r.err());
    String keptLine =
        r.err().lines().filter(l -> l.contains("gardés tels quels")).findFirst().orElse("");
    assertTrue(keptLine.endsWith(": notes.txt"), r.err());
    assertEquals("mine", Files.readString(out.resolve("notes.txt")));
    assertTrue(Files.readString(out.resolve("rapport.md")).startsWith("#"));
    assertTrue(Files.readString(out.resolve(".raquette-rapport")).contains("\nrapport.md\n"));
    assertEquals(List.of(), hidden());
  }

  @Test
  void successfulReportLeavesNoTemporaryFolder() throws IOException {
    Path out = dir.resolve("rapport");
    assertEquals(0, Cli.run("diagnose", Cli.sample("creuse"), "-o", out.toString()).code());
    assertTrue(Files.isRegularFile(out.resolve("rapport.md")));
    assertEquals(List.of(), hidden());
  }

  @Test
  void localeAndTimeZoneDoNotChangeAByte() throws IOException {
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    try {
      Locale.setDefault(Locale.US);
      TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
      assertEquals(0, Cli.run("diagnose", Cli.sample("creuse"), "-o", a.toString()).code());
      // Decimal comma, no-break-space grouping, another day than UTC for part of the day.
      Locale.setDefault(Locale.FRANCE);
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      assertEquals(0, Cli.run("diagnose", Cli.sample("creuse"), "-o", b.toString()).code());
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
      Path c = dir.resolve("c");
      assertEquals(0, Cli.run("diagnose", Cli.sample("creuse"), "-o", c.toString()).code());
      try (Stream<Path> s = Files.walk(a)) {
        for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
          String name = a.relativize(f).toString();
          byte[] expected = Files.readAllBytes(f);
          assertArrayEquals(expected, Files.readAllBytes(b.resolve(name)), name);
          assertArrayEquals(expected, Files.readAllBytes(c.resolve(name)), name);
        }
      }
      assertTrue(
          java.util.regex.Pattern.compile(";[0-9]+,[0-9]+;")
              .matcher(
                  new String(
                      Files.readAllBytes(a.resolve("indicateurs.csv")), StandardCharsets.UTF_8))
              .find(),
          "numbers in excel-fr CSV use a decimal comma, whatever the machine's locale");
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }
}
