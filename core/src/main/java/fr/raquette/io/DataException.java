package fr.raquette.io;

/**
 * A user's input cannot be used. Carries the {@link Problem} to print as {@code file:line:col:
 * message}; the CLI maps it to exit code 3 and never prints its stack trace unless asked.
 */
public class DataException extends RuntimeException {
  private final Problem problem;

  public DataException(Problem problem) {
    super(problem.toString());
    this.problem = problem;
  }

  public DataException(Problem problem, Throwable cause) {
    super(problem.toString(), cause);
    this.problem = problem;
  }

  public DataException(String file, long line, int column, String message) {
    this(Problem.error(file, line, column, message));
  }

  public Problem problem() {
    return problem;
  }
}
