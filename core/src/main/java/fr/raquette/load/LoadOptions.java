package fr.raquette.load;

import fr.raquette.io.TextFile;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * How to load a territory. Immutable.
 *
 * @param strict stop at the first skipped row instead of counting and going on
 * @param themeResolver turns a declared need's theme text into a theme id, or empty when unknown
 * @param progress told of progress on long stages
 * @param maxFileBytes the most bytes one input file may hold ({@link
 *     TextFile#read(java.nio.file.Path, String, long)})
 * @param executor the caller's threads, for the work started ahead (the outlines' parsing); {@code
 *     null}: a thread of its own for each
 */
public record LoadOptions(
    boolean strict,
    Function<String, Optional<String>> themeResolver,
    ProgressListener progress,
    long maxFileBytes,
    Executor executor) {

  /** Files up to {@link TextFile#DEFAULT_MAX_BYTES}, threads of its own. */
  public LoadOptions(
      boolean strict, Function<String, Optional<String>> themeResolver, ProgressListener progress) {
    this(strict, themeResolver, progress, TextFile.DEFAULT_MAX_BYTES, null);
  }

  public LoadOptions {
    if (themeResolver == null) {
      throw new IllegalArgumentException("themeResolver is required");
    }
    progress = progress == null ? ProgressListener.NONE : progress;
  }
}
