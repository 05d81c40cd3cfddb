package fr.raquette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** simulate, suggest and compare end to end through Main, on the Creuse sample. */
class ActionCommandsTest {
  @TempDir Path dir;

  @Test
  void simulateAnOpeningWritesWhatChanges() {
    Cli r = Cli.run("simulate", Cli.sample("creuse"), "--ajout", "numerique:23013", "-q");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("# Simulation"), r.out());
    assertTrue(r.out().contains("Auzances (23013)"), r.out());
    assertTrue(r.out().contains("aide à la décision"), r.out());
  }

  @Test
  void simulateDrawsTheMapOfTheChanges() throws Exception {
    Path map = dir.resolve("changements.svg");
    Cli r =
        Cli.run(
            "simulate",
            Cli.sample("creuse"),
            "--ajout",
            "famille:23005",
            "--carte",
            map.toString(),
            "-q");
    assertEquals(0, r.code(), r.err());
    String svg = Files.readString(map);
    assertTrue(svg.startsWith("<svg") || svg.startsWith("<?xml"), svg.substring(0, 80));
    assertTrue(svg.contains("Ce que change la simulation — Creuse"), "title");
    // The communes the map colours are those of the report's detail table, plus the site's:
    // the 255 communes of the Creuse less those are "no change".
    java.util.Set<String> touched = new java.util.TreeSet<>(java.util.List.of("23005"));
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\\((23\\d{3})\\) \\| famille \\|").matcher(r.out());
    while (m.find()) {
      touched.add(m.group(1));
    }
    assertTrue(touched.size() > 1, r.out());
    assertTrue(svg.contains("Aucun changement (" + (255 - touched.size()) + ")"), r.out());
  }

  @Test
  void simulateRefusesAScenarioItCannotRead() {
    Cli none = Cli.run("simulate", Cli.sample("creuse"), "-q");
    assertEquals(2, none.code());
    assertTrue(none.err().contains("--ajout"), none.err());
    Cli bad = Cli.run("simulate", Cli.sample("creuse"), "--ajout", "numerique:Nulle-Part", "-q");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("Nulle-Part"), bad.err());
  }

  @Test
  void suggestNamesSitesAndTheirPeopleInCsv() {
    Cli r =
        Cli.run(
            "suggest",
            Cli.sample("creuse"),
            "--theme",
            "famille",
            "--sites",
            "2",
            "--format",
            "csv",
            "-q");
    assertEquals(0, r.code(), r.err());
    assertTrue(
        r.out().startsWith("\uFEFFrang;code_commune;commune;theme;personnes_nouvellement"),
        r.out());
  }

  @Test
  void compareOfTwoEqualReportsFindsNothingAndRefusesOtherPerimeters() throws Exception {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    assertEquals(
        0,
        Cli.run("diagnose", Cli.sample("creuse"), "-o", a.toString(), "--format", "csv", "-q")
            .code());
    assertEquals(
        0,
        Cli.run("diagnose", Cli.sample("creuse"), "-o", b.toString(), "--format", "csv", "-q")
            .code());
    Cli same = Cli.run("compare", a.toString(), b.toString());
    assertEquals(0, same.code(), same.err());
    assertTrue(same.out().contains("Aucune classe ne change"), same.out());
    // The second report without its last line: another perimeter, refused unless allowed.
    Path ind = b.resolve("indicateurs.csv");
    String text = Files.readString(ind);
    Files.writeString(ind, text.substring(0, text.stripTrailing().lastIndexOf('\n') + 1));
    Cli other = Cli.run("compare", a.toString(), b.toString());
    assertEquals(3, other.code());
    assertTrue(other.err().contains("1 seulement dans le premier"), other.err());
    Cli allowed = Cli.run("compare", a.toString(), b.toString(), "--accepter-differences");
    assertEquals(0, allowed.code(), allowed.err());
  }
}
