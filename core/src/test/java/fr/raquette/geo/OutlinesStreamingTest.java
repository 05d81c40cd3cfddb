package fr.raquette.geo;

import static fr.raquette.geo.GeoFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.raquette.io.DataException;
import fr.raquette.io.Problem;
import fr.raquette.io.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

/** The features of a collection are read one at a time, never as one JSON tree. */
@fr.raquette.i18n.InEnglish
class OutlinesStreamingTest {
  private static String feature(int i, String geometry) {
    return String.format(
        Locale.ROOT,
        "{\"type\":\"Feature\",\"properties\":{\"code\":\"%05d\"},\"geometry\":%s}",
        i,
        geometry);
  }

  private static String square(int i) {
    double x = -5 + (i % 300) * 0.05;
    double y = 42 + (i / 300) * 0.02;
    return String.format(
        Locale.ROOT,
        "{\"type\":\"Polygon\",\"coordinates\":[[[%.3f,%.3f],[%.3f,%.3f],[%.3f,%.3f],[%.3f,%.3f]]]}",
        x,
        y,
        x + 0.01,
        y,
        x + 0.01,
        y + 0.01,
        x,
        y);
  }

  @Test
  void aFeatureIsHandledBeforeTheRestOfTheFileIsParsed() {
    // Feature #2 is told about although the file breaks after it: it was read on its own.
    String json =
        "{\"type\":\"FeatureCollection\",\"features\":[\n"
            + feature(1, square(1))
            + ",\n"
            + feature(2, "null")
            + ",\n"
            + "{\"type\":\"Feature\",\"properties\":{\"code\":";
    Problems problems = new Problems();
    DataException e =
        assertThrows(
            DataException.class,
            () -> OutlinesReader.read(text("f.geojson", json), null, problems));
    assertTrue(e.getMessage().startsWith("f.geojson:4:"), e.getMessage());
    List<Problem> seen = problems.sorted();
    assertEquals(1, seen.size(), seen.toString());
    assertTrue(seen.get(0).toString().startsWith("f.geojson:3:1: feature #2"), seen.toString());
  }

  @Test
  void manyFeaturesAreAllRead() {
    int n = 60_000;
    StringBuilder sb = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[\n");
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : ",\n").append(feature(i, square(i)));
    }
    sb.append("\n]}\n");
    Problems problems = new Problems();
    Outlines o = OutlinesReader.read(text("big.geojson", sb.toString()), null, problems);
    assertEquals(n, o.byCode().size());
    assertEquals(n, o.features());
    assertEquals(List.of(), problems.sorted());
  }

  private static Outlines readFeatures(List<String> features, Problems problems) {
    String json =
        "{\"type\":\"FeatureCollection\",\"features\":[\n"
            + String.join(",\n", features)
            + "\n]}\n";
    return OutlinesReader.read(text("f.geojson", json), null, problems);
  }

  @Test
  void theSameOutlineWhateverHowItsGeometryIsWritten() {
    // The usual layouts are read straight from the parser; the others (type after the
    // coordinates, an ordinate that is not a number, a collection) are read again as JSON trees.
    // Both readings must give the same outline.
    String ring = "[[2.0,46.0],[2.5,46.0],[2.5,46.5],[2.0,46.0]]";
    List<String> geometries =
        List.of(
            "{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}",
            "{\"coordinates\":[" + ring + "],\"type\":\"Polygon\"}",
            "{\"bbox\":[2,46,2.5,46.5],\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}",
            "{\"type\":\"Polygon\",\"coordinates\":[[[2,46],[2.5,46],[2.5,46.5],[2,46]]]}",
            "{\"type\":\"Polygon\",\"coordinates\":[[[2,46,300],[2.5,46,\"z\"],[2.5,46.5,null],[2,46]]]}",
            "{\"type\":\"MultiPolygon\",\"coordinates\":[[" + ring + "]]}",
            "{\"type\":\"GeometryCollection\",\"geometries\":[{\"type\":\"Polygon\","
                + "\"coordinates\":["
                + ring
                + "]}]}");
    List<String> features = new ArrayList<>();
    for (int i = 0; i < geometries.size(); i++) {
      features.add(feature(i, geometries.get(i)));
    }
    Problems problems = new Problems();
    Outlines o = readFeatures(features, problems);
    assertEquals(List.of(), problems.sorted());
    Geometry polygon = o.byCode().get("00000");
    for (int i = 0; i < geometries.size(); i++) {
      Geometry g = o.byCode().get(String.format(Locale.ROOT, "%05d", i));
      assertTrue(polygon.equalsNorm(g.getGeometryN(0)), geometries.get(i) + " gives " + g);
    }
    assertEquals("Polygon", o.byCode().get("00003").getGeometryType());
    assertEquals("MultiPolygon", o.byCode().get("00005").getGeometryType());
  }

  @Test
  void theLastOfRepeatedMembersWinsAsInAJsonTree() {
    String square = square(1);
    Problems problems = new Problems();
    Outlines o =
        readFeatures(
            List.of(
                "{\"type\":\"Feature\",\"properties\":{\"code\":\"00001\"},"
                    + "\"geometry\":null,\"geometry\":"
                    + square
                    + "}",
                "{\"type\":\"Feature\",\"properties\":{\"code\":\"00002\"},"
                    + "\"geometry\":"
                    + square
                    + ",\"geometry\":null}",
                "{\"type\":\"Feature\",\"properties\":{\"code\":\"00003\"},"
                    + "\"properties\":{\"code\":\"00004\"},\"geometry\":"
                    + square
                    + "}",
                "{\"type\":\"Other\",\"type\":\"Feature\",\"properties\":"
                    + "{\"code\":\"00005\"},\"geometry\":{\"type\":\"Point\",\"type\":"
                    + "\"Polygon\",\"coordinates\":[[[2,46],[2.5,46],[2.5,46.5],[2,46]]]}}"),
            problems);
    assertEquals(List.of("00001", "00004", "00005"), List.copyOf(o.byCode().keySet()));
    assertEquals(
        List.of("f.geojson:3:1: feature #2 (code 00002) has no geometry (null): skipped"),
        problems.sorted().stream().map(Problem::toString).toList());
  }

  @Test
  void malformedCoordinatesAreToldAsBefore() {
    Problems problems = new Problems();
    readFeatures(
        List.of(
            feature(1, "{\"type\":\"Polygon\",\"coordinates\":[[[2,46],[2.5],[2.5,46.5]]]}"),
            feature(2, "{\"type\":\"MultiPolygon\",\"coordinates\":[[[2,46],[2.5,46]]]}"),
            feature(3, "{\"type\":\"Polygon\",\"coordinates\":[[[2,46],[2.5,1e999],[2,47]]]}"),
            feature(4, square(4))),
        problems);
    assertEquals(
        List.of(
            "f.geojson:2:1: feature #1 (code 00001): malformed coordinates (a position is not"
                + " [longitude, latitude]: [2.5]): skipped",
            "f.geojson:3:1: feature #2 (code 00002): malformed coordinates (position is not an"
                + " array): skipped",
            "f.geojson:4:1: feature #3 (code 00003): malformed coordinates (a position is not"
                + " finite: [2.5,\"Infinity\"]): skipped"),
        problems.sorted().stream().map(Problem::toString).toList());
  }
}
