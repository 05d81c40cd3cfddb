package fr.raquette.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class VertexCellsTest {
  private static final GeometryFactory GF = new GeometryFactory();

  /** The oracle: keys of Geometry.getCoordinates(), sorted by a comparison sort. */
  private static long[] sortedByComparison(Geometry[] outlines) {
    long[] keys = new long[0];
    for (int i = 0; i < outlines.length; i++) {
      if (outlines[i] != null) {
        for (Coordinate c : outlines[i].getCoordinates()) {
          keys = Arrays.copyOf(keys, keys.length + 1);
          keys[keys.length - 1] = VertexCells.key(c.x, c.y, i);
        }
      }
    }
    Arrays.sort(keys);
    return keys;
  }

  @Test
  void theRadixSortOrdersByCellAndKeepsEachCellsKeysInTheirOrder() {
    Random random = new Random(14);
    for (int round = 0; round < 50; round++) {
      int n = random.nextInt(3000);
      long[] keys = new long[n];
      for (int i = 0; i < n; i++) {
        // Few distinct cells, so that most share theirs; over the whole range of the bits.
        long cell = random.nextBoolean() ? random.nextInt(40) : random.nextLong() >>> 21;
        keys[i] = cell << VertexCells.OUTLINE_BITS | random.nextInt(1 << 20);
      }
      long[] sorted = VertexCells.sortByCell(keys.clone());
      long[] bySort = keys.clone();
      Arrays.sort(bySort);
      // The same keys, cells in increasing order...
      long[] same = sorted.clone();
      Arrays.sort(same);
      assertArrayEquals(bySort, same);
      for (int i = 1; i < n; i++) {
        long before = sorted[i - 1] >>> VertexCells.OUTLINE_BITS;
        long cell = sorted[i] >>> VertexCells.OUTLINE_BITS;
        assertEquals(true, before <= cell, "cells out of order at " + i);
      }
      // ...and within a cell, in the order given (a stable sort).
      long[] stable =
          Arrays.stream(keys)
              .boxed()
              .sorted((a, b) -> Long.compare(a >>> 20, b >>> 20))
              .mapToLong(Long::longValue)
              .toArray();
      assertArrayEquals(stable, sorted);
    }
  }

  @Test
  void everyVertexOfEveryKindOfGeometryIsKeyed() throws ParseException {
    WKTReader wkt = new WKTReader(GF);
    Geometry[] outlines = {
      wkt.read(
          "POLYGON ((2 45, 2.1 45, 2.1 45.1, 2 45.1, 2 45), (2.02 45.02, 2.05 45.02, 2.05 45.05, 2.02 45.02))"),
      null,
      wkt.read(
          "MULTIPOLYGON (((2.1 45, 2.2 45, 2.2 45.1, 2.1 45.1, 2.1 45)), ((-61.5 16.2, -61.4 16.2, -61.4 16.3, -61.5 16.2)))"),
      wkt.read("GEOMETRYCOLLECTION (POINT (2.100001 45.00004), LINESTRING (0 0, 1 1))"),
      wkt.read("POLYGON EMPTY"),
    };
    assertArrayEquals(
        sortedByComparison(outlines),
        Arrays.stream(VertexCells.sortedByCell(outlines)).sorted().toArray());
  }

  @Test
  void cellsAreDecodedToTheirCentre() {
    long cell = VertexCells.key(2.34567, 48.85661, 7) >>> VertexCells.OUTLINE_BITS;
    assertEquals(2.3457, VertexCells.lon(cell), 1e-9);
    assertEquals(48.8566, VertexCells.lat(cell), 1e-9);
  }

  @Test
  void tooManyOutlinesAreRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> VertexCells.sortedByCell(new Geometry[1 << 20]));
  }
}
