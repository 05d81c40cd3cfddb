package fr.raquette.io;

import fr.raquette.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The one rule for every file Raquette reads from a territory folder (data files, {@code
 * territoire.yaml}, {@code themes.yaml}, and the files {@code init --from} copies): the path must
 * stay inside the folder, a link must lead to a file inside it, and the file must be a regular file
 * (not a folder, a pipe, a device or a socket). A refusal never quotes what the link points to.
 */
public final class FolderFiles {
  private FolderFiles() {}

  /** Why a path was refused, in words, without location (the caller adds it). */
  public static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * The real path of {@code rel} inside {@code root} (itself a real path).
   *
   * @throws Refused when the rule above is broken
   */
  public static Path resolve(Path root, String rel) {
    Path p;
    try {
      p = root.resolve(rel).normalize();
      if (Path.of(rel).isAbsolute() || !p.startsWith(root)) {
        throw new Refused(Messages.text("path.leaves", rel));
      }
    } catch (InvalidPathException e) {
      throw new Refused(Messages.text("path.invalid", rel, e.getReason()));
    }
    if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
      throw new Refused(Messages.text("path.not.found", rel, root.toString()));
    }
    Path real;
    try {
      real = p.toRealPath();
    } catch (IOException e) {
      // A dangling link, or one the user may not follow.
      String why =
          e instanceof java.nio.file.NoSuchFileException
              ? Messages.text("os.no.such.file")
              : OsReason.of(e);
      throw new Refused(
          Messages.text(Files.isSymbolicLink(p) ? "path.dangling" : "path.cannot.open", rel, why));
    }
    if (!real.startsWith(root)) {
      throw new Refused(Messages.text("path.link.out", rel));
    }
    if (Files.isDirectory(real)) {
      throw new Refused(Messages.text("path.is.folder", rel));
    }
    if (!Files.isRegularFile(real)) {
      throw new Refused(Messages.text("path.not.regular", rel));
    }
    return real;
  }

  /**
   * The real path of an optional file of the folder ({@code themes.yaml}), or null when there is no
   * entry of that name at all (a dangling link is an entry: it is refused).
   */
  public static Path optional(Path root, String name) {
    Path p = root.resolve(name);
    if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    return resolve(real(root), name);
  }

  /** The real path of a folder, or the path itself when it cannot be resolved. */
  public static Path real(Path folder) {
    try {
      return folder.toRealPath();
    } catch (IOException e) {
      return folder.toAbsolutePath().normalize();
    }
  }
}
