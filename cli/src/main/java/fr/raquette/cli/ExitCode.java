package fr.raquette.cli;

/** Every exit code of the tool, in one place. */
public final class ExitCode {
  /** The work was done. */
  public static final int OK = 0;

  /** A bug in Raquette: please report it with the output of {@code --verbose}. */
  public static final int BUG = 1;

  /** The command line is wrong (unknown option, missing argument). */
  public static final int USAGE = 2;

  /**
   * An input file cannot be used: the message says which, where, and what was expected. Also when
   * memory runs out: the data is too large for the memory Java was given (the message says how to
   * give it more).
   */
  public static final int BAD_DATA = 3;

  /** An output cannot be written (exists without --force, permissions, disk full). */
  public static final int CANNOT_WRITE = 4;

  private ExitCode() {}
}
