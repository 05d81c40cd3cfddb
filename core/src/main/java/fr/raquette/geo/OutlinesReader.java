package fr.raquette.geo;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.raquette.i18n.Messages;
import fr.raquette.io.DataException;
import fr.raquette.io.Problems;
import fr.raquette.io.TextFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Reads commune (or département) outlines from GeoJSON: a {@code FeatureCollection}, or a single
 * {@code Feature}. The collection is streamed one feature at a time, so the 46 MB national file
 * never becomes one JSON tree.
 *
 * <p>What is done on its own, with a warning: a numeric code ({@code 1001}) is padded back to text
 * ({@code 01001}); features without a code or a polygonal geometry are skipped; two features with
 * one code are unioned; an invalid polygon (self-intersection...) is repaired with JTS {@link
 * GeometryFixer}; swapped coordinates ([lat, lon] instead of [lon, lat]) are swapped back, but only
 * when they fall in France once swapped and nowhere in France as written, which cannot be ambiguous
 * because metropolitan latitudes (41 to 51.5) are no French longitudes; coordinates in metres in
 * the range of Lambert-93 (EPSG:2154, IGN's projection) are reprojected to WGS84, since that is
 * what nearly every projected French file is. Other projected coordinates stop the run: their
 * system cannot be guessed. Web Mercator (EPSG:3857) values of northern France also fall in
 * Lambert-93's range: such a file is refused when it says so in a {@code crs} member (as ogr2ogr
 * writes), and cannot be told apart when it does not.
 */
public final class OutlinesReader {
  /** Where the commune code is looked for, in this order, whatever the case. */
  public static final List<String> CODE_PROPERTIES =
      List.of(
          "code",
          "codgeo",
          "CODGEO",
          "INSEE_COM",
          "insee_com",
          "code_insee",
          "INSEE",
          "insee",
          "com",
          "DEPCOM");

  /** Where the name is looked for, in this order, whatever the case. */
  public static final List<String> NAME_PROPERTIES =
      List.of("nom", "NOM", "libgeo", "LIBGEO", "NOM_COM", "name");

  /** Per kind of warning, how many are reported one by one before they are only counted. */
  static final int DETAILED_WARNINGS = 20;

  // The national file holds millions of coordinates: Jackson's fast double parser halves the cost
  // of reading them, with the same results (it is exact, like Double.parseDouble).
  private static final ObjectMapper MAPPER =
      new ObjectMapper(
          com.fasterxml.jackson.core.JsonFactory.builder()
              .enable(com.fasterxml.jackson.core.StreamReadFeature.USE_FAST_DOUBLE_PARSER)
              .build());
  private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

  /**
   * Boxes (lon min, lat min, lon max, lat max) holding France and its overseas départements, with a
   * margin: metropolitan France and Corsica, Guadeloupe with Saint-Martin and Saint-Barthélemy,
   * Martinique, Guyane, La Réunion, Mayotte, Saint-Pierre-et-Miquelon.
   */
  private static final double[][] FRANCE =
      new double[][] {
        {-6.0, 41.0, 10.0, 51.5},
        {-63.5, 15.5, -60.5, 18.5},
        {-61.5, 14.0, -60.5, 15.0},
        {-55.0, 1.8, -51.0, 6.0},
        {55.0, -21.6, 56.0, -20.6},
        {44.8, -13.2, 45.5, -12.4},
        {-56.6, 46.5, -55.9, 47.3}
      };

  private OutlinesReader() {}

  /**
   * Reads a GeoJSON file (or the GeoJSON inside a zip).
   *
   * @param display the name to use in messages
   * @param codeProperty the property holding the code ({@code champ_code}), or {@code null} to
   *     detect it among {@link #CODE_PROPERTIES}
   */
  public static Outlines read(Path path, String display, String codeProperty, Problems problems) {
    return read(TextFile.read(path, display), codeProperty, problems);
  }

  /**
   * Reads decoded GeoJSON text.
   *
   * @param codeProperty the property holding the code ({@code champ_code}), or {@code null} to
   *     detect it among {@link #CODE_PROPERTIES}
   * @throws DataException when the file cannot be used at all: invalid JSON, not a collection or a
   *     feature, no code property, coordinates in an unknown projection
   */
  public static Outlines read(TextFile file, String codeProperty, Problems problems) {
    // Parsed from the bytes when they are ASCII: no 46 MB String for the national file, and
    // Jackson's byte parser. A file it stops on is read again as text, for the messages as they
    // were.
    Outlines o =
        file.ascii() == null
            ? null
            : readAscii(file.displayName(), file.ascii(), codeProperty, problems);
    return o != null ? o : readText(file.displayName(), file.text(), codeProperty, problems);
  }

  /**
   * {@link #readText} of ASCII bytes, the same text: the same outlines, problems (the bytes of
   * ASCII are its chars, so lines and columns are the same) and errors, but for invalid JSON, where
   * Jackson's byte parser may word its message otherwise: then {@code null}, nothing said.
   */
  static Outlines readAscii(String display, byte[] ascii, String codeProperty, Problems problems) {
    Problems own = new Problems(problems.strict());
    Outlines o;
    try {
      o = new Run(display, codeProperty, own).readAscii(ascii);
    } catch (DataException e) {
      problems.addAll(own); // what was said before the file was refused, as from the text
      throw e;
    }
    if (o != null) {
      problems.addAll(own);
    }
    return o;
  }

  /** {@link #read(TextFile, String, Problems)} from the text, whatever its bytes. */
  static Outlines readText(String display, String text, String codeProperty, Problems problems) {
    return new Run(display, codeProperty, problems).read(text);
  }

  /**
   * A feature's geometry as read: its rings, streamed by {@link Run#stream} from the usual Polygon
   * or MultiPolygon, or its JSON tree, left to the general reading.
   */
  private sealed interface ReadGeometry permits Rings, Tree {
    /** The rings, or {@code null} after a warning when there are none to read. */
    Rings rings(Run run, Supplier<String> who, JsonLocation at);
  }

  /**
   * The rings of a geometry's polygons, each {@code x0, y0, x1, y1...} as written.
   *
   * @param isPolygon whether the geometry is a Polygon (rather than a MultiPolygon...)
   */
  private record Rings(boolean isPolygon, List<List<double[]>> polygons) implements ReadGeometry {
    @Override
    public Rings rings(Run run, Supplier<String> who, JsonLocation at) {
      return this;
    }
  }

  /** A geometry's JSON tree; {@code null} when the feature has no geometry member. */
  private record Tree(JsonNode node) implements ReadGeometry {
    @Override
    public Rings rings(Run run, Supplier<String> who, JsonLocation at) {
      return run.treeRings(node, who, at);
    }
  }

  /** The members of a single Feature, or of a FeatureCollection, at the top of the file. */
  private static final class Top {
    String type;
    boolean sawFeatures;
    JsonNode geometry;
    JsonNode properties;
  }

  /** How a feature's coordinates were written. */
  private enum Axes {
    LON_LAT,
    LAT_LON,
    LAMBERT93
  }

  /** One read of one file. */
  private static final class Run {
    private final String file;
    private final Problems problems;
    private final boolean explicitCode;
    private String codeProperty;
    private final Map<String, Geometry> byCode = new HashMap<>();

    /**
     * The outlines of codes met in more than one feature, united once at the end of the file: a
     * union per duplicate, each with the growing outline, made a file of many features sharing a
     * code quadratic (minutes).
     */
    private final Map<String, List<Geometry>> pieces = new HashMap<>();

    private final Map<String, String> names = new HashMap<>();
    private int features;
    private int skipped;
    private JsonNode firstProperties;
    private final Map<String, int[]> warningCounts = new LinkedHashMap<>();
    private final Map<Axes, int[]> converted = new LinkedHashMap<>();
    private final Map<Axes, long[]> firstConverted = new HashMap<>();
    // What is parsed: the text, or its bytes when all are ASCII (offsets then count either).
    private String text;
    private byte[] ascii;
    private double[] positions = new double[1024];

    Run(String file, String codeProperty, Problems problems) {
      this.file = file;
      this.problems = problems;
      this.explicitCode = codeProperty != null && !codeProperty.isBlank();
      this.codeProperty = explicitCode ? codeProperty.strip() : null;
    }

    Outlines read(String text) {
      this.text = text;
      try (JsonParser p = MAPPER.createParser(text)) {
        readTop(p);
      } catch (JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        throw new DataException(
            file,
            at == null ? 0 : at.getLineNr(),
            at == null ? 0 : at.getColumnNr(),
            Messages.text("json.invalid", e.getOriginalMessage()));
      } catch (IOException e) {
        throw new DataException(file, 0, 0, Messages.text("json.unreadable", e.getMessage()));
      }
      return finish();
    }

    /**
     * {@link #read(String)} from ASCII bytes, the same text; {@code null} when Jackson stops on
     * them (invalid JSON), to be read again as text for its message.
     */
    Outlines readAscii(byte[] bytes) {
      this.ascii = bytes;
      try (JsonParser p = MAPPER.createParser(bytes)) {
        readTop(p);
      } catch (IOException e) {
        return null;
      }
      return finish();
    }

    /** The top object: a FeatureCollection, streamed, or a single Feature. */
    private void readTop(JsonParser p) throws IOException {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new DataException(file, 1, 1, Messages.text("geo.empty"));
      }
      JsonLocation start = p.currentTokenLocation();
      if (t != JsonToken.START_OBJECT) {
        throw new DataException(
            file,
            start.getLineNr(),
            start.getColumnNr(),
            Messages.text("geo.not.object", describe(t)));
      }
      Top top = new Top();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        topMember(p, top);
      }
      if (p.nextToken() != null) {
        JsonLocation at = p.currentTokenLocation();
        throw new DataException(
            file, at.getLineNr(), at.getColumnNr(), Messages.text("geo.content.after"));
      }
      if (top.type == null) {
        throw new DataException(
            file, start.getLineNr(), start.getColumnNr(), Messages.text("geo.no.type"));
      }
      if (!top.type.equals("FeatureCollection")) {
        feature("Feature", top.properties, new Tree(top.geometry), 1, start);
      } else if (!top.sawFeatures) {
        throw new DataException(
            file, start.getLineNr(), start.getColumnNr(), Messages.text("geo.no.features"));
      }
    }

    /** One member of the top object, the parser on its name. */
    private void topMember(JsonParser p, Top top) throws IOException {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      JsonLocation at = p.currentTokenLocation();
      switch (name) {
        case "type" -> {
          top.type = value == JsonToken.VALUE_STRING ? p.getText() : String.valueOf(value);
          checkTopType(top.type, at);
        }
        case "features" -> {
          if (value != JsonToken.START_ARRAY) {
            throw new DataException(
                file, at.getLineNr(), at.getColumnNr(), Messages.text("geo.features.not.array"));
          }
          readFeatures(p);
          top.sawFeatures = true;
        }
        case "crs" -> checkCrs(MAPPER.readTree(p), at);
        case "geometry" -> top.geometry = MAPPER.readTree(p);
        case "properties" -> top.properties = MAPPER.readTree(p);
        default -> p.skipChildren();
      }
    }

    private void checkTopType(String type, JsonLocation at) {
      if (type.equals("FeatureCollection") || type.equals("Feature")) {
        return;
      }
      String key =
          switch (type) {
            case "Topology" -> "geo.top.type.topojson";
            case "Polygon", "MultiPolygon", "GeometryCollection" -> "geo.top.type.geometry";
            default -> "geo.top.type";
          };
      throw new DataException(file, at.getLineNr(), at.getColumnNr(), Messages.text(key, type));
    }

    /**
     * RFC 7946 dropped {@code crs}, but ogr2ogr still writes it for other systems: it settles the
     * case where Web Mercator values fall in Lambert-93's range.
     */
    private void checkCrs(JsonNode crs, JsonLocation at) {
      String name = crs.path("properties").path("name").asText("").strip();
      String upper = name.toUpperCase(Locale.ROOT);
      if (crs.isNull()
          || name.isEmpty()
          || upper.endsWith("CRS84")
          || upper.matches(".*\\D4326")
          || upper.matches(".*\\D2154")) {
        return;
      }
      throw new DataException(
          file, at.getLineNr(), at.getColumnNr(), Messages.text("geo.crs", name));
    }

    private void readFeatures(JsonParser p) throws IOException {
      int index = 0;
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        JsonLocation at = p.currentTokenLocation();
        if (t == null) {
          throw new DataException(
              file, at.getLineNr(), at.getColumnNr(), Messages.text("geo.features.not.closed"));
        }
        index++;
        if (t != JsonToken.START_OBJECT) {
          features++;
          skipped++;
          warn("not-object", at, Messages.text("geo.feature.not.object", index, describe(t)));
          p.skipChildren();
          continue;
        }
        readFeature(p, index, at);
      }
    }

    /**
     * One feature of the collection, its members in any order; as in a JSON tree, the last of
     * repeated members wins.
     */
    private void readFeature(JsonParser p, int index, JsonLocation at) throws IOException {
      String type = "";
      JsonNode properties = null;
      ReadGeometry geometry = new Tree(null);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        switch (name) {
          case "type" -> type = value == JsonToken.VALUE_STRING ? p.getText() : text(p);
          case "properties" -> properties = MAPPER.readTree(p);
          case "geometry" ->
              geometry = value == JsonToken.START_OBJECT ? stream(p) : new Tree(tree(p));
          default -> p.skipChildren();
        }
      }
      feature(type, properties, geometry, index, at);
    }

    /** The text of a JSON value as a tree would give it ({@code ""} for null or a container). */
    private static String text(JsonParser p) throws IOException {
      JsonNode node = MAPPER.readTree(p);
      return node == null ? "" : node.asText("");
    }

    private void feature(
        String type, JsonNode props, ReadGeometry geometry, int index, JsonLocation at) {
      features++;
      if (!type.equals("Feature")) {
        skipped++;
        warn("not-feature", at, Messages.text("geo.feature.not.feature", index, type));
        return;
      }
      if (props != null && !props.isObject()) {
        props = null;
      }
      if (firstProperties == null && props != null) {
        firstProperties = props;
      }
      if (codeProperty == null && props != null) {
        codeProperty = codeProperty(props);
      }
      JsonNode codeNode = codeProperty == null ? null : property(props, codeProperty);
      if (codeNode == null
          || codeNode.isNull()
          || (codeNode.isTextual() && codeNode.asText().isBlank())) {
        skipped++;
        warn(
            "no-code",
            at,
            codeProperty == null
                ? Messages.text("geo.feature.no.code.property", index)
                : Messages.text("geo.feature.no.code", index, codeProperty));
        return;
      }
      String code = code(codeNode, index, at);
      if (code == null) {
        skipped++;
        return;
      }
      Supplier<String> who = () -> Messages.text("geo.who", index, code);
      Geometry g = geometry(geometry, who, at);
      if (g == null) {
        skipped++;
        return;
      }
      String nameProperty = detect(props, NAME_PROPERTIES);
      if (nameProperty != null) {
        JsonNode name = property(props, nameProperty);
        if (name.isValueNode() && !name.isNull() && !name.asText().isBlank()) {
          names.putIfAbsent(code, name.asText().strip());
        }
      }
      Geometry before = byCode.putIfAbsent(code, g);
      if (before != null) {
        warn("duplicate", at, Messages.text("geo.duplicate", who.get()));
        pieces.computeIfAbsent(code, k -> new ArrayList<>(List.of(before))).add(g);
      }
    }

    /** The code as text; a JSON number lost its leading zero in a spreadsheet. */
    private String code(JsonNode node, int index, JsonLocation at) {
      if (node.isTextual()) {
        return node.asText().strip();
      }
      if (node.isIntegralNumber() && node.canConvertToLong() && node.asLong() >= 0) {
        String digits = Long.toString(node.asLong());
        // 4 digits: a commune of départements 01 to 09; 1 digit: one of those départements.
        String padded =
            digits.length() == 4 ? "0" + digits : digits.length() == 1 ? "0" + digits : digits;
        if (!padded.equals(digits)) {
          warn(
              "numeric-code",
              at,
              Messages.text("geo.numeric.code", index, codeProperty, digits, padded));
        }
        return padded;
      }
      warn(
          "bad-code",
          at,
          Messages.text(
              "geo.bad.code",
              index,
              codeProperty,
              node.getNodeType().toString().toLowerCase(Locale.ROOT) + " " + node));
      return null;
    }

    /** A polygonal WGS84 geometry, or {@code null} (with a warning) when there is none. */
    private Geometry geometry(ReadGeometry source, Supplier<String> who, JsonLocation at) {
      Rings rings = source.rings(this, who, at);
      if (rings == null) {
        return null;
      }
      if (rings.polygons().isEmpty()) {
        warn("empty-geometry", at, Messages.text("geo.empty.geometry", who.get()));
        return null;
      }
      placeCoordinates(rings.polygons(), at);
      Geometry geom = build(rings, who, at);
      return geom == null ? null : valid(geom, who, at);
    }

    /** The rings of a geometry's JSON tree, or {@code null} with a warning. */
    private Rings treeRings(JsonNode g, Supplier<String> who, JsonLocation at) {
      if (g == null || g.isNull()) {
        warn("no-geometry", at, Messages.text("geo.no.geometry", who.get()));
        return null;
      }
      Rings rings = new Rings(g.path("type").asText().equals("Polygon"), new ArrayList<>());
      String problem;
      try {
        problem = collect(g, rings.polygons());
      } catch (IllegalArgumentException e) {
        warn(
            "bad-coordinates", at, Messages.text("geo.bad.coordinates", who.get(), e.getMessage()));
        return null;
      }
      if (problem != null) {
        warn("not-polygon", at, Messages.text("geo.not.polygon", who.get(), problem));
        return null;
      }
      return rings;
    }

    /**
     * The polygons built from their closed rings; a ring of fewer than 4 points is dropped (its
     * polygon with it when it is the exterior ring), with a warning. {@code null} when none is
     * left.
     */
    private Geometry build(Rings rings, Supplier<String> who, JsonLocation at) {
      List<Polygon> built = new ArrayList<>();
      int dropped = 0;
      for (List<double[]> polygon : rings.polygons()) {
        XySequence shell = closed(polygon.get(0));
        if (shell.size() < 4) {
          // Without its exterior ring the polygon is gone, holes included.
          dropped += polygon.size();
          continue;
        }
        List<LinearRing> holes = new ArrayList<>();
        for (double[] ring : polygon.subList(1, polygon.size())) {
          XySequence hole = closed(ring);
          if (hole.size() < 4) {
            dropped++;
          } else {
            holes.add(FACTORY.createLinearRing(hole));
          }
        }
        built.add(
            FACTORY.createPolygon(
                FACTORY.createLinearRing(shell), holes.toArray(new LinearRing[0])));
      }
      if (dropped > 0) {
        warn("degenerate", at, Messages.text("geo.degenerate", who.get(), dropped));
      }
      if (built.isEmpty()) {
        warn("empty-geometry", at, Messages.text("geo.no.usable.polygon", who.get()));
        return null;
      }
      return built.size() == 1 && rings.isPolygon()
          ? built.get(0)
          : FACTORY.createMultiPolygon(built.toArray(new Polygon[0]));
    }

    /**
     * The geometry when valid ({@link RingValidity}'s fast proof, else JTS's {@link IsValidOp}); an
     * invalid one repaired with a warning, or {@code null} when nothing of it has an area.
     */
    private Geometry valid(Geometry geom, Supplier<String> who, JsonLocation at) {
      if (RingValidity.isProvedValid(geom)) {
        return geom;
      }
      IsValidOp valid = new IsValidOp(geom);
      if (valid.isValid()) {
        return geom;
      }
      TopologyValidationError error = valid.getValidationError();
      Geometry fixed = polygonal(GeometryFixer.fix(geom));
      Coordinate c = error.getCoordinate();
      String where =
          c == null
              ? ""
              : " " + Messages.text("geo.near", String.format(Locale.ROOT, "%.5f, %.5f", c.x, c.y));
      if (fixed.isEmpty()) {
        warn(
            "invalid",
            at,
            Messages.text("geo.invalid.no.area", who.get(), error.getMessage(), where));
        return null;
      }
      warn(
          "invalid",
          at,
          Messages.text("geo.invalid.repaired", who.get(), error.getMessage(), where));
      return fixed;
    }

    /**
     * Reads a geometry object straight from the parser, without a JSON tree (a tree costs an object
     * per number, and the national file holds millions): the usual Polygon or MultiPolygon, its
     * {@code "type"} written before well-formed {@code "coordinates"}. Anything else is read again
     * as a tree from the same text and goes through {@link #collect}, so that its messages and
     * results are those of the general reading.
     */
    private ReadGeometry stream(JsonParser p) throws IOException {
      long start = offset(p.currentTokenLocation());
      int depth = p.getParsingContext().getNestingDepth();
      String type = null;
      List<List<double[]>> polygons = null;
      boolean usual = true;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (!usual) {
          p.skipChildren();
        } else if (name.equals("type")) {
          usual = type == null && value == JsonToken.VALUE_STRING;
          type = usual ? p.getText() : null;
          usual = usual && (type.equals("Polygon") || type.equals("MultiPolygon"));
          p.skipChildren();
        } else if (name.equals("coordinates")) {
          usual = type != null && polygons == null && value == JsonToken.START_ARRAY;
          if (usual) {
            polygons = new ArrayList<>();
            usual =
                type.equals("Polygon") ? streamPolygon(p, polygons) : streamPolygons(p, polygons);
          }
          // What is left of an unusual value, up to the geometry object again.
          while (p.getParsingContext().getNestingDepth() > depth && p.nextToken() != null) {}
        } else {
          p.skipChildren();
        }
      }
      if (usual && polygons != null) {
        return new Rings(type.equals("Polygon"), polygons);
      }
      long end = offset(p.currentTokenLocation()) + 1;
      return new Tree(
          ascii != null
              ? MAPPER.readTree(ascii, (int) start, (int) (end - start))
              : MAPPER.readTree(text.substring((int) start, (int) end)));
    }

    /** Where a token starts in what is parsed: a byte of the ASCII bytes, or a char of the text. */
    private long offset(JsonLocation at) {
      return ascii != null ? at.getByteOffset() : at.getCharOffset();
    }

    /** The rings of one polygon into {@code polygons}, when it is written as usual. */
    private boolean streamPolygon(JsonParser p, List<List<double[]>> polygons) throws IOException {
      List<double[]> rings = new ArrayList<>();
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.START_ARRAY) {
        double[] ring = streamRing(p);
        if (ring == null) {
          return false;
        }
        rings.add(ring);
      }
      if (t != JsonToken.END_ARRAY) {
        return false;
      }
      if (!rings.isEmpty()) {
        polygons.add(rings);
      }
      return true;
    }

    private boolean streamPolygons(JsonParser p, List<List<double[]>> polygons) throws IOException {
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.START_ARRAY) {
        if (!streamPolygon(p, polygons)) {
          return false;
        }
      }
      return t == JsonToken.END_ARRAY;
    }

    /**
     * A ring as {@code x0, y0, x1, y1...}, or {@code null} unless every position is an array of
     * finite numbers (a third or later number is allowed, and ignored, as by {@link #rings}).
     */
    private double[] streamRing(JsonParser p) throws IOException {
      int n = 0;
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.START_ARRAY) {
        if (n + 2 > positions.length) {
          positions = Arrays.copyOf(positions, 2 * positions.length);
        }
        if (!number(p.nextToken(), p)) {
          return null;
        }
        positions[n] = value(p);
        if (!number(p.nextToken(), p)) {
          return null;
        }
        positions[n + 1] = value(p);
        if (!Double.isFinite(positions[n]) || !Double.isFinite(positions[n + 1])) {
          return null;
        }
        n += 2;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
          if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            return null;
          }
        }
      }
      return t == JsonToken.END_ARRAY ? Arrays.copyOf(positions, n) : null;
    }

    /** The double of the number token, short decimals read the fast way ({@link JsonDecimals}). */
    private static double value(JsonParser p) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
        double d =
            JsonDecimals.parseShort(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        if (!Double.isNaN(d)) {
          return d;
        }
      }
      return p.getDoubleValue();
    }

    /**
     * Whether the token is a number whose double is the one a tree node would give: a decimal, or
     * an integer that fits a long (a larger one is left to the tree).
     */
    private static boolean number(JsonToken t, JsonParser p) throws IOException {
      return t == JsonToken.VALUE_NUMBER_FLOAT
          || t == JsonToken.VALUE_NUMBER_INT
              && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER;
    }

    /** A JSON value as a tree, for the geometries {@link #stream} leaves to the general reading. */
    private static JsonNode tree(JsonParser p) throws IOException {
      return MAPPER.readTree(p);
    }

    /**
     * Collects the rings of a Polygon, MultiPolygon or all-polygon GeometryCollection; returns the
     * geometry type when it is not polygonal.
     */
    private String collect(JsonNode g, List<List<double[]>> polygons) {
      String type = g.path("type").asText("");
      switch (type) {
        case "Polygon" -> {
          List<double[]> rings = rings(g.get("coordinates"));
          if (!rings.isEmpty()) {
            polygons.add(rings);
          }
          return null;
        }
        case "MultiPolygon" -> {
          JsonNode all = array(g.get("coordinates"), "MultiPolygon coordinates");
          for (JsonNode polygon : all) {
            List<double[]> rings = rings(polygon);
            if (!rings.isEmpty()) {
              polygons.add(rings);
            }
          }
          return null;
        }
        case "GeometryCollection" -> {
          for (JsonNode member : array(g.get("geometries"), "geometries")) {
            String problem = collect(member, polygons);
            if (problem != null) {
              return Messages.text("geo.collection.holding", problem);
            }
          }
          return null;
        }
        case "Point", "MultiPoint", "LineString", "MultiLineString" -> {
          return Messages.text("geo.a.type", type);
        }
        default -> {
          return type.isEmpty()
              ? Messages.text("geo.of.no.type")
              : Messages.text("geo.of.unknown.type", type);
        }
      }
    }

    private static List<double[]> rings(JsonNode polygon) {
      List<double[]> rings = new ArrayList<>();
      for (JsonNode ring : array(polygon, "polygon")) {
        JsonNode positions = array(ring, "ring");
        double[] xy = new double[2 * positions.size()];
        for (int i = 0; i < positions.size(); i++) {
          JsonNode pos = array(positions.get(i), "position");
          if (pos.size() < 2 || !pos.get(0).isNumber() || !pos.get(1).isNumber()) {
            throw new IllegalArgumentException(
                Messages.text("geo.position.not.pair", pos.toString()));
          }
          double x = pos.get(0).asDouble();
          double y = pos.get(1).asDouble();
          if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException(
                Messages.text("geo.position.not.finite", pos.toString()));
          }
          xy[2 * i] = x;
          xy[2 * i + 1] = y;
        }
        rings.add(xy);
      }
      return rings;
    }

    private static JsonNode array(JsonNode node, String what) {
      if (node == null || !node.isArray()) {
        throw new IllegalArgumentException(Messages.text("geo.not.array", what));
      }
      return node;
    }

    /**
     * The ring ({@code x0, y0, x1, y1...}) closed, without consecutive repeated points, in one
     * array ({@link XySequence}: no object per vertex).
     */
    private static XySequence closed(double[] xy) {
      double[] out = new double[xy.length + 2];
      int size = 0;
      for (int i = 0; i + 1 < xy.length; i += 2) {
        double x = xy[i];
        double y = xy[i + 1];
        if (size == 0 || x != out[size - 2] || y != out[size - 1]) {
          out[size++] = x;
          out[size++] = y;
        }
      }
      if (size > 2 && !(out[0] == out[size - 2] && out[1] == out[size - 1])) {
        out[size++] = out[0];
        out[size++] = out[1];
      }
      return new XySequence(size == out.length ? out : Arrays.copyOf(out, size));
    }

    /** Brings coordinates to [lon, lat] WGS84 in place; an unknown projection throws. */
    private void placeCoordinates(List<List<double[]>> polygons, JsonLocation at) {
      Envelope env = new Envelope();
      for (List<double[]> rings : polygons) {
        for (double[] ring : rings) {
          for (int i = 0; i + 1 < ring.length; i += 2) {
            env.expandToInclude(ring[i], ring[i + 1]);
          }
        }
      }
      Axes axes = env.isNull() ? Axes.LON_LAT : axes(env, at);
      if (axes == Axes.LON_LAT) {
        return;
      }
      converted.computeIfAbsent(axes, a -> new int[1])[0]++;
      firstConverted.putIfAbsent(axes, new long[] {at.getLineNr(), at.getColumnNr()});
      for (List<double[]> rings : polygons) {
        for (double[] ring : rings) {
          if (axes == Axes.LAMBERT93) {
            Lambert93.toWgs84InPlace(ring);
          } else {
            for (int i = 0; i + 1 < ring.length; i += 2) {
              double x = ring[i];
              ring[i] = ring[i + 1];
              ring[i + 1] = x;
            }
          }
        }
      }
    }

    private Axes axes(Envelope env, JsonLocation at) {
      boolean degrees =
          env.getMinX() >= -180
              && env.getMaxX() <= 180
              && env.getMinY() >= -90
              && env.getMaxY() <= 90;
      if (degrees) {
        Envelope swapped = new Envelope(env.getMinY(), env.getMaxY(), env.getMinX(), env.getMaxX());
        return !inFrance(env) && inFrance(swapped) ? Axes.LAT_LON : Axes.LON_LAT;
      }
      if (Lambert93.inRange(env.getMinX(), env.getMinY())
          && Lambert93.inRange(env.getMaxX(), env.getMaxY())) {
        return Axes.LAMBERT93;
      }
      throw new DataException(
          file,
          at.getLineNr(),
          at.getColumnNr(),
          Messages.text(
              "geo.projected.unknown",
              String.format(Locale.ROOT, "%.1f, %.1f", env.getMinX(), env.getMinY()),
              String.format(Locale.ROOT, "%.1f, %.1f", env.getMaxX(), env.getMaxY())));
    }

    private static boolean inFrance(Envelope env) {
      for (double[] b : FRANCE) {
        if (env.getMinX() >= b[0]
            && env.getMinY() >= b[1]
            && env.getMaxX() <= b[2]
            && env.getMaxY() <= b[3]) {
          return true;
        }
      }
      return false;
    }

    private void warn(String kind, JsonLocation at, String message) {
      int n = ++warningCounts.computeIfAbsent(kind, k -> new int[1])[0];
      if (n <= DETAILED_WARNINGS) {
        problems.warning(file, at.getLineNr(), at.getColumnNr(), message);
      }
    }

    private Outlines finish() {
      if (features > 0 && codeProperty == null) {
        throw new DataException(
            file,
            0,
            0,
            Messages.text(
                "geo.no.code.property",
                String.join(", ", CODE_PROPERTIES),
                propertyNames(firstProperties)));
      }
      if (features > 0
          && explicitCode
          && warningCounts.containsKey("no-code")
          && byCode.isEmpty()) {
        throw new DataException(
            file,
            0,
            0,
            Messages.text("geo.champ.code.absent", codeProperty, propertyNames(firstProperties)));
      }
      if (features == 0) {
        problems.warning(file, 0, 0, Messages.text("geo.no.feature"));
      }
      for (Map.Entry<String, int[]> e : warningCounts.entrySet()) {
        int more = e.getValue()[0] - DETAILED_WARNINGS;
        if (more > 0) {
          problems.warning(
              file, 0, 0, Messages.text("geo.more.warnings", more, DETAILED_WARNINGS, e.getKey()));
        }
      }
      for (Map.Entry<Axes, int[]> e : converted.entrySet()) {
        long[] first = firstConverted.get(e.getKey());
        String key = e.getKey() == Axes.LAMBERT93 ? "geo.reprojected" : "geo.swapped";
        problems.warning(file, first[0], (int) first[1], Messages.text(key, e.getValue()[0]));
      }
      String property =
          codeProperty == null || firstProperties == null
              ? codeProperty
              : actualName(firstProperties, codeProperty);
      pieces.forEach((code, list) -> byCode.put(code, union(list)));
      return new Outlines(byCode, names, property, features, skipped);
    }

    private static String propertyNames(JsonNode props) {
      if (props == null) {
        return Messages.text("geo.no.properties");
      }
      List<String> names = new ArrayList<>();
      props.fieldNames().forEachRemaining(names::add);
      return names.isEmpty()
          ? Messages.text("geo.no.properties")
          : Messages.text("geo.properties", String.join(", ", names));
    }
  }

  /**
   * The property holding the commune code in these properties: the first of {@link
   * #CODE_PROPERTIES} present, whatever its case, spelled as in the file; {@code null} when none.
   */
  public static String codeProperty(JsonNode props) {
    return detect(props, CODE_PROPERTIES);
  }

  /** The first candidate present in {@code props}, whatever its case, spelled as in the file. */
  static String detect(JsonNode props, List<String> candidates) {
    if (props == null) {
      return null;
    }
    for (String c : candidates) {
      String actual = actualName(props, c);
      if (actual != null) {
        return actual;
      }
    }
    return null;
  }

  private static String actualName(JsonNode props, String name) {
    if (props.has(name)) {
      return name;
    }
    for (Iterator<String> it = props.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (f.equalsIgnoreCase(name)) {
        return f;
      }
    }
    return null;
  }

  /** The value of the property {@code name}, whatever its case; {@code null} when absent. */
  public static JsonNode property(JsonNode props, String name) {
    if (props == null) {
      return null;
    }
    String actual = actualName(props, name);
    return actual == null ? null : props.get(actual);
  }

  /**
   * The union of valid polygonal geometries. JTS's classic overlay can fail on nearly coincident
   * edges (a TopologyException, met by fuzzing on repaired outlines); the snap-rounding overlay is
   * tried next, and as a last resort the pieces are kept side by side, repaired.
   */
  static Geometry union(List<Geometry> pieces) {
    try {
      return polygonal(org.locationtech.jts.operation.union.UnaryUnionOp.union(pieces));
    } catch (org.locationtech.jts.geom.TopologyException e) {
      try {
        Geometry all = FACTORY.buildGeometry(pieces);
        return polygonal(org.locationtech.jts.operation.overlayng.OverlayNGRobust.union(all));
      } catch (RuntimeException again) {
        return polygonal(GeometryFixer.fix(FACTORY.buildGeometry(pieces)));
      }
    }
  }

  /** The polygons of a geometry, as one Polygon or MultiPolygon. */
  static Geometry polygonal(Geometry g) {
    if (g instanceof Polygonal) {
      return g;
    }
    @SuppressWarnings("unchecked")
    List<Polygon> polygons = PolygonExtracter.getPolygons(g);
    return polygons.size() == 1
        ? polygons.get(0)
        : g.getFactory().createMultiPolygon(polygons.toArray(new Polygon[0]));
  }

  private static String describe(JsonToken t) {
    return switch (t) {
      case START_ARRAY -> Messages.text("json.an.array");
      case START_OBJECT -> Messages.text("json.an.object");
      case VALUE_STRING -> Messages.text("json.a.string");
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Messages.text("json.a.number");
      case VALUE_TRUE, VALUE_FALSE -> Messages.text("json.a.boolean");
      case VALUE_NULL -> "null";
      default -> String.valueOf(t);
    };
  }
}
