package fr.raquette.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems met while loading a territory. Not thread-safe: one per load. With {@code
 * strict}, the first warning is raised as an error, so that nothing is skipped silently.
 */
public final class Problems {
  private final List<Problem> list = new ArrayList<>();
  private final boolean strict;

  public Problems() {
    this(false);
  }

  public Problems(boolean strict) {
    this.strict = strict;
  }

  public boolean strict() {
    return strict;
  }

  public void add(Problem p) {
    if (strict && p.severity() == Problem.Severity.WARNING) {
      throw new DataException(
          new Problem(Problem.Severity.ERROR, p.file(), p.line(), p.column(), p.message()));
    }
    list.add(p);
  }

  /** Adds the problems of {@code other}, in the order they were added there. */
  public void addAll(Problems other) {
    other.list.forEach(this::add);
  }

  public void error(String file, long line, int column, String message) {
    add(Problem.error(file, line, column, message));
  }

  public void warning(String file, long line, int column, String message) {
    add(Problem.warning(file, line, column, message));
  }

  public void info(String file, long line, int column, String message) {
    add(Problem.info(file, line, column, message));
  }

  /** A warning at the line a record was read from. */
  public void warningAt(Origin origin, String message) {
    warning(origin.file(), origin.line(), 0, message);
  }

  public boolean hasErrors() {
    return list.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
  }

  public long count(Problem.Severity severity) {
    return list.stream().filter(p -> p.severity() == severity).count();
  }

  /** All problems, sorted by file, line, column: the same input gives the same list. */
  public List<Problem> sorted() {
    List<Problem> copy = new ArrayList<>(list);
    copy.sort(Problem.ORDER);
    return List.copyOf(copy);
  }
}
