package fr.raquette.cli;

import fr.raquette.io.Waiting;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one pool of threads of a run, made on first use and closed by {@link Main} when the run ends:
 * the loader's outline parsing, the analysis (its parallel streams run in the pool that runs them,
 * not in the JVM's common pool), the report writing and the hashing of the inputs all take their
 * threads from it. As many workers as cores; they are daemons, so a run never waits for one.
 */
final class Workers implements AutoCloseable {
  private final ForkJoinPool pool;

  Workers() {
    // Numbered as they are made: a worker has no pool index before it runs (getPoolIndex() was 0
    // for every one), and two threads of one name could not be told apart by a profiler.
    AtomicInteger made = new AtomicInteger();
    this.pool =
        new ForkJoinPool(
            Runtime.getRuntime().availableProcessors(),
            p -> {
              ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
              t.setName("raquette-" + made.getAndIncrement());
              return t;
            },
            null,
            false);
  }

  /** The pool, for tasks started ahead and waited for by whoever needs their result. */
  Executor executor() {
    return pool;
  }

  /**
   * Runs {@code work} in the pool and waits for it: parallel streams inside it use the pool. What
   * it throws is thrown here as it was (a data error keeps its exit code, running out of memory its
   * advice).
   */
  <T> T run(Callable<T> work) {
    // A FutureTask, not pool.submit: a ForkJoinTask rethrows a copy of some exceptions (an
    // IllegalArgumentException would come back with another message).
    FutureTask<T> task = new FutureTask<>(work);
    pool.execute(task);
    return Waiting.result(task, "running in the pool");
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
