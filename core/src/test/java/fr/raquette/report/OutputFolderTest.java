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
}
