package fr.raquette.geo;

import static fr.raquette.geo.GeoFixtures.fixture;
import static fr.raquette.geo.GeoFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.raquette.io.DataException;
import fr.raquette.io.Problem;
import fr.raquette.io.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

@fr.raquette.i18n.InEnglish
class OutlinesReaderTest {
  private static Outlines read(String fixture, Problems problems) {
    return OutlinesReader.read(fixture(fixture), null, problems);
  }

  private static List<String> messages(Problems problems) {
    return problems.sorted().stream().map(Problem::toString).toList();
  }

  @Test
  void readsAFeatureCollection() {
    Problems problems = new Problems();
    Outlines o = read("collection.geojson", problems);
    assertEquals(List.of("23001", "23149"), List.copyOf(o.byCode().keySet()));
    assertEquals("Lépinas", o.names().get("23149"));
    assertEquals("code", o.codeProperty());
    assertEquals(2, o.features());
    assertEquals(0, o.skipped());
    assertInstanceOf(Polygon.class, o.byCode().get("23149"));
    assertInstanceOf(MultiPolygon.class, o.byCode().get("23001"));
    assertEquals(0.01, o.byCode().get("23149").getArea(), 1e-12);
    assertFalse(o.isDepartementOutline());
    assertEquals(List.of(), messages(problems));
  }

  @Test
  void readsASingleDepartementFeature() {
    Outlines o = read("departement.geojson", new Problems());
    assertEquals(List.of("23"), List.copyOf(o.byCode().keySet()));
    assertEquals("Creuse", o.names().get("23"));
    assertEquals(1, o.features());
    assertTrue(o.isDepartementOutline());
  }

  @Test
  void readsFromAPath(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("communes.geojson");
    Files.writeString(file, fixture("collection.geojson").text());
    Outlines o = OutlinesReader.read(file, "communes.geojson", null, new Problems());
    assertEquals(2, o.byCode().size());
  }

  @Test
  void detectsInseeComAndNomCom() {
    Outlines o = read("insee-com.geojson", new Problems());
    assertEquals("INSEE_COM", o.codeProperty());
    assertEquals(List.of("23149"), List.copyOf(o.byCode().keySet()));
    assertEquals("Lépinas", o.names().get("23149"));
  }

  @Test
  void padsANumericCodeWithAWarningNamingTheFeature() {
    Problems problems = new Problems();
    Outlines o = read("numeric-code.geojson", problems);
    assertEquals("codgeo", o.codeProperty());
    assertEquals(List.of("01001", "23149"), List.copyOf(o.byCode().keySet()));
    assertEquals("L'Abergement-Clémenciat", o.names().get("01001"));
    assertEquals(
        List.of(
            "numeric-code.geojson:2:1: feature #1: \"codgeo\" is the number 1001, read as the code"
                + " \"01001\" (codes are text; a leading zero was lost)"),
        messages(problems));
  }

  @Test
  void usesAnExplicitCodePropertyWhateverItsCase() {
    Outlines o = OutlinesReader.read(fixture("other-code.geojson"), "NUM_COMMUNE", new Problems());
    assertEquals("num_commune", o.codeProperty());
    assertEquals(List.of("23149"), List.copyOf(o.byCode().keySet()));
  }

  @Test
  void failsWhenNoCodePropertyIsFound() {
    DataException e =
        assertThrows(
            DataException.class,
            () -> OutlinesReader.read(fixture("other-code.geojson"), null, new Problems()));
    assertTrue(e.getMessage().contains("no commune code property found"), e.getMessage());
    assertTrue(e.getMessage().contains("the properties id, num_commune"), e.getMessage());
    assertTrue(e.getMessage().contains("champ_code"), e.getMessage());
  }

  @Test
  void failsWhenTheExplicitCodePropertyIsNowhere() {
    DataException e =
        assertThrows(
            DataException.class,
            () -> OutlinesReader.read(fixture("collection.geojson"), "insee", new Problems()));
    assertTrue(e.getMessage().contains("no feature has the property \"insee\""), e.getMessage());
  }

  @Test
  void invalidJsonGivesLineAndColumn() {
    DataException e =
        assertThrows(DataException.class, () -> read("invalid-json.geojson", new Problems()));
    Problem p = e.problem();
    assertEquals("invalid-json.geojson", p.file());
    assertEquals(3, p.line());
    // The "[" after the missing comma.
    assertEquals(86, p.column());
    assertTrue(p.message().startsWith("invalid JSON: "), p.message());
  }

  @Test
  void truncatedJsonIsInvalid() {
    DataException e =
        assertThrows(
            DataException.class,
            () ->
                OutlinesReader.read(
                    text("cut.geojson", "{\"type\":\"FeatureCollection\",\"features\":[\n{"),
                    null,
                    new Problems()));
    assertEquals(2, e.problem().line());
    assertTrue(e.getMessage().contains("invalid JSON"), e.getMessage());
  }

  @Test
  void refusesWhatIsNeitherACollectionNorAFeature() {
    DataException bare =
        assertThrows(DataException.class, () -> read("bare-polygon.geojson", new Problems()));
    assertEquals(
        "bare-polygon.geojson:1:9: GeoJSON type \"Polygon\": expected a FeatureCollection or a"
            + " Feature (a bare geometry has no properties, so no commune code)",
        bare.getMessage());
    DataException array =
        assertThrows(
            DataException.class,
            () -> OutlinesReader.read(text("array.json", "[1, 2]"), null, new Problems()));
    assertTrue(array.getMessage().contains("found an array"), array.getMessage());
    DataException empty =
        assertThrows(
            DataException.class,
            () -> OutlinesReader.read(text("empty.json", " \n"), null, new Problems()));
    assertTrue(empty.getMessage().contains("the file is empty"), empty.getMessage());
    DataException trailing =
        assertThrows(
            DataException.class,
            () ->
                OutlinesReader.read(
                    text("two.json", "{\"type\":\"FeatureCollection\",\"features\":[]} {}"),
                    null,
                    new Problems()));
    assertTrue(trailing.getMessage().contains("unexpected content"), trailing.getMessage());
  }

  @Test
  void skipsAndCountsAFeatureWithoutCode() {
    Problems problems = new Problems();
    Outlines o = read("missing-code.geojson", problems);
    assertEquals(List.of("23001", "23149"), List.copyOf(o.byCode().keySet()));
    assertEquals(3, o.features());
    assertEquals(1, o.skipped());
    assertEquals(
        List.of("missing-code.geojson:3:1: feature #2 has no \"code\": skipped"),
        messages(problems));
  }

  @Test
  void strictProblemsStopAtTheFirstWarning() {
    assertThrows(DataException.class, () -> read("missing-code.geojson", new Problems(true)));
  }

  @Test
  void mergesTheOutlinesOfADuplicatedCode() {
    Problems problems = new Problems();
    Outlines o = read("duplicate.geojson", problems);
    Geometry g = o.byCode().get("23149");
    assertInstanceOf(Polygon.class, g);
    assertEquals(0.02, g.getArea(), 1e-12);
    assertEquals(new Envelope(1.9, 2.1, 46.1, 46.2), g.getEnvelopeInternal());
    assertEquals("Lépinas", o.names().get("23149"));
    assertEquals(
        List.of(
            "duplicate.geojson:3:1: feature #2 (code 23149): the code appears in an earlier"
                + " feature; the two outlines are merged"),
        messages(problems));
  }

  @Test
  void skipsNullEmptyNonPolygonalAndMalformedGeometries() {
    Problems problems = new Problems();
    Outlines o = read("bad-geometries.geojson", problems);
    assertEquals(List.of("23149"), List.copyOf(o.byCode().keySet()));
    assertEquals(5, o.features());
    assertEquals(4, o.skipped());
    assertEquals(
        List.of(
            "bad-geometries.geojson:2:1: feature #1 (code 23001) has no geometry (null): skipped",
            "bad-geometries.geojson:3:1: feature #2 (code 23002) has an empty geometry: skipped",
            "bad-geometries.geojson:4:1: feature #3 (code 23003): the geometry is a Point, not a"
                + " polygon: skipped",
            "bad-geometries.geojson:5:1: feature #4 (code 23004): malformed coordinates (a"
                + " position is not [longitude, latitude]: [2.0,\"46.1\"]): skipped"),
        messages(problems));
  }

  @Test
  void repairsASelfIntersectingBowTie() {
    Problems problems = new Problems();
    Outlines o = read("bow-tie.geojson", problems);
    Geometry g = o.byCode().get("23149");
    assertTrue(g.isValid());
    // The two triangles of the bow tie, 0.01 square degrees each.
    assertEquals(0.02, g.getArea(), 1e-9);
    assertEquals(
        List.of(
            "bow-tie.geojson:2:1: feature #1 (code 23149): invalid outline (Self-intersection"
                + " near (2.10000, 46.10000)): repaired"),
        messages(problems));
  }

  @Test
  void reprojectsLambert93WithAWarning() {
    Problems problems = new Problems();
    Outlines o = read("lambert93.geojson", problems);
    Envelope env = o.byCode().get("03001").getEnvelopeInternal();
    // A 2 km square around the Lambert-93 origin (3°E, 46.5°N).
    assertEquals(3.0, env.centre().x, 1e-3);
    assertEquals(46.5, env.centre().y, 1e-3);
    assertEquals(0.018, env.getHeight(), 1e-3);
    List<String> messages = messages(problems);
    assertEquals(1, messages.size());
    assertTrue(
        messages
            .get(0)
            .startsWith("lambert93.geojson:2:1: 1 feature(s) have coordinates in metres"),
        messages.get(0));
    assertTrue(messages.get(0).contains("reprojected from EPSG:2154 to WGS84"), messages.get(0));
  }

  @Test
  void refusesOtherProjectedCoordinates() {
    DataException e =
        assertThrows(DataException.class, () -> read("web-mercator.geojson", new Problems()));
    assertEquals(2, e.problem().line());
    assertTrue(e.getMessage().contains("the file seems projected"), e.getMessage());
    assertTrue(e.getMessage().contains("not in Lambert-93 (EPSG:2154)"), e.getMessage());
  }

  @Test
  void refusesADeclaredCoordinateSystemOtherThanWgs84OrLambert93() {
    DataException e =
        assertThrows(DataException.class, () -> read("web-mercator-crs.geojson", new Problems()));
    assertEquals(1, e.problem().line());
    assertTrue(e.getMessage().contains("urn:ogc:def:crs:EPSG::3857"), e.getMessage());
  }

  @Test
  void swapsLatitudeLongitudeBackOnlyWhereSwappedMakesSense() {
    Problems problems = new Problems();
    Outlines o = read("swapped.geojson", problems);
    assertEquals(new Envelope(1.9, 2.0, 46.1, 46.2), o.byCode().get("23149").getEnvelopeInternal());
    // Réunion, written the right way, stays where it is.
    assertEquals(
        new Envelope(55.4, 55.5, -21.2, -21.1), o.byCode().get("97411").getEnvelopeInternal());
    assertEquals(
        List.of(
            "swapped.geojson:2:1: 1 feature(s) have [latitude, longitude] instead of [longitude,"
                + " latitude] (they only fall in France swapped): swapped back"),
        messages(problems));
  }

  @Test
  void listsTheFirstWarningsOfAKindThenCountsTheRest() {
    StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[\n");
    for (int i = 0; i < 25; i++) {
      json.append(i == 0 ? "" : ",\n")
          .append("{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"code\":\"230")
          .append(String.format("%02d", i))
          .append("\"}}");
    }
    json.append("\n]}");
    Problems problems = new Problems();
    Outlines o = OutlinesReader.read(text("many.geojson", json.toString()), null, problems);
    assertEquals(25, o.skipped());
    assertEquals(21, problems.count(Problem.Severity.WARNING));
    assertEquals(
        "many.geojson: 5 more warning(s) like the first 20 of kind \"no-geometry\" were not listed"
            + " one by one",
        messages(problems).get(0));
  }

  @Test
  void anEmptyCollectionIsAWarning() {
    Problems problems = new Problems();
    Outlines o =
        OutlinesReader.read(
            text("none.geojson", "{\"features\":[],\"type\":\"FeatureCollection\"}"),
            null,
            problems);
    assertTrue(o.byCode().isEmpty());
    assertNull(o.codeProperty());
    assertEquals(List.of("none.geojson: the file holds no feature"), messages(problems));
  }

  @Test
  void manyFeaturesSharingACodeAreUnitedOnceNotOneByOne() {
    // 4,000 squares of one commune in a row: one union at the end, not 4,000 growing ones.
    StringBuilder json = new StringBuilder("{\"type\": \"FeatureCollection\", \"features\": [");
    int n = 4000;
    for (int i = 0; i < n; i++) {
      double x = 2 + i * 0.001;
      json.append(i == 0 ? "" : ",")
          .append("{\"type\": \"Feature\", \"properties\": {\"code\": \"23001\"},")
          .append(" \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[")
          .append(x)
          .append(", 46.0], [")
          .append(x + 0.001)
          .append(", 46.0], [")
          .append(x + 0.001)
          .append(", 46.001], [")
          .append(x)
          .append(", 46.001], [")
          .append(x)
          .append(", 46.0]]]}}");
    }
    json.append("]}");
    Problems problems = new Problems();
    Outlines o =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(20),
            () ->
                OutlinesReader.read(
                    fr.raquette.io.TextFile.decode(
                        "many.geojson",
                        json.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    null,
                    problems));
    assertEquals(1, o.byCode().size());
    assertEquals(n * 1e-6, o.byCode().get("23001").getArea(), 1e-9);
  }
}
