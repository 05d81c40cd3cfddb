package fr.raquette.init;

import fr.raquette.io.Problem;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@link TerritoryExtractor} wrote.
 *
 * @param folder the territory folder, in place
 * @param communes communes of the perimeter (COM rows of the communes files)
 * @param population their legal population (sum of {@code PMUN}; communes without one count 0)
 * @param files every source file, written or not, in the order read
 * @param problems what was dropped or guessed on the way, sorted
 */
public record Extraction(
    Path folder, int communes, long population, List<FileResult> files, List<Problem> problems) {

  public Extraction {
    files = List.copyOf(files);
    problems = List.copyOf(problems);
  }

  /**
   * One source file.
   *
   * @param source its path in the source folder
   * @param written its path in the new folder, or {@code null} when nothing was written
   * @param role the role id written in the manifest, or {@code null} when left to detection
   * @param read records (rows, features) read
   * @param kept records copied; equal to {@code read} for files copied whole
   * @param note why the file was not written, or how it was copied; {@code null} when filtered
   */
  public record FileResult(
      String source, String written, String role, long read, long kept, String note) {}
}
