package fr.raquette.report;

import static java.nio.charset.StandardCharsets.UTF_8;

import fr.raquette.i18n.Messages;
import fr.raquette.io.OutputException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a report folder all at once: files go to a hidden temporary folder beside the target,
 * which is moved into place only when everything is written. A run that fails half-way leaves the
 * previous report untouched; an existing non-empty folder is replaced only with {@code force}, and
 * only when Raquette wrote it (it holds the marker file of its {@link Kind}): never a folder of
 * other files, such as the territory folder itself or a folder of documents given by mistake.
 *
 * <p>The marker lists the files Raquette wrote. {@code --force} replaces those and only those:
 * anything else in the folder (the user's notes, a data folder put there) is named beforehand by
 * {@link #kept} and moved into the new folder as it is. A file of the user's at a path the new run
 * writes is never overwritten: the run is refused. Hidden temporary folders left by a killed run
 * ({@code .NAME.tmp-PID-N}) are removed by the next run writing the same target, when the process
 * that made them is gone (see {@link #removeStale}).
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

  private static final String TMP = ".tmp-";
  private static final String OLD = ".old-";

  private final Path target;
  private final Path temp;
  private final boolean force;
  private final Kind kind;
  private boolean committed;
  private List<String> keptAtCommit = List.of();

  private OutputFolder(Path target, Path temp, boolean force, Kind kind) {
    this.target = target;
    this.temp = temp;
    this.force = force;
    this.kind = kind;
  }

  /** {@code .NAME.tmp-PID-NANOS} or {@code .NAME.old-PID-NANOS}, beside the target. */
  private static String hiddenName(Path abs, String what) {
    return "." + abs.getFileName() + what + ProcessHandle.current().pid() + "-" + System.nanoTime();
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
      throw new OutputException(Messages.text("out.not.folder", abs.toString()));
    }
    if (!Files.exists(abs) && Files.isSymbolicLink(abs)) {
      throw new OutputException(Messages.text("out.dangling", abs.toString()));
    }
    if (!force && Files.isDirectory(abs) && !isEmpty(abs)) {
      throw new OutputException(Messages.text("out.not.empty", abs.toString()));
    }
    if (force
        && Files.isDirectory(abs)
        && !isEmpty(abs)
        && !Files.isRegularFile(abs.resolve(kind.marker))) {
      // --force replaces the folder whole: never a folder holding someone's other files.
      throw new OutputException(
          Messages.text(
              kind == Kind.REPORT ? "out.not.ours.report" : "out.not.ours.territory",
              abs.toString(),
              kind.marker));
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
      removeStale(parent, abs.getFileName().toString(), kind);
      // Not createTempDirectory: its owner-only permissions would stick to the report.
      Path temp = Files.createDirectory(parent.resolve(hiddenName(abs, TMP)));
      Files.writeString(temp.resolve(kind.marker), markerText(kind, List.of()), UTF_8);
      OutputFolder f = new OutputFolder(abs, temp, force, kind);
      Unfinished.add(f);
      return f;
    } catch (IOException e) {
      throw new OutputException(
          Messages.text("out.cannot.write.in", parent.toString(), OurFiles.reason(e)), e);
    }
  }

  private static String markerText(Kind kind, java.util.Collection<String> files) {
    StringBuilder sb =
        new StringBuilder("# This folder is ")
            .append(kind.what)
            .append(". --force replaces the files listed below, and only them;\n")
            .append("# any other file in the folder is kept.\n");
    files.forEach(f -> sb.append(f).append('\n'));
    return sb.toString();
  }

  /**
   * Removes the hidden folders {@code .NAME.tmp-PID-N} and {@code .NAME.old-PID-N} that a killed
   * run writing the same target left beside it. One is stale when it holds the marker of this kind
   * and the process PID no longer runs, or runs but started after the folder was made (the number
   * was reused). Only the files its marker lists (all of a temporary folder) are removed: anything
   * else stays.
   */
  static void removeStale(Path parent, String name, Kind kind) {
    String prefix = "." + name;
    try (DirectoryStream<Path> s = Files.newDirectoryStream(parent, prefix + ".*")) {
      for (Path p : s) {
        String rest = p.getFileName().toString().substring(prefix.length());
        boolean tmp = rest.startsWith(TMP);
        if ((tmp || rest.startsWith(OLD))
            && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
            && Files.isRegularFile(p.resolve(kind.marker), LinkOption.NOFOLLOW_LINKS)
            && OurFiles.deadOwner(p, rest.substring(TMP.length()))) {
          if (tmp) {
            deleteTree(p);
          } else {
            OurFiles.removeListed(p, kind.marker);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // Best effort: a leftover is hidden, and removed by a later run.
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
      throw new OutputException(
          Messages.text("out.cannot.write", target.resolve(name).toString(), OurFiles.reason(e)),
          e);
    }
  }

  /**
   * Moves the finished report into place. An existing folder (only with force) gives up the files
   * its marker lists; any other file of it is moved into the new folder as it is.
   *
   * @return what was kept of the folder that was there (see {@link #kept})
   */
  public List<String> commit() {
    try {
      Set<String> written = OurFiles.list(temp, kind.marker);
      Files.writeString(temp.resolve(kind.marker), markerText(kind, written), UTF_8);
      Path old = null;
      List<String> keep = List.of();
      if (Files.exists(target)) {
        if (!force && !isEmpty(target)) {
          throw new OutputException(Messages.text("out.appeared", target.toString()));
        }
        keep = foreign(target, kind, written);
        refuseOverwrite(keep, written);
        old = target.resolveSibling(hiddenName(target, OLD));
        move(target, old);
      }
      move(temp, target);
      committed = true;
      if (old != null) {
        for (String rel : keep) {
          Path to = target.resolve(rel);
          Files.createDirectories(to.getParent());
          move(old.resolve(rel), to);
        }
        deleteTree(old);
      }
      keptAtCommit = List.copyOf(keep);
      return keptAtCommit;
    } catch (IOException e) {
      throw new OutputException(
          Messages.text("out.cannot.move", target.toString(), OurFiles.reason(e)), e);
    }
  }

  /**
   * The files and folders of the replaced folder that {@link #commit} kept, as {@link #kept} names
   * them; empty before the commit. For a folder whose marker lists no file ({@link #listsNoFiles})
   * this is the only exact list: what is kept there depends on what the run wrote.
   */
  public List<String> keptAtCommit() {
    return keptAtCommit;
  }

  /**
   * Whether {@code target} holds the marker of an earlier version of Raquette, which did not list
   * the files it wrote ("--force may replace it whole"). {@code --force} then gives up only the
   * files the new run writes, and keeps the others: which ones is known once the run is written
   * ({@link #keptAtCommit}), so {@link #kept} cannot name them beforehand and returns nothing.
   */
  public static boolean listsNoFiles(Path target, Kind kind) {
    Path marker = target.toAbsolutePath().normalize().resolve(kind.marker);
    if (!Files.isRegularFile(marker)) {
      return false;
    }
    try {
      return OurFiles.listed(marker) == null;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * What {@code --force} keeps in an existing folder: the files and folders its marker does not
   * list (relative paths, {@code /}-separated, sorted), named to the user before the run. Empty
   * when the folder does not exist or is not of this kind (then {@link #check} refuses it), and
   * when its marker lists no file ({@link #listsNoFiles}: what is kept is known only at commit).
   */
  public static List<String> kept(Path target, Kind kind) {
    Path abs = target.toAbsolutePath().normalize();
    if (!Files.isRegularFile(abs.resolve(kind.marker)) || listsNoFiles(abs, kind)) {
      return List.of();
    }
    try {
      return foreign(abs, kind, Set.of());
    } catch (IOException e) {
      return List.of();
    }
  }

  private static List<String> foreign(Path dir, Kind kind, Set<String> written) throws IOException {
    Set<String> ours = OurFiles.listed(dir.resolve(kind.marker));
    if (ours == null) {
      // A marker of a version that did not list its files: what this run writes is ours.
      ours = written;
    }
    return OurFiles.others(dir, ours, kind.marker);
  }

  /** A file the user put where the new report writes one is never overwritten. */
  private void refuseOverwrite(List<String> keep, Set<String> written) {
    for (String rel : keep) {
      for (String w : written) {
        if (w.equals(rel) || w.startsWith(rel + "/") || rel.startsWith(w + "/")) {
          throw new OutputException(
              Messages.text(
                  "out.not.overwritten", target.resolve(rel).toString(), w, target.toString()));
        }
      }
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
    Unfinished.remove(this);
  }

  /**
   * Ctrl-C: leave nothing half-written behind. The folders open in this JVM, discarded by one
   * shutdown hook, registered when the first folder opens (it was one hook per folder).
   */
  private static final class Unfinished {
    private static final Set<OutputFolder> OPEN =
        java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(() -> OPEN.forEach(OutputFolder::discard), "raquette-discard"));
    }

    private Unfinished() {}

    static void add(OutputFolder f) {
      OPEN.add(f);
    }

    static void remove(OutputFolder f) {
      OPEN.remove(f);
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

  /**
   * A temporary file is created owner-only (0600); the output it becomes is a file like any other
   * (0644, rw-r--r--), as the files of a report folder are. Where POSIX permissions do not exist,
   * nothing to do.
   */
  static void readableByAll(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(
          file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system (Windows): permissions follow the folder's.
    }
  }

  /** Writes one file atomically (temporary file beside it, then a move). */
  public static void writeFile(Path file, byte[] content, boolean force) {
    Path abs = file.toAbsolutePath().normalize();
    if (Files.isDirectory(abs)) {
      throw new OutputException(Messages.text("output.is.folder", file.toString()));
    }
    if (Files.exists(abs) && !Files.isRegularFile(abs)) {
      // A device (/dev/null), a FIFO, a socket: never replaced by a regular file.
      throw new OutputException(Messages.text("output.not.regular", file.toString()));
    }
    if (Files.exists(abs) && !force) {
      throw new OutputException(Messages.text("output.exists", file.toString()));
    }
    try {
      Files.createDirectories(abs.getParent());
      Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".tmp");
      try {
        Files.write(tmp, content);
        readableByAll(tmp);
        try {
          Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new OutputException(
          Messages.text("out.cannot.write", abs.toString(), OurFiles.reason(e)), e);
    }
  }
}
