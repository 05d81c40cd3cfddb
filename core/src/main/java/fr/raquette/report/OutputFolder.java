package fr.raquette.report;

import fr.raquette.io.OutputException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes a report folder all at once: files go to a hidden temporary folder beside the target,
 * which is moved into place only when everything is written. A run that fails half-way leaves the
 * previous report untouched; an existing non-empty folder is replaced only with {@code force}, and
 * only when Raquette wrote it (it holds the marker file of its {@link Kind}): never a folder of
 * other files, such as the territory folder itself or a folder of documents given by mistake.
 */
public final class OutputFolder implements AutoCloseable {
  /** What a folder is; its marker file, written in it, tells --force it may be replaced. */
  public enum Kind {
    /** A report of raquette diagnose. */
    REPORT(".raquette-rapport", "a Raquette report"),
    /** A territory folder written by raquette init. */
    TERRITORY(".raquette-territoire", "a territory folder written by raquette init");

    private final String marker;
    private final String what;

    Kind(String marker, String what) {
      this.marker = marker;
      this.what = what;
    }

    public String marker() {
      return marker;
    }
  }

  private final Path target;
  private final Path temp;
  private final boolean force;
  private boolean committed;
  private Thread hook;

  private OutputFolder(Path target, Path temp, boolean force) {
    this.target = target;
    this.temp = temp;
    this.force = force;
  }

  /**
   * Refuses, before any work, a target that {@link #open} would refuse: a file, a non-empty folder
   * without {@code force}, or a folder Raquette did not write.
   *
   * @return the absolute target
   */
  public static Path check(Path target, boolean force, Kind kind) {
    Path abs = target.toAbsolutePath().normalize();
    if (Files.exists(abs) && !Files.isDirectory(abs)) {
      throw new OutputException(abs + " exists and is not a folder");
    }
    if (!force && Files.isDirectory(abs) && !isEmpty(abs)) {
      throw new OutputException(
          abs + " is not empty; choose another folder with -o, or replace it with --force");
    }
    if (force
        && Files.isDirectory(abs)
        && !isEmpty(abs)
        && !Files.isRegularFile(abs.resolve(kind.marker))) {
      // --force replaces the folder whole: never a folder holding someone's other files.
      throw new OutputException(
          abs
              + " is not "
              + kind.what
              + " (no "
              + kind.marker
              + " file in it); --force only replaces such a folder: choose another one");
    }
    return abs;
  }

  /**
   * Checks the target before any work is done, so a refusal costs nothing.
   *
   * @param force replace an existing non-empty folder, provided it is of this kind
   */
  public static OutputFolder open(Path target, boolean force, Kind kind) {
    Path abs = check(target, force, kind);
    Path parent = abs.getParent();
    try {
      Files.createDirectories(parent);
      // Not createTempDirectory: its owner-only permissions would stick to the report.
      Path temp =
          Files.createDirectory(
              parent.resolve(
                  "."
                      + abs.getFileName()
                      + ".tmp-"
                      + ProcessHandle.current().pid()
                      + "-"
                      + System.nanoTime()));
      Files.writeString(
          temp.resolve(kind.marker),
          "This folder is " + kind.what + "; --force may replace it whole.\n",
          StandardCharsets.UTF_8);
      OutputFolder f = new OutputFolder(abs, temp, force);
      // Ctrl-C: leave nothing half-written behind.
      f.hook = new Thread(f::discard);
      Runtime.getRuntime().addShutdownHook(f.hook);
      return f;
    } catch (IOException e) {
      throw new OutputException("cannot write in " + parent + ": " + e.getMessage(), e);
    }
  }

  private static boolean isEmpty(Path dir) {
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      return !s.iterator().hasNext();
    } catch (IOException e) {
      return false;
    }
  }

  public Path target() {
    return target;
  }

  /** Writes one file of the report (UTF-8). */
  public void write(String name, String content) {
    write(name, content.getBytes(StandardCharsets.UTF_8));
  }

  public void write(String name, byte[] content) {
    write(name, out -> out.write(content));
  }

  /** A file's content, written as it is produced rather than held whole in memory. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes one file of the report from its content's stream. Files of one folder may be written
   * from several threads at once.
   */
  public void write(String name, Content content) {
    Path p = temp.resolve(name).normalize();
    if (!p.startsWith(temp)) {
      throw new IllegalArgumentException("report file name leaves the folder: " + name);
    }
    try {
      Files.createDirectories(p.getParent());
      try (OutputStream out = Files.newOutputStream(p)) {
        content.writeTo(out);
      }
    } catch (IOException e) {
      throw new OutputException("cannot write " + target.resolve(name) + ": " + e.getMessage(), e);
    }
  }

  /** Moves the finished report into place, replacing the old one (only with force). */
  public void commit() {
    try {
      Path old = null;
      if (Files.exists(target)) {
        if (!force && !isEmpty(target)) {
          throw new OutputException(target + " appeared meanwhile; nothing was replaced");
        }
        old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
        Files.delete(old);
        move(target, old);
      }
      move(temp, target);
      committed = true;
      if (old != null) {
        deleteTree(old);
      }
    } catch (IOException e) {
      throw new OutputException("cannot move the report into " + target + ": " + e.getMessage(), e);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
      Files.move(from, to);
    }
  }

  private void discard() {
    if (!committed) {
      deleteTree(temp);
    }
  }

  @Override
  public void close() {
    discard();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // Already shutting down: the hook runs anyway.
    }
  }

  static void deleteTree(Path p) {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      s.sorted(Comparator.reverseOrder())
          .forEach(
              x -> {
                try {
                  Files.deleteIfExists(x);
                } catch (IOException e) {
                  // Best effort: a leftover temporary folder is harmless and hidden.
                }
              });
    } catch (IOException e) {
      // Same.
    }
  }

  /** Writes one file atomically (temporary file beside it, then a move). */
  public static void writeFile(Path file, byte[] content, boolean force) {
    Path abs = file.toAbsolutePath().normalize();
    if (Files.isDirectory(abs)) {
      throw new OutputException(file + " is a folder: give a file name");
    }
    if (Files.exists(abs) && !force) {
      throw new OutputException(file + " already exists; add --force to overwrite it");
    }
    try {
      Files.createDirectories(abs.getParent());
      Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".tmp");
      try {
        Files.write(tmp, content);
        try {
          Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new OutputException("cannot write " + abs + ": " + e.getMessage(), e);
    }
  }
}
