package fr.raquette.geo;

import static fr.raquette.geo.GeoFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.raquette.io.DataException;
import fr.raquette.io.Problem;
import fr.raquette.io.Problems;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The features of a collection are read one at a time, never as one JSON tree. */
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
}
