package fr.raquette.report;

import fr.raquette.io.OsReason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The files of an output folder that Raquette wrote, as its marker lists them. */
final class OurFiles {
  private OurFiles() {}

  /** Every file under {@code dir} but the marker, as sorted {@code /}-separated relative paths. */
  static Set<String> list(Path dir, String marker) throws IOException {
    Set<String> out = new TreeSet<>();
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
          .map(p -> rel(dir, p))
          .filter(r -> !r.equals(marker))
          .forEach(out::add);
    }
    return out;
  }

  private static String rel(Path dir, Path p) {
    return dir.relativize(p).toString().replace('\\', '/');
  }

  /**
   * The files a marker lists, or null for a marker of an earlier version, which listed none (its
   * text said "--force may replace it whole").
   */
  static Set<String> listed(Path marker) throws IOException {
    Set<String> out = new HashSet<>();
    boolean legacy = false;
    for (String line : Files.readAllLines(marker, StandardCharsets.UTF_8)) {
      if (line.contains("may replace it whole")) {
        legacy = true;
      } else if (!line.isBlank() && !line.startsWith("#")) {
        out.add(line.strip());
      }
    }
    return legacy && out.isEmpty() ? null : out;
  }

  /** The files and folders under {@code dir} that are neither the marker nor in {@code ours}. */
  static List<String> others(Path dir, Set<String> ours, String marker) throws IOException {
    Set<String> parents = new HashSet<>();
    for (String o : ours) {
      for (int i = o.indexOf('/'); i > 0; i = o.indexOf('/', i + 1)) {
        parents.add(o.substring(0, i));
      }
    }
    List<String> out = new ArrayList<>();
    walk(dir, "", ours, parents, marker, out);
    out.sort(Comparator.naturalOrder());
    return out;
  }

  private static void walk(
      Path root, String rel, Set<String> ours, Set<String> parents, String marker, List<String> out)
      throws IOException {
    try (DirectoryStream<Path> s =
        Files.newDirectoryStream(rel.isEmpty() ? root : root.resolve(rel))) {
      for (Path p : s) {
        String name = p.getFileName().toString();
        String r = rel.isEmpty() ? name : rel + "/" + name;
        if (r.equals(marker) || ours.contains(r)) {
          continue;
        }
        if (parents.contains(r) && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          walk(root, r, ours, parents, marker, out);
        } else {
          out.add(r);
        }
      }
    }
  }

  /**
   * Whether the run that named a hidden folder {@code .NAME.tmp-PID-NANOS} is gone: no process PID,
   * or one started after the folder was made (the number was reused). This process's own folders
   * are never stale; a name that does not parse is left alone.
   */
  static boolean deadOwner(Path folder, String pidAndNanos) {
    long pid;
    try {
      pid = Long.parseLong(pidAndNanos.substring(0, pidAndNanos.indexOf('-')));
    } catch (RuntimeException e) {
      return false;
    }
    if (pid == ProcessHandle.current().pid()) {
      return false;
    }
    Optional<ProcessHandle> h = ProcessHandle.of(pid);
    if (h.isEmpty() || !h.get().isAlive()) {
      return true;
    }
    Optional<Instant> started = h.get().info().startInstant();
    try {
      Instant made =
          Files.readAttributes(folder, BasicFileAttributes.class).creationTime().toInstant();
      return started.isPresent() && started.get().isAfter(made.plusSeconds(1));
    } catch (IOException e) {
      return false;
    }
  }

  /** Removes the files a marker lists, the marker, then the folders left empty. */
  static void removeListed(Path dir, String marker) throws IOException {
    Set<String> ours = listed(dir.resolve(marker));
    if (ours == null) {
      return;
    }
    for (String r : ours) {
      Path p = dir.resolve(r).normalize();
      if (p.startsWith(dir)) {
        Files.deleteIfExists(p);
      }
    }
    Files.deleteIfExists(dir.resolve(marker));
    List<Path> dirs;
    try (Stream<Path> s = Files.walk(dir)) {
      dirs =
          s.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
              .sorted(Comparator.reverseOrder())
              .toList();
    }
    for (Path d : dirs) {
      try (DirectoryStream<Path> s = Files.newDirectoryStream(d)) {
        if (!s.iterator().hasNext()) {
          Files.delete(d);
        }
      }
    }
  }

  static String reason(IOException e) {
    return OsReason.of(e);
  }
}
