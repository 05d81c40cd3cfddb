package fr.raquette.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.raquette.io.DataException;
import fr.raquette.territory.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerritoryFolderTest {
  @TempDir Path dir;

  /**
   * The one listing rule: data names only, folders left out, and a dangling link kept, so that it
   * is refused by name rather than skipped in silence.
   */
  @Test
  void aFolderListsItsDataFilesAndLinksButNotFoldersOrNotes() throws Exception {
    for (String n : List.of("b.csv", "a.geojson", "README.md", "notes.yaml", ".hidden.csv")) {
      Files.writeString(dir.resolve(n), "x\n");
    }
    Files.createDirectories(dir.resolve("sub.csv"));
    Files.createSymbolicLink(dir.resolve("c.csv"), dir.resolve("absent.csv"));
    TerritoryFolder f = TerritoryFolder.open(dir, "load.not.folder");
    assertEquals(
        List.of("a.geojson", "b.csv", "c.csv"),
        f.entries().stream().map(TerritoryFolder.Entry::name).toList());
    assertNull(f.entries().get(0).role());
    assertEquals(List.of(), f.unlisted());
    DataException e = assertThrows(DataException.class, () -> f.resolve(f.entries().get(2)));
    assertEquals("c.csv", e.problem().file());
  }

  /** With a manifest that lists files: its roles, parsed once, and the data files it leaves out. */
  @Test
  void aManifestGivesTheFilesAndTheirRoles() throws Exception {
    Files.writeString(dir.resolve("a.csv"), "x\n");
    Files.writeString(dir.resolve("b.csv"), "x\n");
    Files.writeString(
        dir.resolve(Manifest.FILE_NAME),
        "fichiers:\n  - chemin: a.csv\n    role: BPE\n  - chemin: ../out.csv\n");
    TerritoryFolder f = TerritoryFolder.open(dir, "load.not.folder");
    assertTrue(f.listed());
    assertEquals(Role.BPE, f.entries().get(0).role());
    assertEquals(List.of("b.csv"), f.unlisted());
    DataException e = assertThrows(DataException.class, () -> f.resolve(f.entries().get(1)));
    assertEquals(Manifest.FILE_NAME + ":4", e.problem().file() + ":" + e.problem().line());
  }
}
