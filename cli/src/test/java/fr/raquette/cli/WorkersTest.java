package fr.raquette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.raquette.io.DataException;
import fr.raquette.io.TextFile;
import fr.raquette.load.LoadOptions;
import fr.raquette.load.TerritoryLoader;
import fr.raquette.territory.Territory;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The run's one pool: parallel work stays in it, and what it throws comes out unchanged. */
class WorkersTest {
  @Test
  void parallelStreamsRunInThePool() {
    Set<String> threads = ConcurrentHashMap.newKeySet();
    try (Workers w = new Workers()) {
      long sum =
          w.run(
              () ->
                  IntStream.range(0, 10_000)
                      .parallel()
                      .peek(i -> threads.add(Thread.currentThread().getName()))
                      .asLongStream()
                      .sum());
      assertEquals(49_995_000L, sum);
    }
    assertFalse(threads.isEmpty());
    assertTrue(threads.stream().allMatch(n -> n.startsWith("raquette-")), threads.toString());
  }

  @Test
  void twoWorkersRunningAtOnceHaveTwoNames() throws InterruptedException {
    assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "one core: one worker");
    Set<String> names = ConcurrentHashMap.newKeySet();
    CountDownLatch both = new CountDownLatch(2);
    try (Workers w = new Workers()) {
      for (int i = 0; i < 2; i++) {
        w.executor()
            .execute(
                () -> {
                  names.add(Thread.currentThread().getName());
                  both.countDown();
                  awaitQuietly(both);
                });
      }
      assertTrue(both.await(30, TimeUnit.SECONDS), "the two tasks never ran together");
    }
    assertEquals(2, names.size(), names.toString());
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void whatTheWorkThrowsIsThrownAsItWas() {
    DataException data = new DataException("f.csv", 3, 1, "cassé");
    IllegalArgumentException usage = new IllegalArgumentException("thème inconnu");
    OutOfMemoryError oom = new OutOfMemoryError("test");
    try (Workers w = new Workers()) {
      assertSame(
          data,
          assertThrows(
              DataException.class,
              () ->
                  w.run(
                      () -> {
                        throw data;
                      })));
      assertSame(
          usage,
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  w.run(
                      () -> {
                        throw usage;
                      })));
      assertSame(
          oom,
          assertThrows(
              OutOfMemoryError.class,
              () ->
                  w.run(
                      () -> {
                        throw oom;
                      })));
    }
  }

  @Test
  void outlinesAreParsedEvenByAnExecutorThatNeverRuns() {
    // The loader parses the outlines itself when no thread got to them: no wait on a busy pool.
    LoadOptions never =
        new LoadOptions(false, s -> Optional.empty(), null, TextFile.DEFAULT_MAX_BYTES, task -> {});
    Territory t = TerritoryLoader.load(Path.of(Cli.sample("creuse")), never);
    assertFalse(t.outlines().isEmpty());
  }
}
