package fr.raquette.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.raquette.io.DataException;
import fr.raquette.io.Problems;
import fr.raquette.io.TextFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Geometry;

/**
 * An ASCII file is parsed from its bytes ({@link OutlinesReader#read(TextFile, String, Problems)});
 * its oracle is the reading of its text ({@link OutlinesReader#readText}). Both must give the same
 * outlines, names, counts, problems (lines and columns included) and errors.
 */
@fr.raquette.i18n.InEnglish
class OutlinesAsciiAgreeTest {
  private static final String HEAD = "{\"type\":\"FeatureCollection\",\"features\":[\n";

  private static String feature(String code, String geometry) {
    return "{\"type\":\"Feature\",\"properties\":{\"code\":"
        + code
        + "},\"geometry\":"
        + geometry
        + "}";
  }

  private static final String SQUARE =
      "{\"type\":\"Polygon\",\"coordinates\":[[[2.0,46.0],[2.1,46.0],[2.1,46.1],[2.0,46.1],[2.0,46.0]]]}";

  /** Texts that go through every way of the reader: streamed, left to the tree, refused, broken. */
  static Stream<String> texts() {
    return Stream.of(
        HEAD + feature("\"23001\"", SQUARE) + "\n]}\n",
        // The coordinates before the type: read again as a tree, from an offset into the bytes.
        HEAD
            + feature("\"23001\"", SQUARE)
            + ",\r\n"
            + feature(
                "\"23002\"",
                "{\"coordinates\":[[[2.2,46.0],[2.3,46.0],[2.3,46.1],[2.2,46.0]]],\"type\":\"Polygon\"}")
            + ",\r\n"
            + feature(
                "\"23003\"", "{\"type\":\"GeometryCollection\",\"geometries\":[" + SQUARE + "]}")
            + "\r\n]}",
        // Positions with a third number, an integer, a huge integer, a bow tie, a duplicate code.
        HEAD
            + feature(
                "23004",
                "{\"type\":\"Polygon\",\"coordinates\":[[[2,46,1],[3,46,2],[3,47],[2,47],[2,46]]]}")
            + ",\n  "
            + feature(
                "\"23005\"",
                "{\"type\":\"Polygon\",\"coordinates\":[[[2,46],[99999999999999999999999,46],[3,47],[2,46]]]}")
            + ",\n"
            + feature(
                "\"23008\"",
                "{\"type\":\"Polygon\",\"coordinates\":[[[2,46,99999999999999999999999],[3,46],[3,47],[2,46]]]}")
            + ",\n\t"
            + feature(
                "\"23006\"",
                "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}")
            + ",\n"
            + feature("\"23001\"", SQUARE)
            + ","
            + feature("\"23001\"", SQUARE)
            + ",\n"
            + feature("null", SQUARE)
            + ",\n7,\n"
            + feature("\"23007\"", "{\"type\":\"Point\",\"coordinates\":[2,46]}")
            + "\n]}",
        // One feature, not a collection, after blanks.
        "  \n" + feature("\"23001\"", SQUARE),
        // Broken: Jackson's messages are the text parser's.
        HEAD
            + feature("\"23001\"", SQUARE)
            + ",\n"
            + feature("\"23002\"", "null")
            + ",\n{\"type\":",
        HEAD + feature("\"23001\"", SQUARE) + "\n" + feature("\"23002\"", SQUARE) + "]}",
        HEAD + feature("\"23001\"", "{\"type\":\"Polygon\",\"coordinates\":[[[2.0,46.0],[2.1,]]]}"),
        "{\"type\":\"FeatureCollection\",\"features\":[]} {}",
        "[1, 2]",
        " \n");
  }

  @ParameterizedTest
  @MethodSource("texts")
  void bytesAndTextAgreeOnSmallFiles(String json) {
    TextFile f = TextFile.decode("f.geojson", json.getBytes(StandardCharsets.US_ASCII));
    assertNotNull(f.ascii(), "an ASCII file keeps its bytes");
    assertEquals(outcome(f, true), outcome(f, false));
  }

  @Test
  void bytesAndTextAgreeOnEveryFixture() throws IOException {
    List<Path> fixtures;
    try (Stream<Path> s = Files.list(Path.of("src/test/resources/geo"))) {
      fixtures = s.filter(p -> p.toString().endsWith(".geojson")).sorted().toList();
    }
    int ascii = 0;
    for (Path p : fixtures) {
      TextFile f = TextFile.decode(p.getFileName().toString(), Files.readAllBytes(p));
      if (f.ascii() != null) { // the others are read as text only
        assertEquals(outcome(f, false), outcome(f, true), p.toString());
        ascii++;
      }
    }
    assertTrue(ascii >= 10, ascii + " of " + fixtures);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"23-creuse/communes-23-creuse.geojson", "69-rhone/communes-69-rhone.geojson"})
  void bytesAndTextAgreeOnRealOutlines(String name) throws IOException {
    Path file = Path.of("../../shared/open-data").resolve(name);
    Assumptions.assumeTrue(Files.isRegularFile(file), "the real data is not beside the project");
    TextFile f = TextFile.read(file, name);
    assertNotNull(f.ascii(), name);
    assertEquals(outcome(f, false), outcome(f, true));
  }

  /** What a reading gives, as text: the error, or the problems and every outline exactly. */
  private static List<String> outcome(TextFile f, boolean fromBytes) {
    Problems problems = new Problems();
    List<String> out = new ArrayList<>();
    if (fromBytes && jacksonStops(f)) {
      out.add("Jackson stopped"); // then read as text, which must stop on invalid JSON too
    }
    try {
      Outlines o =
          fromBytes
              ? OutlinesReader.read(f, null, problems)
              : OutlinesReader.readText(f.displayName(), f.text(), null, problems);
      out.add(o.codeProperty() + " " + o.features() + " " + o.skipped() + " " + o.names());
      for (Map.Entry<String, Geometry> e : o.byCode().entrySet()) {
        // WKB-exact: the text of every ordinate as a double, in order.
        out.add(e.getKey() + " " + e.getValue().getGeometryType() + " " + ordinates(e.getValue()));
      }
    } catch (DataException e) {
      if (!fromBytes && e.getMessage().contains(": invalid JSON: ")) {
        out.add("Jackson stopped");
      }
      out.add("error " + e.getMessage());
    }
    problems.sorted().forEach(p -> out.add(p.toString()));
    return out;
  }

  private static boolean jacksonStops(TextFile f) {
    try {
      return OutlinesReader.readAscii(f.displayName(), f.ascii(), null, new Problems()) == null;
    } catch (DataException e) {
      return false;
    }
  }

  private static String ordinates(Geometry g) {
    StringBuilder sb = new StringBuilder();
    for (org.locationtech.jts.geom.Coordinate c : g.getCoordinates()) {
      sb.append(Double.doubleToLongBits(c.x)).append(',').append(Double.doubleToLongBits(c.y));
      sb.append(' ');
    }
    return Integer.toHexString(sb.toString().hashCode()) + ":" + g.getNumPoints();
  }
}
