package fr.raquette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  @Test
  void creuseValidatesWithFiguresOfTheSourceFiles() {
    Cli r = Cli.run("validate", Cli.sample("creuse"));
    assertEquals(0, r.code(), r.err());
    // The perimeter: sum of PMUN of the 255 communes of the Creuse; the ring holds the communes
    // within 100 km (data-samples/rebuild.sh).
    assertTrue(
        r.out()
            .contains(
                "Périmètre du rapport : 255 communes, population 115\u202F527 ; anneau de"
                    + " contexte : 2\u202F570 communes"),
        r.out());
    assertTrue(r.out().contains("Communes : 2\u202F825, dont 2\u202F825 avec contour"), r.out());
    assertTrue(r.out().contains("france-services : 259"), r.out());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void rhoneValidatesInEnglishWithArrondissementsRolledUp() {
    Cli r = Cli.run("validate", Cli.sample("rhone"), "--lang", "en");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("municipal arrondissement → commune"), r.out());
    assertTrue(r.out().contains("Perimeter reported on: 266 communes, population 1,"), r.out());
  }

  @Test
  void malformedFileGivesExit3AndFileLine(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("communes.csv"), "CODGEO;LIBGEO;PMUN\n23001;Ahun;1394\n23002;\"Ajain;1019\n");
    Cli r = Cli.run("validate", dir.toString());
    assertEquals(3, r.code());
    assertTrue(r.err().startsWith("communes.csv:3"), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
  }

  @Test
  void folderWithoutOutlinesIsNotUsable(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("communes.csv"), "CODGEO;LIBGEO;PMUN\n23001;Ahun;1394\n");
    Cli r = Cli.run("validate", dir.toString());
    assertEquals(3, r.code());
    assertTrue(r.out().contains("aucun contour de commune"), r.out());
  }

  @Test
  void missingFolderIsBadData() {
    Cli r = Cli.run("validate", "does-not-exist");
    assertEquals(3, r.code());
    assertTrue(r.err().contains("ce n'est pas un dossier"), r.err());
  }

  @Test
  void unknownOptionIsUsage() {
    Cli r = Cli.run("validate", "--nope", Cli.sample("creuse"));
    assertEquals(2, r.code());
  }
}
