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
 * @param ringCommunes communes of the context ring extracted with them (0 without a ring)
 * @param files every source file, written or not, in the order read
 * @param problems what was dropped or guessed on the way, sorted
 * @param kept what {@code --force} kept of the folder that was there (see {@link
 *     fr.raquette.report.OutputFolder#keptAtCommit})
 */
public record Extraction(
    Path folder,
    int communes,
    long population,
    int ringCommunes,
    List<FileResult> files,
    List<Problem> problems,
    List<String> kept) {

  public Extraction {
    files = List.copyOf(files);
    problems = List.copyOf(problems);
    kept = List.copyOf(kept);
  }

  /**
   * One source file.
   *
   * @param source its path in the source folder
   * @param written its path in the new folder, or {@code null} when nothing was written
   * @param role the role id written in the manifest, or {@code null} when left to detection
   * @param read records (rows, features) read
   * @param kept records copied (0 for files copied whole, which are not counted)
   * @param status how the file was handled
   */
  public record FileResult(
      String source, String written, String role, long read, long kept, Status status) {}

  /** What became of a source file. */
  public enum Status {
    /** Written with the records of the perimeter. */
    FILTERED,
    /** Written whole: it holds no commune code (BPE labels, themes). */
    COPIED,
    /** Not written: no record of the perimeter. */
    NO_RECORD,
    /** Not written: its header matches no known layout. */
    NOT_RECOGNISED,
    /** Not written: the outline of the source's own area (a single Feature). */
    SOURCE_OUTLINE
  }
}
