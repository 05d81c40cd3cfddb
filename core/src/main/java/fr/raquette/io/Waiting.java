package fr.raquette.io;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Waiting for work started on another thread: its result, or what it threw thrown here as it was,
 * so that a data error keeps its location and exit code, and running out of memory its advice.
 */
public final class Waiting {
  private Waiting() {}

  /**
   * @param what what is waited for, said if the wait is interrupted
   */
  public static <T> T result(Future<T> work, String what) {
    try {
      return work.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while " + what, e);
    }
  }
}
