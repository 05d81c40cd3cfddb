package fr.raquette.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagnoseCommandTest {
  @TempDir Path dir;

  private static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }

  @Test
  void creuseReportMatchesItsGoldenFiles() throws IOException {
    Path out = dir.resolve("rapport");
    Cli r = Cli.run("diagnose", Cli.sample("creuse"), "-o", out.toString());
    assertEquals(0, r.code(), r.err());
    Golden.assertMatches("creuse/rapport.md", read(out.resolve("rapport.md")));
    Golden.assertMatches("creuse/indicateurs.csv", read(out.resolve("indicateurs.csv")));
    Golden.assertMatches("creuse/trous.csv", read(out.resolve("trous.csv")));
    Golden.assertMatches("creuse/suivi.csv", read(out.resolve("suivi.csv")));
  }

  @Test
  void rhoneReportMatchesItsGoldenFiles() throws IOException {
    Path out = dir.resolve("report");
    Cli r = Cli.run("diagnose", Cli.sample("rhone"), "-o", out.toString(), "--lang", "en");
    assertEquals(0, r.code(), r.err());
    Golden.assertMatches("rhone/report-en.md", read(out.resolve("rapport.md")));
    Golden.assertMatches("rhone/indicateurs.csv", read(out.resolve("indicateurs.csv")));
    Golden.assertMatches("rhone/trous.csv", read(out.resolve("trous.csv")));
  }

  @Test
  void timingsNameEveryStageOfTheBenchmark() {
    Path out = dir.resolve("t");
    Cli r =
        Cli.run(
            "diagnose", Cli.sample("creuse"), "-o", out.toString(), "--format", "md", "--timings");
    assertEquals(0, r.code(), r.err());
    String stages = r.err().lines().filter(l -> l.startsWith("stages:")).findFirst().orElseThrow();
    // Each stage of the loader and the diagnosis falls in one of the benchmark's stages.
    assertTrue(
        stages.matches(
            "stages: read=\\S+s reconcile=\\S+s outlines=\\S+s index=\\S+s accessibility=\\S+s"
                + " sensitivity=\\S+s actors=\\S+s"),
        stages);
    assertTrue(r.err().contains("timings: load="), r.err());
  }

  @Test
  void twoRunsGiveIdenticalBytes() throws IOException {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    assertEquals(0, Cli.run("diagnose", Cli.sample("creuse"), "-o", a.toString()).code());
    assertEquals(0, Cli.run("diagnose", Cli.sample("creuse"), "-o", b.toString()).code());
    for (String f : new String[] {"rapport.md", "indicateurs.csv", "trous.csv"}) {
      assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
    }
  }

  @Test
  void csvDefaultOpensInFrenchExcel() throws IOException {
    Path out = dir.resolve("r");
    assertEquals(0, Cli.run("diagnose", Cli.sample("creuse"), "-o", out.toString()).code());
    byte[] bytes = Files.readAllBytes(out.resolve("trous.csv"));
    assertEquals((byte) 0xEF, bytes[0]);
    assertTrue(read(out.resolve("trous.csv")).startsWith("\uFEFFrang;code_commune;"));
    Path std = dir.resolve("s");
    assertEquals(
        0,
        Cli.run("diagnose", Cli.sample("creuse"), "-o", std.toString(), "--csv-dialect", "rfc4180")
            .code());
    assertTrue(read(std.resolve("trous.csv")).startsWith("rang,code_commune,"));
  }

  @Test
  void existingReportIsKeptWithoutForce() throws IOException {
    Path out = dir.resolve("r");
    assertEquals(0, Cli.run("diagnose", Cli.sample("creuse"), "-o", out.toString()).code());
    Files.writeString(out.resolve("rapport.md"), "previous");
    Cli r = Cli.run("diagnose", Cli.sample("creuse"), "-o", out.toString());
    assertEquals(4, r.code());
    assertTrue(r.err().contains("--force"), r.err());
    assertEquals("previous", read(out.resolve("rapport.md")));
    assertEquals(
        0, Cli.run("diagnose", Cli.sample("creuse"), "-o", out.toString(), "--force").code());
    assertTrue(read(out.resolve("rapport.md")).startsWith("# Diagnostic territorial — Creuse"));
  }

  @Test
  void failedRunLeavesThePreviousReportAndNoTemporaryFiles() throws IOException {
    Path out = dir.resolve("r");
    assertEquals(0, Cli.run("diagnose", Cli.sample("creuse"), "-o", out.toString()).code());
    Files.writeString(out.resolve("rapport.md"), "previous");
    Path bad = dir.resolve("bad");
    Files.createDirectories(bad);
    Files.writeString(bad.resolve("communes.csv"), "CODGEO;LIBGEO;PMUN\n23001;\"Ahun;1\n");
    Cli r = Cli.run("diagnose", bad.toString(), "-o", out.toString(), "--force");
    assertEquals(3, r.code());
    assertEquals("previous", read(out.resolve("rapport.md")));
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(0, s.filter(p -> p.getFileName().toString().startsWith(".")).count());
    }
  }

  @Test
  void unknownThemeIsUsage() {
    Cli r =
        Cli.run(
            "diagnose",
            Cli.sample("creuse"),
            "--theme",
            "astrologie",
            "-o",
            dir.resolve("x").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("thème inconnu"), r.err());
  }

  @Test
  void gapsExportsEachFormat() throws IOException {
    // Logement is judged at the scale of the département since baskets: no commune gap.
    Cli none = Cli.run("gaps", Cli.sample("creuse"), "--theme", "logement");
    assertEquals(0, none.code(), none.err());
    assertFalse(none.out().contains(";logement;trou;"), none.out());
    // No trou is left in the Creuse sample: its gaps are weak answers.
    Cli csv = Cli.run("gaps", Cli.sample("creuse"), "--theme", "mobilite");
    assertEquals(0, csv.code(), csv.err());
    assertTrue(csv.out().contains(";mobilite;renforcer;"), csv.out());
    assertFalse(csv.out().contains(";sante;"), csv.out());
    Cli md = Cli.run("gaps", Cli.sample("creuse"), "--format", "md", "--min-severity", "1000");
    assertEquals(0, md.code(), md.err());
    assertTrue(md.out().startsWith("# Trous dans la raquette — Creuse"), md.out());
    Path geo = dir.resolve("t.geojson");
    Cli gj = Cli.run("gaps", Cli.sample("creuse"), "--format", "geojson", "-o", geo.toString());
    assertEquals(0, gj.code(), gj.err());
    com.fasterxml.jackson.databind.JsonNode root =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(geo.toFile());
    assertEquals("FeatureCollection", root.get("type").asText());
    // One feature per commune, covered ones included, every theme's figures on it.
    com.fasterxml.jackson.databind.JsonNode features = root.get("features");
    java.util.Set<String> codes = new java.util.HashSet<>();
    int covered = 0;
    for (com.fasterxml.jackson.databind.JsonNode f : features) {
      com.fasterxml.jackson.databind.JsonNode p = f.get("properties");
      assertTrue(codes.add(p.get("code_commune").asText()), "one feature a commune");
      assertTrue(p.has("epci") && p.has("perimetre"), p.toString());
      if (!p.get("perimetre").asBoolean()) {
        continue; // the context ring: its outline and EPCI, no finding of its own
      }
      assertTrue(p.has("sante_classe") && p.has("logement_ratio"), p.toString());
      assertTrue(p.has("numerique_severite") && p.has("mobilite_distance_km"), p.toString());
      covered += p.get("trous").asInt() + p.get("a_renforcer").asInt() == 0 ? 1 : 0;
    }
    assertTrue(codes.contains("23096") && codes.size() > 250, "communes: " + codes.size());
    assertTrue(covered > 0, "covered communes are there too");
    assertEquals(
        "rw-r--r--",
        java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(geo)));
    assertEquals(
        4,
        Cli.run("gaps", Cli.sample("creuse"), "--format", "geojson", "-o", geo.toString()).code());
  }
}
