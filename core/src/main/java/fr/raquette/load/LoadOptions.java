package fr.raquette.load;

import fr.raquette.io.TextFile;
import java.util.Optional;
import java.util.function.Function;

/**
 * How to load a territory. Immutable.
 *
 * @param strict stop at the first skipped row instead of counting and going on
 * @param themeResolver turns a declared need's theme text into a theme id, or empty when unknown
 * @param progress told of progress on long stages
 * @param maxFileBytes the most bytes one input file may hold ({@link
 *     TextFile#read(java.nio.file.Path, String, long)})
 */
public record LoadOptions(
    boolean strict,
    Function<String, Optional<String>> themeResolver,
    ProgressListener progress,
    long maxFileBytes) {

  /** Files up to {@link TextFile#DEFAULT_MAX_BYTES}. */
  public LoadOptions(
      boolean strict, Function<String, Optional<String>> themeResolver, ProgressListener progress) {
    this(strict, themeResolver, progress, TextFile.DEFAULT_MAX_BYTES);
  }

  public LoadOptions {
    if (themeResolver == null) {
      throw new IllegalArgumentException("themeResolver is required");
    }
    progress = progress == null ? ProgressListener.NONE : progress;
  }
}
