package fr.raquette.io;

import java.util.Comparator;

/**
 * One thing worth telling the user about an input: where it is ({@code file:line:col}) and what was
 * expected or done. Line and column are 1-based; 0 means "not applicable".
 */
public record Problem(Severity severity, String file, long line, int column, String message) {

  /** How much a problem matters to the run. */
  public enum Severity {
    /** The territory cannot be used as it is: exit code 3. */
    ERROR,
    /** Something was skipped or guessed; the run goes on. */
    WARNING,
    /** What the tool did on its own (encoding detected, codes reconciled...). */
    INFO
  }

  public static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::file)
          .thenComparingLong(Problem::line)
          .thenComparingInt(Problem::column)
          .thenComparing(Problem::severity)
          .thenComparing(Problem::message);

  public Problem {
    if (severity == null || file == null || message == null) {
      throw new IllegalArgumentException("severity, file and message are required");
    }
    // One line each: a value quoted whole (a 5 MB header, a 300-digit number) is cut short.
    message = Shown.abbreviated(Shown.withoutLibraryAdvice(message));
    file = Shown.abbreviated(file);
  }

  public static Problem error(String file, long line, int column, String message) {
    return new Problem(Severity.ERROR, file, line, column, message);
  }

  public static Problem warning(String file, long line, int column, String message) {
    return new Problem(Severity.WARNING, file, line, column, message);
  }

  public static Problem info(String file, long line, int column, String message) {
    return new Problem(Severity.INFO, file, line, column, message);
  }

  /** {@code file:line:col: message}, the form editors and compilers use. */
  public String location() {
    StringBuilder sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return location() + ": " + message;
  }
}
