package fr.raquette.geo;

import java.util.Arrays;
import org.locationtech.jts.geom.Envelope;

/**
 * A fast path beside its oracle, JTS's {@link org.locationtech.jts.index.strtree.STRtree}: the
 * envelopes that intersect a query envelope, found in a uniform grid held in primitive arrays. For
 * the 35,000 outlines of France, one query per outline, the tree's object walk took far longer than
 * the few comparisons each query needs. The same envelopes are found (EnvelopeGridTest checks it
 * against the tree), in another order.
 *
 * <p>Each envelope is listed in every cell it overlaps; one that would overlap more than {@link
 * #MAX_CELLS} cells (a Guyane commune) is kept apart and compared with every query. A query looks
 * in the cells its envelope overlaps, then compares exactly, as {@link Envelope#intersects} does.
 */
final class EnvelopeGrid {
  /** Cell side in degrees: about the size of a commune. */
  static final double CELL = 0.05;

  /** An envelope over more cells than this is kept apart. */
  static final int MAX_CELLS = 64;

  private final double[] minX;
  private final double[] maxX;
  private final double[] minY;
  private final double[] maxY;

  // Occupied cells sorted by key (row, then column); the envelopes of cell c are
  // members[cellStart[c] .. cellStart[c + 1] - 1].
  private final long[] cellKey;
  private final int[] cellStart;
  private final int[] members;
  private final int[] apart;

  private final boolean[] indexed;

  /** Which query last met each envelope, so that one met in several cells is found once. */
  private final int[] seen;

  private int query;

  /**
   * Indexes envelopes; their position is the number a query reports. A null (or null envelope) is
   * never found.
   */
  EnvelopeGrid(Envelope[] envelopes) {
    int n = envelopes.length;
    minX = new double[n];
    maxX = new double[n];
    minY = new double[n];
    maxY = new double[n];
    seen = new int[n];
    indexed = new boolean[n];
    if (n >= 1 << 24) {
      throw new IllegalArgumentException("more than 16,777,215 envelopes");
    }
    int[] apartFound = new int[n];
    int apartCount = 0;
    long[] entries = new long[16];
    int count = 0;
    for (int i = 0; i < n; i++) {
      Envelope e = envelopes[i];
      if (e == null || e.isNull()) {
        continue; // in no cell and not apart: never found
      }
      indexed[i] = true;
      minX[i] = e.getMinX();
      maxX[i] = e.getMaxX();
      minY[i] = e.getMinY();
      maxY[i] = e.getMaxY();
      long x0 = cell(minX[i]);
      long x1 = cell(maxX[i]);
      long y0 = cell(minY[i]);
      long y1 = cell(maxY[i]);
      if (!finite(e) || (x1 - x0 + 1) * (y1 - y0 + 1) > MAX_CELLS) {
        apartFound[apartCount++] = i;
        continue;
      }
      for (long y = y0; y <= y1; y++) {
        for (long x = x0; x <= x1; x++) {
          if (count == entries.length) {
            entries = Arrays.copyOf(entries, 2 * count);
          }
          // The cell key in the high bits, the envelope in the low 24: sorted, by cell.
          entries[count++] = key(y, x) << 24 | i;
        }
      }
    }
    Arrays.sort(entries, 0, count);
    int cells = 0;
    long[] keys = new long[count];
    int[] starts = new int[count + 1];
    members = new int[count];
    for (int k = 0; k < count; k++) {
      long cell = entries[k] >>> 24;
      if (k == 0 || cell != keys[cells - 1]) {
        keys[cells] = cell;
        starts[cells++] = k;
      }
      members[k] = (int) (entries[k] & 0xFFFFFF);
    }
    starts[cells] = count;
    cellKey = Arrays.copyOf(keys, cells);
    cellStart = Arrays.copyOf(starts, cells + 1);
    apart = Arrays.copyOf(apartFound, apartCount);
  }

  /** Receives the number of an envelope found by {@link #query}. */
  @FunctionalInterface
  interface Visitor {
    void visit(int index);
  }

  /**
   * Visits, once each, every envelope that intersects {@code e} (as {@link Envelope#intersects}:
   * boundaries included). Not thread-safe.
   */
  void query(Envelope e, Visitor visitor) {
    if (e.isNull()) {
      return;
    }
    query++;
    if (!finite(e)) {
      for (int i = 0; i < minX.length; i++) {
        visitIfIntersecting(i, e, visitor);
      }
      return;
    }
    long x0 = cell(e.getMinX());
    long x1 = cell(e.getMaxX());
    for (long y = cell(e.getMinY()); y <= cell(e.getMaxY()); y++) {
      int end = lowerBound(key(y, x1) + 1);
      for (int c = lowerBound(key(y, x0)); c < end; c++) {
        for (int m = cellStart[c]; m < cellStart[c + 1]; m++) {
          visitIfIntersecting(members[m], e, visitor);
        }
      }
    }
    for (int i : apart) {
      visitIfIntersecting(i, e, visitor);
    }
  }

  private void visitIfIntersecting(int i, Envelope e, Visitor visitor) {
    if (seen[i] == query || !indexed[i]) {
      return;
    }
    seen[i] = query;
    // The test of Envelope.intersects, as written there.
    if (!(e.getMinX() > maxX[i]
        || e.getMaxX() < minX[i]
        || e.getMinY() > maxY[i]
        || e.getMaxY() < minY[i])) {
      visitor.visit(i);
    }
  }

  private static boolean finite(Envelope e) {
    return Double.isFinite(e.getMinX())
        && Double.isFinite(e.getMaxX())
        && Double.isFinite(e.getMinY())
        && Double.isFinite(e.getMaxY());
  }

  private int lowerBound(long k) {
    return SpatialIndex.lowerBound(cellKey, k);
  }

  // Rows and columns clamped to ±2^17 cells (±6,500° at 0.05°: beyond any coordinate) and offset
  // to be positive, under 2^19: a key (row, column) is under 2^39, and with an envelope number in
  // 24 bits below it, a positive long.
  private static final long LIMIT = 1L << 17;
  private static final long OFFSET = 1L << 18;

  private static long cell(double deg) {
    return Math.max(-LIMIT, Math.min(LIMIT, (long) Math.floor(deg / CELL)));
  }

  private static long key(long y, long x) {
    return (y + OFFSET) << 20 | (x + OFFSET);
  }
}
