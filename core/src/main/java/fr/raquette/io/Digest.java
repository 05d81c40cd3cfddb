package fr.raquette.io;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;

/**
 * The SHA-256 of a file's raw bytes, computed the first time it is asked for, or ahead of time by a
 * thread of the caller's ({@link #startIn}). Only the report prints it, and hashing the national
 * files (60 MB) took a few tenths of a second that {@code validate} never needed and that {@code
 * diagnose} can spend while the analysis leaves a core free.
 */
public final class Digest {
  private final FutureTask<String> task;

  private Digest(FutureTask<String> task) {
    this.task = task;
  }

  /** The digest of {@code raw}, not computed yet; the bytes are kept until it is. */
  static Digest of(byte[] raw) {
    return new Digest(new FutureTask<>(() -> TextFile.sha256(raw)));
  }

  /** A digest already known, as hex. */
  public static Digest known(String sha256) {
    FutureTask<String> done = new FutureTask<>(() -> sha256);
    done.run();
    return new Digest(done);
  }

  /**
   * Starts computing with {@code executor}, if nobody has started yet. Whoever asks for the digest
   * before the executor got to it computes it ({@link #sha256()}), so any executor serves.
   */
  public void startIn(Executor executor) {
    if (!task.isDone()) {
      executor.execute(task);
    }
  }

  /** The hex SHA-256; computes it here, or waits for the thread already on it. */
  public String sha256() {
    // A no-op when the task has run or is running elsewhere; then get() waits for its result.
    task.run();
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while hashing", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("hashing failed", e.getCause());
    }
  }

  @Override
  public String toString() {
    return task.isDone() ? sha256() : "SHA-256 not computed yet";
  }
}
