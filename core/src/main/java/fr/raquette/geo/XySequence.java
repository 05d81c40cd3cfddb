package fr.raquette.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;

/**
 * A ring's vertices in one array, {@code x0, y0, x1, y1...}: how the outlines are stored. The 2.2
 * million vertices of France held as JTS {@link Coordinate} objects (40 bytes each, plus a slot in
 * an array) were 97 MB alive for the whole run and 2.2 million objects for the collector to trace;
 * here they are 35 MB in 35,000 arrays.
 *
 * <p>It answers as its oracle, JTS's {@code CoordinateArraySequence} of {@code new Coordinate(x,
 * y)} (dimension 3, z not a number, no measure), does for the same vertices: same dimension, same
 * ordinates, {@link Coordinate} objects of the same class and values ({@code XySequenceAgreeTest}).
 * One difference: the coordinates it hands out are copies, so changing one leaves the ring as it
 * is; the code of this project never changes an outline's vertices (the map projection copies a
 * geometry first, then sets its ordinates with {@link #setOrdinate}, which works). No cached array
 * either (JTS's {@code PackedCoordinateSequence} keeps the {@code Coordinate[]} it hands out behind
 * a soft reference, which the parallel collector keeps as long as the heap has room, so the objects
 * would come back).
 */
public final class XySequence implements CoordinateSequence {
  private final double[] xy;

  /** The sequence over {@code xy} ({@code x0, y0, x1, y1...}), which it keeps, not a copy. */
  public XySequence(double[] xy) {
    if (xy.length % 2 != 0) {
      throw new IllegalArgumentException("odd number of ordinates: " + xy.length);
    }
    this.xy = xy;
  }

  /** 3, as for a sequence of {@link Coordinate}: x, y and a z that is not a number. */
  @Override
  public int getDimension() {
    return 3;
  }

  @Override
  public Coordinate getCoordinate(int i) {
    return new Coordinate(xy[2 * i], xy[2 * i + 1]);
  }

  @Override
  public Coordinate getCoordinateCopy(int i) {
    return getCoordinate(i);
  }

  @Override
  public void getCoordinate(int index, Coordinate coord) {
    if (coord.getClass() == Coordinate.class) {
      coord.x = xy[2 * index];
      coord.y = xy[2 * index + 1];
      coord.setZ(Double.NaN);
    } else {
      coord.setCoordinate(getCoordinate(index)); // as the oracle copies its own Coordinate
    }
  }

  @Override
  public double getX(int index) {
    return xy[2 * index];
  }

  @Override
  public double getY(int index) {
    return xy[2 * index + 1];
  }

  @Override
  public double getOrdinate(int index, int ordinateIndex) {
    return switch (ordinateIndex) {
      case X -> xy[2 * index];
      case Y -> xy[2 * index + 1];
      case Z -> Double.NaN;
      default -> throw new IllegalArgumentException("Invalid ordinate index: " + ordinateIndex);
    };
  }

  @Override
  public int size() {
    return xy.length / 2;
  }

  /**
   * Sets x or y; z only to "not a number", which it always is (an outline is flat).
   *
   * @throws UnsupportedOperationException for any other z
   */
  @Override
  public void setOrdinate(int index, int ordinateIndex, double value) {
    switch (ordinateIndex) {
      case X -> xy[2 * index] = value;
      case Y -> xy[2 * index + 1] = value;
      case Z -> {
        if (!Double.isNaN(value)) {
          throw new UnsupportedOperationException("an outline has no z: " + value);
        }
      }
      default -> throw new IllegalArgumentException("Invalid ordinate index: " + ordinateIndex);
    }
  }

  /** New coordinates, in a new array, at every call. */
  @Override
  public Coordinate[] toCoordinateArray() {
    Coordinate[] out = new Coordinate[size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = getCoordinate(i);
    }
    return out;
  }

  @Override
  public Envelope expandEnvelope(Envelope env) {
    for (int i = 0; i + 1 < xy.length; i += 2) {
      env.expandToInclude(xy[i], xy[i + 1]);
    }
    return env;
  }

  /** The ordinates themselves, {@code x0, y0, x1, y1...}, for a loop without a call per vertex. */
  double[] ordinates() {
    return xy;
  }

  @Override
  public XySequence copy() {
    return new XySequence(xy.clone());
  }

  /**
   * @deprecated as in {@link CoordinateSequence}: use {@link #copy()}
   */
  @Deprecated
  @Override
  public Object clone() {
    return copy();
  }

  /** As the oracle writes it: {@code ((x0, y0, NaN), (x1, y1, NaN)...)}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(getCoordinate(i));
    }
    return sb.append(')').toString();
  }
}
