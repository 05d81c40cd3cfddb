package fr.raquette.analysis;

import java.util.Arrays;

/**
 * Independent pieces of work run on the cores of the pool the caller runs in, as a parallel stream
 * (the run's pool under the command line, not a pool of its own): the caller takes part, and none
 * of them waits on a lock. Each piece writes only what is its own, read once all are done.
 */
final class Together {
  private Together() {}

  /** Runs every task, on every core, and returns once all are done. */
  static void run(Runnable... tasks) {
    Arrays.stream(tasks).parallel().forEach(Runnable::run);
  }
}
