package fr.raquette.load;

import fr.raquette.i18n.Messages;
import fr.raquette.io.DataException;
import fr.raquette.io.FolderFiles;
import fr.raquette.territory.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A folder of data files, as the loader and {@code raquette init} both see it: its real path, its
 * manifest, and its data files, each with the role the manifest gives it (or none, to be detected
 * from its content). The files are those the manifest lists, or else every data name found in the
 * folder ({@link #scan}); a path is resolved by the folder's one rule ({@link FolderFiles}).
 */
public final class TerritoryFolder {
  /**
   * A data file of the folder.
   *
   * @param file its manifest entry, or a bare one when found by listing the folder
   * @param role the manifest's role, parsed once; {@code null} when to be detected
   */
  public record Entry(Manifest.FileEntry file, Role role) {
    /** The path as given, with forward slashes: how the file is named in every message. */
    public String name() {
      return file.path().replace('\\', '/');
    }
  }

  private final Path root;
  private final Manifest manifest;
  private final List<Entry> entries;

  private TerritoryFolder(Path root, Manifest manifest, List<Entry> entries) {
    this.root = root;
    this.manifest = manifest;
    this.entries = entries;
  }

  /**
   * Opens a folder: its real path, its manifest, its list of files.
   *
   * @param notFolderKey the message said when {@code folder} is not a folder
   */
  public static TerritoryFolder open(Path folder, String notFolderKey) {
    if (!Files.isDirectory(folder)) {
      throw new DataException(folder.toString(), 0, 0, Messages.text(notFolderKey));
    }
    Path root;
    try {
      root = folder.toRealPath();
    } catch (IOException e) {
      throw new DataException(
          folder.toString(), 0, 0, Messages.text("load.folder.unreadable", e.getMessage()));
    }
    Manifest manifest = Manifest.of(root);
    List<Manifest.FileEntry> files =
        manifest.files().isEmpty()
            ? scan(root).stream().map(n -> new Manifest.FileEntry(n, null, null, null)).toList()
            : manifest.files();
    List<Entry> entries =
        files.stream()
            .map(f -> new Entry(f, f.role() == null ? null : Role.fromId(f.role())))
            .toList();
    return new TerritoryFolder(root, manifest, entries);
  }

  /** The real path of the folder. */
  public Path root() {
    return root;
  }

  public Manifest manifest() {
    return manifest;
  }

  /** Whether the manifest lists the files (otherwise they were found by listing the folder). */
  public boolean listed() {
    return !manifest.files().isEmpty();
  }

  /** The data files, in the manifest's order or by name. */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * The data names of the folder a manifest that lists files leaves out (they are not read: said
   * for each, so that a file added later is not ignored in silence).
   */
  public List<String> unlisted() {
    if (!listed()) {
      return List.of();
    }
    Set<String> names = new HashSet<>();
    entries.forEach(e -> names.add(Path.of(e.file().path()).normalize().toString()));
    return scan(root).stream().filter(n -> !names.contains(n)).toList();
  }

  /**
   * The real path of an entry by the folder's one rule ({@link FolderFiles}); a refusal is located
   * at the entry's line of the manifest when the manifest lists it, else at the file.
   */
  public Path resolve(Entry e) {
    String rel = e.file().path();
    try {
      return FolderFiles.resolve(root, rel);
    } catch (FolderFiles.Refused refused) {
      if (!listed()) {
        throw new DataException(rel, 0, 0, refused.getMessage());
      }
      long[] at = Manifest.locate(root, "chemin", rel);
      throw new DataException(
          Manifest.FILE_NAME,
          at == null ? 0 : at[0],
          at == null ? 0 : (int) at[1],
          refused.getMessage());
    }
  }

  /**
   * The data names of a folder ({@link RoleDetector#isDataName}), sorted: every entry but folders,
   * links included, so that a link leading out of the folder or nowhere is refused by {@link
   * #resolve}, never skipped in silence.
   */
  static List<String> scan(Path root) {
    try (Stream<Path> s = Files.list(root)) {
      return s.filter(p -> !Files.isDirectory(p))
          .map(p -> p.getFileName().toString())
          .filter(RoleDetector::isDataName)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new DataException(
          root.toString(), 0, 0, Messages.text("load.folder.unlistable", e.getMessage()));
    }
  }
}
