package fr.raquette.io;

/** An output cannot be written (exists without --force, no permission, disk full): exit code 4. */
public class OutputException extends RuntimeException {
  public OutputException(String message) {
    super(message);
  }

  public OutputException(String message, Throwable cause) {
    super(message, cause);
  }
}
