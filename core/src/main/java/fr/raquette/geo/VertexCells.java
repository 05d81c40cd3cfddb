package fr.raquette.geo;

import java.util.Arrays;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryComponentFilter;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.impl.CoordinateArraySequence;

/**
 * The vertices of a set of outlines on a grid of 1e-4 degree (about 10 m), one {@code long} each:
 * the grid cell (22 bits of longitude, 21 of latitude) then the index of the outline (20 bits).
 * Grouped by cell, they tell which outlines touch ({@link Landmasses}) and where the edge of the
 * set runs ({@link Edges}).
 */
final class VertexCells {
  /** The bits of a key that hold the outline's index; the cell is in the bits above. */
  static final int OUTLINE_BITS = 20;

  static final long OUTLINE_MASK = (1L << OUTLINE_BITS) - 1;

  /** The radix sort takes the 44 bits of the cell in this many bits at a time. */
  private static final int DIGIT_BITS = 15;

  private VertexCells() {}

  /**
   * The key of every vertex of every outline, a null outline holding none, sorted by cell ({@code
   * key >>> OUTLINE_BITS}); within a cell, in the order of the outlines.
   *
   * @throws IllegalArgumentException for more than 1,048,575 outlines
   */
  static long[] sortedByCell(Geometry[] outlines) {
    if (outlines.length > OUTLINE_MASK) {
      throw new IllegalArgumentException("more than 1,048,575 outlines");
    }
    int n = 0;
    for (Geometry g : outlines) {
      n += g == null ? 0 : g.getNumPoints();
    }
    long[] keys = new long[n];
    int[] k = {0};
    for (int i = 0; i < outlines.length; i++) {
      if (outlines[i] == null) {
        continue;
      }
      int outline = i;
      // The coordinates where they are, without the copy Geometry.getCoordinates() makes.
      outlines[i].apply(
          (GeometryComponentFilter)
              c -> {
                if (c instanceof LineString line) {
                  k[0] = add(line.getCoordinateSequence(), outline, keys, k[0]);
                } else if (c instanceof Point point) {
                  k[0] = add(point.getCoordinateSequence(), outline, keys, k[0]);
                }
              });
    }
    return sortByCell(keys);
  }

  private static int add(CoordinateSequence seq, int outline, long[] keys, int k) {
    if (seq instanceof XySequence packed) {
      double[] xy = packed.ordinates();
      for (int j = 0; j + 1 < xy.length; j += 2) {
        keys[k++] = key(xy[j], xy[j + 1], outline);
      }
      return k;
    }
    if (seq instanceof CoordinateArraySequence) {
      // Its own array, not a copy: a field read per ordinate instead of an interface call.
      for (Coordinate c : seq.toCoordinateArray()) {
        keys[k++] = key(c.x, c.y, outline);
      }
      return k;
    }
    for (int j = 0; j < seq.size(); j++) {
      keys[k++] = key(seq.getX(j), seq.getY(j), outline);
    }
    return k;
  }

  /**
   * A vertex's key: its grid cell (22 bits of longitude, 21 of latitude, at 1e-4 degree, clamped)
   * then the index of its outline.
   */
  static long key(double x, double y, int outline) {
    long lon = Math.max(0, Math.min((1L << 22) - 1, Math.round((x + 180) * 1e4)));
    long lat = Math.max(0, Math.min((1L << 21) - 1, Math.round((y + 90) * 1e4)));
    return lon << 41 | lat << OUTLINE_BITS | outline;
  }

  /** The longitude of a cell's centre. */
  static double lon(long cell) {
    return (cell >>> 21) / 1e4 - 180;
  }

  /** The latitude of a cell's centre. */
  static double lat(long cell) {
    return (cell & ((1L << 21) - 1)) / 1e4 - 90;
  }

  /**
   * Keys sorted by cell, stably: a least-significant-digit radix sort of the cell's bits, three
   * passes over the keys where a comparison sort of the 2 million vertices of France took three
   * times longer.
   */
  static long[] sortByCell(long[] keys) {
    long[] from = keys;
    long[] to = new long[keys.length];
    int[] start = new int[1 << DIGIT_BITS];
    int mask = (1 << DIGIT_BITS) - 1;
    for (int shift = OUTLINE_BITS; shift < Long.SIZE; shift += DIGIT_BITS) {
      Arrays.fill(start, 0);
      for (long key : from) {
        start[(int) (key >>> shift) & mask]++;
      }
      int sum = 0;
      for (int d = 0; d < start.length; d++) {
        int count = start[d];
        start[d] = sum;
        sum += count;
      }
      for (long key : from) {
        to[start[(int) (key >>> shift) & mask]++] = key;
      }
      long[] swap = from;
      from = to;
      to = swap;
    }
    return from;
  }
}
