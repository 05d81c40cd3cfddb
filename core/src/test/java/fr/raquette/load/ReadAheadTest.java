package fr.raquette.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.raquette.i18n.Messages;
import fr.raquette.io.DataException;
import fr.raquette.io.Problem;
import fr.raquette.territory.Territory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Outlines files are read and parsed on another thread while the tables are read ({@link
 * FolderReading}, not in strict mode): what the load says, and the error that stops it, are those
 * of reading every file in turn, as strict mode still does.
 */
class ReadAheadTest {
  private static final ForkJoinPool POOL = new ForkJoinPool(2);

  @AfterAll
  static void close() {
    POOL.shutdownNow();
  }

  private static LoadOptions options(boolean strict, boolean pool) {
    Executor executor = pool ? POOL : null;
    return new LoadOptions(strict, s -> Optional.empty(), null, 1L << 30, executor);
  }

  private static Path paris(Path tmp) throws Exception {
    Path fixture =
        Path.of(ReadAheadTest.class.getResource("/territories/paris-arrondissements").toURI());
    try (Stream<Path> s = Files.list(fixture)) {
      for (Path p : s.toList()) {
        Files.copy(p, tmp.resolve(p.getFileName().toString()));
      }
    }
    return tmp;
  }

  /** A copy of an outlines file is read once, said at the second in name order. */
  @ParameterizedTest(name = "executor: {0}")
  @ValueSource(booleans = {true, false})
  void aCopyOfTheOutlinesIsReadOnce(boolean pool, @TempDir Path tmp) throws Exception {
    Path folder = paris(tmp);
    Territory single = TerritoryLoader.load(folder, options(false, pool));
    Files.copy(
        folder.resolve("arrondissements-municipaux-75.geojson"),
        folder.resolve("arrondissements-copie.geojson"));
    Territory t = TerritoryLoader.load(folder, options(false, pool));
    String said = Messages.text("load.read.once.same.content", "arrondissements-copie.geojson");
    List<Problem> copies = t.problems().stream().filter(p -> p.message().equals(said)).toList();
    assertEquals(1, copies.size(), t.problems()::toString);
    assertEquals("arrondissements-municipaux-75.geojson", copies.get(0).file());
    assertEquals(single.outlines().keySet(), t.outlines().keySet());
    assertEquals(single.communes(), t.communes());
  }

  /**
   * A binary outlines file, beside a binary table or not: the load stops with the error of the
   * first of them in name order, as it did when each file was read in its turn.
   */
  @ParameterizedTest(name = "{0} and {1}, executor: {2}")
  @CsvSource({
    "a-contours.geojson, m-table.csv, true, a-contours.geojson",
    "a-contours.geojson, m-table.csv, false, a-contours.geojson",
    "z-contours.geojson, m-table.csv, true, m-table.csv",
    "z-contours.geojson, m-table.csv, false, m-table.csv",
    "z-contours.geojson, , true, z-contours.geojson",
    "z-contours.geojson, , false, z-contours.geojson"
  })
  void theFirstErrorInTurnStopsTheLoad(
      String outlines, String table, boolean pool, String stopping, @TempDir Path tmp)
      throws Exception {
    Path folder = paris(tmp);
    byte[] binary = new byte[200];
    java.util.Arrays.fill(binary, (byte) '{');
    binary[10] = 0;
    Files.write(folder.resolve(outlines), binary);
    if (table != null) {
      Files.write(folder.resolve(table), binary);
    }
    DataException e =
        assertThrows(DataException.class, () -> TerritoryLoader.load(folder, options(false, pool)));
    assertEquals(stopping, e.problem().file());
    assertEquals(Messages.text("file.binary", 10), e.problem().message());
  }
}
