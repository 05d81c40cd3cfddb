package fr.raquette.load;

import fr.raquette.i18n.Messages;
import fr.raquette.io.DataException;
import fr.raquette.io.Problems;
import fr.raquette.io.TextFile;
import fr.raquette.io.Waiting;
import fr.raquette.territory.Role;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Each file of a territory folder is read once, however many times it is reachable: listed twice in
 * the manifest, reached through a link, or copied under another name ({@code bpe.csv} and {@code
 * bpe (1).csv}, a file and its copy in a subfolder). Read twice, its rows were summed: equipment
 * and needs counted double, without a word. The second one met is skipped with a warning naming
 * both.
 *
 * <p>Two entries are the same file when their real paths are equal; the same content when their raw
 * bytes have the same size and the same SHA-256 (hashed only when the sizes match, so a folder
 * without copies costs nothing). A zip and the file it holds are not compared (the digest is the
 * zip's). Two entries the manifest gives different roles are both read: a census file may well be
 * read once for population and once for households.
 */
final class ReadOnce {
  /** A file read, or being read on another thread ({@link #ahead}): {@code file} waits for it. */
  private record Seen(String name, Role role, Supplier<TextFile> file) {
    /** The file, or null when it could not be read (then it was never read once). */
    TextFile read() {
      try {
        return file.get();
      } catch (DataException e) {
        return null;
      }
    }
  }

  private final Map<Path, Seen> byPath = new HashMap<>();
  private final Map<Long, List<Seen>> bySize = new HashMap<>();

  /**
   * Whether {@code real} was already read under the same role; if so, says it at {@code name}.
   * Called before reading: nothing is remembered until {@link #sameContent} (a file that cannot be
   * read is not read once).
   */
  boolean sameFile(Path real, String name, Role role, Problems problems) {
    Seen before = byPath.get(real);
    if (before != null && before.role() == role && before.read() != null) {
      problems.warning(
          name, 0, 0, Messages.current().get("load.read.once.same.file", before.name()));
      return true;
    }
    return false;
  }

  /**
   * Whether a file with the same bytes was already read under the same role; if so, says it at this
   * file. Otherwise remembers it, by its real path and its content.
   */
  boolean sameContent(Path real, TextFile f, Role role, Problems problems) {
    Seen seen = new Seen(f.displayName(), role, () -> f);
    if (sameAsBefore(seen, f.bytes(), problems)) {
      return true;
    }
    remember(real, seen, f.bytes());
    return false;
  }

  /**
   * {@link #sameContent} for a file being read on another thread ({@code text}), of {@code size}
   * bytes as stored (not a zip): its content is waited for only when a file of that size was
   * remembered before. One that cannot be read is not remembered.
   */
  boolean ahead(
      Path real, String name, Role role, long size, FutureTask<TextFile> text, Problems problems) {
    Seen seen =
        new Seen(
            name,
            role,
            () -> {
              text.run(); // a no-op once started or done
              return Waiting.result(text, "reading " + name);
            });
    if (sameAsBefore(seen, size, problems)) {
      return true;
    }
    remember(real, seen, size);
    return false;
  }

  /** Whether a file of the same role, size and SHA-256 was remembered; if so, says it. */
  private boolean sameAsBefore(Seen seen, long size, Problems problems) {
    for (Seen s : bySize.getOrDefault(size, List.of())) {
      TextFile before = s.role() == seen.role() ? s.read() : null;
      TextFile f = before == null ? null : seen.read();
      if (f != null && before.sha256().equals(f.sha256())) {
        problems.warning(
            seen.name(), 0, 0, Messages.current().get("load.read.once.same.content", s.name()));
        return true;
      }
    }
    return false;
  }

  private void remember(Path real, Seen seen, long size) {
    bySize.computeIfAbsent(size, k -> new ArrayList<>()).add(seen);
    // A path first met in a file that could not be read is not remembered by it.
    byPath.merge(real, seen, (old, now) -> old.read() == null ? now : old);
  }
}
