package fr.raquette.geo;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import fr.raquette.io.OutputException;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a GeoJSON FeatureCollection as RFC 7946 wants it: WGS84 [longitude, latitude] without a
 * {@code crs} member, exterior rings counterclockwise and holes clockwise. Coordinates are rounded
 * to 6 decimals (about 0.1 m), one feature per line, so that the same features always give the same
 * bytes and a diff shows which feature changed.
 */
public final class GeoJsonWriter {
  private static final int DECIMALS = 6;

  private GeoJsonWriter() {}

  /**
   * One feature to write.
   *
   * @param geometry WGS84 geometry; {@code null} or empty writes {@code "geometry":null}
   * @param properties written in the map's order; values may be null, text, numbers, booleans,
   *     lists or maps of those (anything else is written as its text)
   */
  public record Feature(Geometry geometry, Map<String, Object> properties) {
    public Feature {
      properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }
  }

  /**
   * Writes the collection; does not close the writer.
   *
   * @throws OutputException when the writer fails
   */
  public static void write(Writer out, List<Feature> features) {
    try {
      out.write("{\"type\":\"FeatureCollection\",\"features\":[");
      StringBuilder sb = new StringBuilder(4096);
      for (int i = 0; i < features.size(); i++) {
        sb.setLength(0);
        sb.append(i == 0 ? "\n" : ",\n");
        feature(sb, features.get(i));
        out.write(sb.toString());
      }
      out.write("\n]}\n");
      out.flush();
    } catch (IOException e) {
      throw new OutputException("cannot write the GeoJSON: " + e.getMessage(), e);
    }
  }

  private static void feature(StringBuilder sb, Feature f) {
    sb.append("{\"type\":\"Feature\",\"geometry\":");
    Geometry g = f.geometry();
    if (g == null || g.isEmpty()) {
      sb.append("null");
    } else {
      geometry(sb, g);
    }
    sb.append(",\"properties\":");
    value(sb, f.properties());
    sb.append('}');
  }

  private static void geometry(StringBuilder sb, Geometry g) {
    sb.append("{\"type\":\"").append(g.getGeometryType()).append('"');
    if (g instanceof GeometryCollection c
        && !(g instanceof MultiPoint
            || g instanceof MultiLineString
            || g instanceof MultiPolygon)) {
      sb.append(",\"geometries\":[");
      for (int i = 0; i < c.getNumGeometries(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        geometry(sb, c.getGeometryN(i));
      }
      sb.append("]}");
      return;
    }
    sb.append(",\"coordinates\":");
    coordinates(sb, g);
    sb.append('}');
  }

  private static void coordinates(StringBuilder sb, Geometry g) {
    if (g instanceof Point p) {
      position(sb, p.getCoordinate());
    } else if (g instanceof Polygon p) {
      sb.append('[');
      ring(sb, p.getExteriorRing(), true);
      for (int i = 0; i < p.getNumInteriorRing(); i++) {
        sb.append(',');
        ring(sb, p.getInteriorRingN(i), false);
      }
      sb.append(']');
    } else if (g instanceof LineString l) {
      positions(sb, l.getCoordinateSequence(), false);
    } else {
      // MultiPoint, MultiLineString, MultiPolygon: an array of their members' coordinates.
      sb.append('[');
      for (int i = 0; i < g.getNumGeometries(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        coordinates(sb, g.getGeometryN(i));
      }
      sb.append(']');
    }
  }

  /**
   * Writes a ring counterclockwise when {@code exterior}, clockwise otherwise (right-hand rule).
   */
  private static void ring(StringBuilder sb, LinearRing ring, boolean exterior) {
    CoordinateSequence seq = ring.getCoordinateSequence();
    boolean reverse = seq.size() >= 4 && Orientation.isCCW(seq) != exterior;
    positions(sb, seq, reverse);
  }

  private static void positions(StringBuilder sb, CoordinateSequence seq, boolean reverse) {
    sb.append('[');
    int n = seq.size();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(',');
      }
      position(sb, seq.getCoordinate(reverse ? n - 1 - i : i));
    }
    sb.append(']');
  }

  private static void position(StringBuilder sb, Coordinate c) {
    sb.append('[').append(round(c.x)).append(',').append(round(c.y)).append(']');
  }

  static String round(double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("coordinate is not finite: " + v);
    }
    return BigDecimal.valueOf(v)
        .setScale(DECIMALS, RoundingMode.HALF_EVEN)
        .stripTrailingZeros()
        .toPlainString();
  }

  private static void value(StringBuilder sb, Object v) {
    if (v == null) {
      sb.append("null");
    } else if (v instanceof Boolean b) {
      sb.append(b.booleanValue());
    } else if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      sb.append(
          Double.isFinite(d) ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : "null");
    } else if (v instanceof BigDecimal d) {
      sb.append(d.stripTrailingZeros().toPlainString());
    } else if (v instanceof Long
        || v instanceof Integer
        || v instanceof Short
        || v instanceof Byte
        || v instanceof BigInteger) {
      sb.append(v);
    } else if (v instanceof Map<?, ?> m) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        string(sb, String.valueOf(e.getKey()));
        sb.append(':');
        value(sb, e.getValue());
      }
      sb.append('}');
    } else if (v instanceof Collection<?> c) {
      sb.append('[');
      boolean first = true;
      for (Object o : c) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        value(sb, o);
      }
      sb.append(']');
    } else {
      string(sb, v.toString());
    }
  }

  private static void string(StringBuilder sb, String s) {
    sb.append('"').append(JsonStringEncoder.getInstance().quoteAsString(s)).append('"');
  }
}
