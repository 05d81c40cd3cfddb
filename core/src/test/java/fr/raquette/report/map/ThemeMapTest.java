package fr.raquette.report.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.raquette.access.DistanceBands;
import fr.raquette.analysis.Classification;
import fr.raquette.analysis.Diagnosis;
import fr.raquette.analysis.DiagnosisOptions;
import fr.raquette.analysis.Indicator;
import fr.raquette.analysis.ThemeResult;
import fr.raquette.report.Text;
import fr.raquette.territory.Actor;
import fr.raquette.territory.Commune;
import fr.raquette.territory.GeoPoint;
import fr.raquette.territory.InputFile;
import fr.raquette.territory.Role;
import fr.raquette.territory.Territory;
import fr.raquette.themes.TargetPopulation;
import fr.raquette.themes.Theme;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class ThemeMapTest {
  static final Text FR = new Text(Locale.FRENCH);
  static final Text EN = new Text(Locale.ENGLISH);
  static final Path GOLDEN = Path.of("src", "test", "resources", "map");

  /**
   * Three 0.1° squares in a row near Guéret: a gap, a weak answer and a covered commune, with BPE
   * equipment in the covered one and one actor of the theme.
   */
  static Diagnosis tiny() {
    return tiny("Mini");
  }

  static Diagnosis tiny(String name) {
    GeometryFactory gf = new GeometryFactory();
    SortedMap<String, Commune> communes = new TreeMap<>();
    SortedMap<String, Geometry> outlines = new TreeMap<>();
    SortedMap<String, GeoPoint> anchors = new TreeMap<>();
    String[] names = {"Alpha", "Bêta & Co", "Gamma"};
    for (int i = 0; i < 3; i++) {
      String code = "2300" + (i + 1);
      double x0 = 1.8 + 0.1 * i;
      double y0 = 46.1;
      communes.put(
          code, new Commune(code, names[i], "23", "75", "", "", 1000L * (i + 1), Map.of()));
      outlines.put(
          code,
          gf.createPolygon(
              new Coordinate[] {
                new Coordinate(x0, y0),
                new Coordinate(x0 + 0.1, y0),
                new Coordinate(x0 + 0.1, y0 + 0.1),
                new Coordinate(x0, y0 + 0.1),
                new Coordinate(x0, y0)
              }));
      anchors.put(code, new GeoPoint(x0 + 0.05, y0 + 0.05));
    }
    Actor actor =
        new Actor(
            "acteurs:1",
            "Maison de santé",
            List.of("acteurs"),
            "23002",
            new GeoPoint(1.96, 46.14),
            Actor.Precision.POINT,
            List.of("sante"),
            "association",
            List.of(),
            "",
            "",
            "",
            "",
            "acteurs.csv:2");
    List<InputFile> inputs =
        List.of(
            new InputFile("communes.csv", Role.COMMUNES, "0", 1, "UTF-8", 3, 0),
            new InputFile("contours.geojson", Role.OUTLINES, "0", 1, "UTF-8", 3, 2018),
            new InputFile("bpe.csv", Role.BPE, "0", 1, "UTF-8", 3, 2013),
            new InputFile("acteurs.csv", Role.LOCAL_ACTORS, "0", 1, "UTF-8", 1, 0));
    Territory t =
        new Territory(
            name,
            "2026",
            communes,
            outlines,
            anchors,
            new TreeMap<>(),
            new TreeMap<>(),
            List.of(),
            Map.of(),
            List.of(actor),
            List.of(),
            inputs,
            List.of(),
            List.of(),
            null);
    Theme theme =
        new Theme(
            "sante",
            "Santé",
            "Health",
            "",
            "",
            new TreeMap<>(Map.of(2013, List.of("D201"))),
            List.of(),
            false,
            TargetPopulation.TOTAL,
            DistanceBands.parse("5:1,10:0.68,20:0.22"),
            0,
            0.5);
    List<Indicator> ind =
        List.of(
            indicator("23001", "Alpha", 1000, 0, 0, null, null, Classification.TROU),
            indicator("23002", "Bêta & Co", 2000, 0, 1, 8.0, 0.3, Classification.RENFORCER),
            indicator("23003", "Gamma", 3000, 4, 0, 1.5, 1.2, Classification.COUVERT));
    ThemeResult r = new ThemeResult(theme, true, false, 1.25, 4, 1, List.of("D201"), ind);
    return new Diagnosis(t, DiagnosisOptions.defaults(), List.of(r), List.of());
  }

  static Indicator indicator(
      String code,
      String name,
      long pop,
      double equipment,
      int actors,
      Double score,
      Double ratio,
      Classification c) {
    return new Indicator(
        code,
        name,
        "sante",
        pop,
        null,
        equipment,
        actors,
        equipment > 0 || actors > 0 ? 0.0 : 9.0,
        "Gamma",
        "Médecin",
        score,
        ratio,
        0,
        0,
        false,
        c,
        c.isGap() ? 100 : 0);
  }

  static void golden(String name, String actual) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(file), "no golden file " + file + "; run with -Dgolden.update=true");
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, name);
  }

  @Test
  void tinyThemeMapMatchesGolden() throws IOException {
    Diagnosis d = tiny();
    golden("tiny-sante.svg", ThemeMap.svg(d, d.themes().get(0), FR, MapStyle.defaults()));
  }

  @Test
  void tinyQuantileMapMatchesGolden() throws IOException {
    Diagnosis d = tiny();
    golden(
        "tiny-sante-quantiles.svg", ThemeMap.svg(d, d.themes().get(0), EN, MapStyle.quantiles()));
  }

  @Test
  void tinyOverviewMatchesGolden() throws IOException {
    golden("tiny-overview.svg", ThemeMap.overviewSvg(tiny(), FR));
  }

  @Test
  void svgIsDeterministicAndEscaped() {
    Diagnosis d = tiny();
    String a = ThemeMap.svg(d, d.themes().get(0), FR, MapStyle.defaults());
    String b = ThemeMap.svg(tiny(), tiny().themes().get(0), FR, MapStyle.defaults());
    assertEquals(a, b);
    assertTrue(a.contains("Bêta &amp; Co"));
    assertFalse(a.contains("Bêta & Co"));
    // Legend counts per class, the scale bar and the sources from the inputs' roles.
    assertTrue(a.contains("Trou dans la raquette (1)"), a);
    assertTrue(a.contains("Réponse à renforcer (1)"));
    assertTrue(a.contains("Couvert (1)"));
    assertTrue(a.contains("Non évaluable (0)"));
    assertTrue(a.contains(" km</text>"));
    assertTrue(
        a.contains("Sources : INSEE BPE 2013, INSEE COG 2026 (communes, population), contours des"),
        a);
    assertTrue(a.contains(Palette.TROU) && a.contains(Palette.RENFORCER));
  }

  @Test
  void sourcesFollowRolesAndVintages() {
    String s = ThemeMap.sources(tiny().territory(), FR);
    assertEquals(
        "Sources : INSEE BPE 2013, INSEE COG 2026 (communes, population), contours des communes COG"
            + " 2018, acteurs locaux — réalisation Raquette",
        s);
  }

  @Test
  void pngDecodesAtTwiceTheDrawingSize() throws IOException {
    Diagnosis d = tiny();
    MapDrawing m = ThemeMap.drawing(d, d.themes().get(0), FR, MapStyle.defaults());
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(m.png()));
    assertNotNull(img);
    assertEquals((int) Math.ceil(m.width() * 2), img.getWidth());
    assertEquals((int) Math.ceil(m.height() * 2), img.getHeight());
    // The gap commune is painted in its colour somewhere in the map.
    boolean found = false;
    for (int y = 0; y < img.getHeight() && !found; y += 2) {
      for (int x = 0; x < img.getWidth() / 2 && !found; x += 2) {
        found = (img.getRGB(x, y) & 0xffffff) == 0xb2182b;
      }
    }
    assertTrue(found, "no trou-coloured pixel");
  }

  @Test
  void quantileBreaksUseNearestRank() {
    List<Indicator> ind =
        List.of(
            indicator("1", "a", 1, 1, 0, 1.0, 1.0, Classification.COUVERT),
            indicator("2", "b", 1, 1, 0, 2.0, 1.0, Classification.COUVERT),
            indicator("3", "c", 1, 1, 0, 3.0, 1.0, Classification.COUVERT),
            indicator("4", "d", 1, 1, 0, 4.0, 1.0, Classification.COUVERT),
            indicator("5", "e", 1, 1, 0, 5.0, 1.0, Classification.COUVERT),
            indicator("6", "f", 1, 0, 0, null, null, Classification.TROU));
    ThemeMap.Quintiles q = ThemeMap.Quintiles.of(ind);
    assertEquals(5, q.classes());
    for (int c = 0; c < 5; c++) {
      assertEquals(1, q.count(c));
    }
    assertEquals("≤ 1", q.label(0, FR));
    assertEquals("1 à 2", q.label(1, FR));
    assertEquals("> 4", q.label(4, FR));
    // Ties collapse classes rather than leave empty ones.
    ThemeMap.Quintiles tied =
        ThemeMap.Quintiles.of(
            List.of(
                indicator("1", "a", 1, 1, 0, 2.0, 1.0, Classification.COUVERT),
                indicator("2", "b", 1, 1, 0, 2.0, 1.0, Classification.COUVERT)));
    assertEquals(1, tied.classes());
  }

  @Test
  void wrapKeepsWordsAndWidth() {
    List<String> lines = ThemeMap.wrap("un deux trois quatre cinq six sept", 10, 80);
    assertTrue(lines.size() > 1);
    assertEquals("un deux trois quatre cinq six sept", String.join(" ", lines));
    lines.forEach(l -> assertTrue(l.length() <= 80 / (10 * MapDrawing.EM_ADVANCE), l));
  }

  @Test
  void numbersAreRoundedToOneDecimal() {
    assertEquals("12.3", MapDrawing.num(12.345));
    assertEquals("-0.5", MapDrawing.num(-0.46));
    assertEquals("0", MapDrawing.num(-0.04));
    assertEquals("7", MapDrawing.num(6.999));
  }

  @Test
  void overseasTerritoriesUseTheLocalProjection() {
    GeometryFactory gf = new GeometryFactory();
    Geometry sq =
        gf.createPolygon(
            new Coordinate[] {
              new Coordinate(-61.6, 16.0),
              new Coordinate(-61.5, 16.0),
              new Coordinate(-61.5, 16.1),
              new Coordinate(-61.6, 16.0)
            });
    MapProjection p = MapProjection.of(Map.of("97101", sq));
    assertTrue(p.overseas());
    double[] xy = p.project(-61.5, 16.0);
    assertEquals(-61.5 * Math.cos(Math.toRadians(16.05)), xy[0], 1e-9);
    assertEquals(16.0, xy[1], 1e-9);
    assertEquals("971", MapProjection.zone("97101"));
    assertEquals(MapProjection.METRO, MapProjection.zone("2A004"));
  }

  /** {@link #tiny()} with other outlines, names and perimeter. */
  static Diagnosis variant(Map<String, Geometry> extra, java.util.SortedSet<String> perimeter) {
    Diagnosis d = tiny();
    Territory t = d.territory();
    SortedMap<String, Commune> communes = new TreeMap<>(t.communes());
    SortedMap<String, Geometry> outlines = new TreeMap<>(t.outlines());
    SortedMap<String, GeoPoint> anchors = new TreeMap<>(t.anchors());
    extra.forEach(
        (code, g) -> {
          communes.put(
              code,
              new Commune(
                  code, "Ville " + code, code.substring(0, 3), "01", "", "", 500, Map.of()));
          outlines.put(code, g);
          anchors.put(code, new GeoPoint(g.getInteriorPoint().getX(), g.getInteriorPoint().getY()));
        });
    Territory u =
        new Territory(
            "",
            t.cogYear(),
            communes,
            outlines,
            anchors,
            t.equipment(),
            t.equipmentVintage(),
            t.equipmentPoints(),
            t.bpeLabels(),
            t.actors(),
            t.needs(),
            t.inputs(),
            t.cogChanges(),
            t.problems(),
            perimeter);
    return new Diagnosis(u, d.options(), d.themes(), d.gaps());
  }

  static Geometry square(double x0, double y0, double side) {
    GeometryFactory gf = new GeometryFactory();
    return gf.createPolygon(
        new Coordinate[] {
          new Coordinate(x0, y0),
          new Coordinate(x0 + side, y0),
          new Coordinate(x0 + side, y0 + side),
          new Coordinate(x0, y0 + side),
          new Coordinate(x0, y0)
        });
  }

  @Test
  void overseasCommunesOfAMapOfFranceGetTheirInset() {
    Diagnosis d = variant(Map.of("97101", square(-61.6, 16.0, 0.1)), null);
    String svg = ThemeMap.overviewSvg(d, FR);
    // The Guadeloupe commune is drawn, in its own framed inset, named under it.
    assertTrue(svg.contains("<path id=\"b97101\""), svg);
    assertTrue(svg.contains(">Guadeloupe</text>"), svg);
    Basemap b = ThemeMap.overviewDrawing(d, FR).base();
    assertEquals(2, b.panels.size());
    Basemap.Panel inset = b.panels.get(1);
    assertEquals("971", inset.zone());
    double[] p = b.point(new GeoPoint(-61.55, 16.05));
    assertTrue(p[0] >= inset.left() && p[0] <= inset.left() + inset.width(), "in the inset");
    assertTrue(p[1] >= inset.top() && p[1] <= inset.top() + inset.height(), "in the inset");
    assertEquals(0, b.undrawn());
  }

  @Test
  void theContextRingIsGreyAndNotCounted() {
    Diagnosis d = variant(Map.of(), new java.util.TreeSet<>(List.of("23001", "23002")));
    String svg = ThemeMap.overviewSvg(d, FR);
    assertTrue(svg.contains("<use href=\"#b-r\" fill=\"" + Palette.CONTEXT + "\""), svg);
    // The legend wraps its label: the words, then the count.
    assertTrue(svg.contains("Hors périmètre (contexte)") && svg.contains(">(1)<"), svg);
    assertFalse(svg.contains("<path id=\"b23003\""), "the ring is one shape");
    // Two communes of the perimeter in the overview's legend (a gap each), none of the ring.
    assertTrue(svg.contains(">1 (2)<"), svg);
    // Named after its communes (the département of the perimeter), not a folder.
    assertTrue(svg.contains("— Creuse</title>"), svg);
  }

  @Test
  void townsAreNamedWithoutOverlapsInsideTheMap() {
    Diagnosis d = tiny();
    Basemap b = ThemeMap.overviewDrawing(d, FR).base();
    assertEquals(
        List.of("Gamma", "Bêta & Co", "Alpha"), b.towns.stream().map(Basemap.Town::name).toList());
  }

  @Test
  void styleOptionsAreValidated() {
    assertEquals(MapStyle.Fill.QUANTILES, MapStyle.parse("quantiles").fill());
    assertEquals(MapStyle.Fill.CLASSES, MapStyle.parse("classes").fill());
    assertThrows(IllegalArgumentException.class, () -> MapStyle.parse("rainbow"));
    assertThrows(
        IllegalArgumentException.class, () -> new MapStyle(MapStyle.Fill.CLASSES, 10, false));
  }

  @Test
  void theMapsOfAReportShareOneBasemap() {
    Diagnosis d = tiny();
    Basemaps bases = new Basemaps();
    MapDrawing overview = ThemeMap.overviewDrawing(d, FR, bases);
    MapDrawing theme = ThemeMap.drawing(d, d.themes().get(0), FR, MapStyle.defaults(), bases);
    MapDrawing quantiles = ThemeMap.drawing(d, d.themes().get(0), FR, MapStyle.quantiles(), bases);
    assertSame(overview.base(), theme.base(), "built once, shared");
    assertSame(overview.base(), quantiles.base());
    assertNotSame(
        overview.base(), ThemeMap.overviewDrawing(d, FR).base(), "a report of its own, a basemap");
    assertEquals(overview.svg(), ThemeMap.overviewDrawing(d, FR).svg(), "and the same drawing");
  }

  /** The basemap's chunks are each simplified once, neighbours dealt to different runs. */
  @Test
  void chunksAreDealtOnceEachEveryStrideFirst() {
    for (int n : new int[] {0, 1, 15, 16, 17, 100}) {
      int[] order = Basemap.dealt(n);
      assertArrayEquals(
          java.util.stream.IntStream.range(0, n).toArray(),
          java.util.stream.IntStream.of(order).sorted().toArray(),
          "n = " + n);
    }
    int[] order = Basemap.dealt(33);
    assertArrayEquals(new int[] {0, 16, 32, 1, 17, 2, 18}, java.util.Arrays.copyOf(order, 7));
  }

  /** Maps drawn at once on several threads wait for the basemap the first one builds. */
  @Test
  void mapsDrawnAtOnceShareTheBasemapBuiltFirst() throws Exception {
    Diagnosis d = tiny();
    Basemaps bases = new Basemaps();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<MapDrawing>> maps = new java.util.ArrayList<>();
      for (int i = 0; i < 4; i++) {
        maps.add(
            pool.submit(
                () -> {
                  start.await();
                  return ThemeMap.drawing(d, d.themes().get(0), FR, MapStyle.defaults(), bases);
                }));
      }
      start.countDown();
      for (java.util.concurrent.Future<MapDrawing> m : maps) {
        assertSame(maps.get(0).get().base(), m.get().base(), "built once, shared");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * A title on two lines puts the basemap lower: the HTML page must not give that map the shapes of
   * the others. Whatever the titles, each map inlined in a page draws the shapes its standalone SVG
   * draws, and one basemap is written for all the maps that share it.
   */
  @Test
  void everyInlinedMapDrawsItsOwnShapes() throws IOException {
    for (String name : List.of("Mini", "Communauté de communes du Pays de la Haute Vallée")) {
      Diagnosis d = tiny(name);
      Basemaps bases = new Basemaps();
      List<MapDrawing> maps =
          List.of(
              ThemeMap.overviewDrawing(d, FR, bases),
              ThemeMap.drawing(d, d.themes().get(0), FR, MapStyle.defaults(), bases),
              ThemeMap.drawing(d, d.themes().get(0), FR, MapStyle.quantiles(), bases));
      StringBuilder page = new StringBuilder();
      MapDrawing.writeSharedDefs(maps, page);
      Map<String, String> pageDefs = defs(page.toString());
      for (MapDrawing m : maps) {
        StringBuilder inline = new StringBuilder();
        m.writeSvg(inline, false);
        Map<String, String> own = defs(m.svg());
        java.util.regex.Matcher use =
            java.util.regex.Pattern.compile("<use href=\"#([^\"]+)\"").matcher(inline);
        int uses = 0;
        while (use.find()) {
          uses++;
          String id = use.group(1);
          assertNotNull(own.get(id), id);
          assertEquals(own.get(id), pageDefs.get(id), name + ": " + m.title() + " #" + id);
        }
        assertTrue(uses > 0, m.title());
      }
      int bases2 = page.toString().split("<svg class=\"basemap\"", -1).length - 1;
      assertEquals(name.equals("Mini") ? 1 : 2, bases2, "one basemap per frame: " + name);
    }
  }

  /** The shapes an SVG text defines, by id. */
  private static Map<String, String> defs(String svg) {
    Map<String, String> out = new TreeMap<>();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "<(path|g) id=\"([^\"]+)\"(.*?)(/>|</g>)", java.util.regex.Pattern.DOTALL)
            .matcher(svg);
    while (m.find()) {
      out.put(m.group(2), m.group(3));
    }
    return out;
  }

  /**
   * Indicators by rank in the drawn perimeter: one walk when both lists are in code order, a hash
   * map otherwise (a code twice: the last one), the same answers either way.
   */
  @Test
  void indicatorsAlignWithThePerimeterInAnyOrder() {
    Indicator a = indicator("23001", "A", 1, 0, 0, null, null, Classification.TROU);
    Indicator b = indicator("23002", "B", 1, 0, 0, null, null, Classification.TROU);
    Indicator c = indicator("23003", "C", 1, 0, 0, null, null, Classification.COUVERT);
    Indicator e = indicator("23006", "E", 1, 0, 0, null, null, Classification.COUVERT);
    Indicator a2 = indicator("23001", "A2", 1, 0, 0, null, null, Classification.COUVERT);
    List<String> sorted = List.of("23001", "23003", "23005");
    record Case(List<String> perimeter, List<Indicator> indicators, List<Indicator> expected) {}
    List<Case> cases =
        List.of(
            new Case(sorted, List.of(a, b, c, e), java.util.Arrays.asList(a, c, null)),
            new Case(sorted, List.of(c, a), java.util.Arrays.asList(a, c, null)),
            new Case(sorted, List.of(a, a2), java.util.Arrays.asList(a2, null, null)),
            new Case(sorted, List.of(), java.util.Arrays.asList(null, null, null)),
            new Case(
                List.of("23001", "23005", "23003"),
                List.of(a, c),
                java.util.Arrays.asList(a, null, c)),
            new Case(List.of("23003", "23001"), List.of(a, c), List.of(c, a)),
            new Case(List.of(), List.of(a), List.of()));
    for (Case k : cases) {
      assertEquals(
          k.expected(),
          java.util.Arrays.asList(ThemeMap.aligned(k.perimeter(), k.indicators())),
          k.toString());
    }
  }
}
