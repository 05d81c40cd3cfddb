package fr.raquette.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.raquette.io.OutputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report appears whole or not at all. */
@fr.raquette.i18n.InEnglish
class OutputFolderTest {
  @TempDir Path dir;

  private List<String> names() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void filesGoToAHiddenFolderUntilCommitted() throws IOException {
    Path target = dir.resolve("rapport");
    try (OutputFolder f = OutputFolder.open(target, false, OutputFolder.Kind.REPORT)) {
      f.write("rapport.md", "# R");
      assertFalse(Files.exists(target), "nothing is visible before the commit");
      List<String> during = names();
      assertEquals(1, during.size());
      assertTrue(during.get(0).startsWith(".rapport.tmp-"), during.toString());
      f.commit();
    }
    assertEquals(List.of("rapport"), names());
    assertEquals("# R", Files.readString(target.resolve("rapport.md")));
  }

  @Test
  void anAbandonedRunLeavesThePreviousReport() throws IOException {
    Path target = dir.resolve("rapport");
    try (OutputFolder f = OutputFolder.open(target, false, OutputFolder.Kind.REPORT)) {
      f.write("rapport.md", "previous");
      f.commit();
    }
    try (OutputFolder f = OutputFolder.open(target, true, OutputFolder.Kind.REPORT)) {
      f.write("rapport.md", "half");
      // No commit: the run failed after writing part of the report.
    }
    assertEquals(List.of("rapport"), names());
    assertEquals("previous", Files.readString(target.resolve("rapport.md")));
  }

  @Test
  void aNonEmptyFolderNeedsForce() throws IOException {
    Path target = dir.resolve("rapport");
    Files.createDirectories(target);
    Files.writeString(target.resolve("notes.txt"), "mine");
    OutputException e =
        assertThrows(
            OutputException.class,
            () -> OutputFolder.open(target, false, OutputFolder.Kind.REPORT));
    assertTrue(e.getMessage().contains("--force"), e.getMessage());
    assertEquals(List.of("rapport"), names(), "a refusal creates nothing");
  }

  @Test
  void aFileIsNeverReplacedHalfWritten() throws IOException {
    Path file = dir.resolve("trous.csv");
    Files.writeString(file, "previous");
    assertThrows(OutputException.class, () -> OutputFolder.writeFile(file, new byte[] {1}, false));
    assertEquals("previous", Files.readString(file));
    OutputFolder.writeFile(file, "new".getBytes(), true);
    assertEquals("new", Files.readString(file));
    assertEquals(List.of("trous.csv"), names());
  }

  @Test
  void forceReplacesAReportButNeverAFolderOfOtherFiles() throws IOException {
    Path mine = dir.resolve("documents");
    Files.createDirectories(mine);
    Files.writeString(mine.resolve("rapport.md"), "a file a report also writes");
    Files.writeString(mine.resolve("thèse.odt"), "mine");
    OutputException e =
        assertThrows(
            OutputException.class, () -> OutputFolder.open(mine, true, OutputFolder.Kind.REPORT));
    assertTrue(e.getMessage().contains("not a Raquette report"), e.getMessage());
    assertEquals("mine", Files.readString(mine.resolve("thèse.odt")));

    Path report = dir.resolve("rapport");
    try (OutputFolder f = OutputFolder.open(report, false, OutputFolder.Kind.REPORT)) {
      f.write("rapport.md", "first");
      f.write("extra/notes.md", "a file only this report has");
      f.commit();
    }
    assertTrue(Files.exists(report.resolve(OutputFolder.Kind.REPORT.marker())));
    try (OutputFolder f = OutputFolder.open(report, true, OutputFolder.Kind.REPORT)) {
      f.write("rapport.md", "second");
      f.commit();
    }
    assertEquals("second", Files.readString(report.resolve("rapport.md")));
    assertFalse(Files.exists(report.resolve("extra")));
    assertEquals(List.of("documents", "rapport"), names());
  }

  private void report(Path target, boolean force, String... files) {
    try (OutputFolder f = OutputFolder.open(target, force, OutputFolder.Kind.REPORT)) {
      for (String name : files) {
        f.write(name, "v" + files.length);
      }
      f.commit();
    }
  }

  @Test
  void forceReplacesOnlyWhatRaquetteWroteAndKeepsTheRest() throws IOException {
    Path report = dir.resolve("rapport");
    report(report, false, "rapport.md", "cartes/sante.svg", "cartes/ancien.svg");
    Files.writeString(report.resolve("notes-reunion.txt"), "mine");
    Files.createDirectories(report.resolve("mes-donnees"));
    Files.writeString(report.resolve("mes-donnees/communes.csv"), "mine too");
    Files.writeString(report.resolve("cartes/ma-carte.svg"), "mine three");
    assertEquals(
        List.of("cartes/ma-carte.svg", "mes-donnees", "notes-reunion.txt"),
        OutputFolder.kept(report, OutputFolder.Kind.REPORT));

    report(report, true, "rapport.md", "cartes/sante.svg");
    assertEquals("v2", Files.readString(report.resolve("rapport.md")));
    assertFalse(Files.exists(report.resolve("cartes/ancien.svg")), "ours, no longer written");
    assertEquals("mine", Files.readString(report.resolve("notes-reunion.txt")));
    assertEquals("mine too", Files.readString(report.resolve("mes-donnees/communes.csv")));
    assertEquals("mine three", Files.readString(report.resolve("cartes/ma-carte.svg")));
    assertEquals(List.of("rapport"), names(), "no hidden folder left");
    String marker = Files.readString(report.resolve(OutputFolder.Kind.REPORT.marker()));
    assertTrue(
        marker.contains("\nrapport.md\ncartes/sante.svg\n")
            || marker.contains("cartes/sante.svg\nrapport.md\n"),
        marker);
    assertFalse(marker.contains("notes-reunion.txt"), "a kept file never becomes ours");
  }

  @Test
  void aUserFileWhereTheReportWritesOneIsNeverOverwritten() throws IOException {
    Path report = dir.resolve("rapport");
    report(report, false, "rapport.md");
    Files.writeString(report.resolve("trous.csv"), "mine");
    OutputException e =
        assertThrows(OutputException.class, () -> report(report, true, "rapport.md", "trous.csv"));
    assertTrue(e.getMessage().contains("was not written by Raquette"), e.getMessage());
    assertEquals("mine", Files.readString(report.resolve("trous.csv")));
    assertEquals("v1", Files.readString(report.resolve("rapport.md")));
    assertEquals(List.of("rapport"), names());
  }

  @Test
  void aMarkerOfAnEarlierVersionGivesUpOnlyWhatTheNewRunWrites() throws IOException {
    Path report = dir.resolve("rapport");
    Files.createDirectories(report);
    Files.writeString(
        report.resolve(OutputFolder.Kind.REPORT.marker()),
        "This folder is a Raquette report; --force may replace it whole.\n");
    Files.writeString(report.resolve("rapport.md"), "old");
    Files.writeString(report.resolve("notes.txt"), "mine");
    report(report, true, "rapport.md");
    assertEquals("v1", Files.readString(report.resolve("rapport.md")));
    assertEquals("mine", Files.readString(report.resolve("notes.txt")));
  }

  @Test
  void staleTemporaryFoldersOfAKilledRunAreRemovedOnlyWhenOurs() throws IOException {
    Path stale = dir.resolve(".rapport.tmp-2147483646-1");
    Files.createDirectories(stale.resolve("cartes"));
    Files.writeString(stale.resolve(OutputFolder.Kind.REPORT.marker()), "# ours\n");
    Files.writeString(stale.resolve("cartes/sante.svg"), "<svg/>");
    Path notOurs = dir.resolve(".rapport.tmp-2147483645-1");
    Files.createDirectories(notOurs);
    Files.writeString(notOurs.resolve("thing"), "no marker");
    Path live = dir.resolve(".rapport.tmp-" + ProcessHandle.current().pid() + "-1");
    Files.createDirectories(live);
    Files.writeString(live.resolve(OutputFolder.Kind.REPORT.marker()), "# ours\n");
    Path oldWithMine = dir.resolve(".rapport.old-2147483646-2");
    Files.createDirectories(oldWithMine);
    Files.writeString(
        oldWithMine.resolve(OutputFolder.Kind.REPORT.marker()), "# ours\nrapport.md\n");
    Files.writeString(oldWithMine.resolve("rapport.md"), "ours");
    Files.writeString(oldWithMine.resolve("notes.txt"), "a user's file caught by a kill");

    report(dir.resolve("rapport"), false, "rapport.md");
    assertFalse(Files.exists(stale), "a dead run's folder is removed");
    assertTrue(Files.exists(notOurs), "a folder without our marker is not ours");
    assertTrue(Files.exists(live), "a running process's folder is left");
    assertFalse(Files.exists(oldWithMine.resolve("rapport.md")));
    assertEquals(
        "a user's file caught by a kill", Files.readString(oldWithMine.resolve("notes.txt")));
  }

  @Test
  void aDeviceOrAPipeIsNeverReplacedByAFile() throws Exception {
    Path fifo = dir.resolve("tube");
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(p.waitFor() == 0, "mkfifo");
    OutputException e =
        assertThrows(
            OutputException.class, () -> OutputFolder.writeFile(fifo, new byte[] {1}, true));
    assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
    assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo));
  }
}
