package fr.raquette.load;

import fr.raquette.i18n.Messages;
import fr.raquette.io.Problems;
import fr.raquette.io.TextFile;
import fr.raquette.territory.Role;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
  private record Seen(String name, Role role, TextFile file) {}

  private final Map<Path, Seen> byPath = new HashMap<>();
  private final Map<Long, List<Seen>> bySize = new HashMap<>();

  /**
   * Whether {@code real} was already read under the same role; if so, says it at {@code name}.
   * Called before reading: nothing is remembered until {@link #sameContent} (a file that cannot be
   * read is not read once).
   */
  boolean sameFile(Path real, String name, Role role, Problems problems) {
    Seen before = byPath.get(real);
    if (before != null && before.role() == role) {
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
    List<Seen> sameSize = bySize.computeIfAbsent(f.bytes(), k -> new ArrayList<>());
    for (Seen s : sameSize) {
      if (s.role() == role && s.file().sha256().equals(f.sha256())) {
        problems.warning(
            f.displayName(), 0, 0, Messages.current().get("load.read.once.same.content", s.name()));
        return true;
      }
    }
    Seen seen = new Seen(f.displayName(), role, f);
    sameSize.add(seen);
    byPath.putIfAbsent(real, seen);
    return false;
  }
}
