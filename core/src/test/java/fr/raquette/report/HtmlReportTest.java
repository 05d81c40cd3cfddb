package fr.raquette.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.raquette.analysis.Diagnoser;
import fr.raquette.analysis.Diagnosis;
import fr.raquette.analysis.DiagnosisOptions;
import fr.raquette.analysis.ThemeResult;
import fr.raquette.load.LoadOptions;
import fr.raquette.load.TerritoryLoader;
import fr.raquette.report.map.MapDrawing;
import fr.raquette.report.map.MapStyle;
import fr.raquette.report.map.ThemeMap;
import fr.raquette.territory.Territory;
import fr.raquette.themes.ThemeCatalog;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Maps and the HTML report over the real samples of data-samples/. */
class HtmlReportTest {
  private static final Map<String, Diagnosis> DIAGNOSES = new HashMap<>();

  static synchronized Diagnosis sample(String name) {
    return DIAGNOSES.computeIfAbsent(
        name,
        n -> {
          ThemeCatalog catalog = ThemeCatalog.builtIn();
          Territory t =
              TerritoryLoader.load(
                  Path.of("..", "data-samples", n),
                  new LoadOptions(false, catalog::resolveThemeId, null));
          return Diagnoser.run(t, catalog, DiagnosisOptions.defaults());
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"creuse", "rhone"})
  void samplesRenderEveryMapAndAnOfflineReport(String name) throws Exception {
    Diagnosis d = sample(name);
    Text x = new Text(Locale.FRENCH);
    Map<MapId, MapDrawing> maps = new TreeMap<>();
    maps.put(MapId.OVERVIEW, ThemeMap.overviewDrawing(d, x));
    for (ThemeResult r : d.themes()) {
      MapDrawing m = ThemeMap.drawing(d, r, x, MapStyle.defaults());
      String s = m.svg();
      assertTrue(s.startsWith("<svg ") && s.endsWith("</svg>\n"), r.theme().id());
      // Every commune of the perimeter is drawn once, with its tooltip, from the shared shapes;
      // the samples' context ring is one grey shape, not reported on.
      int perimeter = d.territory().perimeterCommunes().size();
      assertEquals(perimeter, matches(s, "<use href=\"#b\\w+\"><title>"), name);
      assertEquals(perimeter, matches(s, "<path id=\"b\\w+\""), name);
      assertEquals(d.territory().hasRing() ? 1 : 0, count(s, "<use href=\"#b-r\""), name);
      assertEquals(s, ThemeMap.svg(d, r, x, MapStyle.defaults()), "deterministic");
      assertTrue(ThemeMap.svg(d, r, x, MapStyle.quantiles()).contains("quintiles"));
      maps.put(MapId.theme(r.theme().id()), m);
    }
    String html = HtmlReport.render(d, x, "0.1.0-test", maps);
    // The communes' shapes are written once for all the maps of the page.
    int perimeter = d.territory().perimeterCommunes().size();
    assertEquals(perimeter, matches(html, "<path id=\"b\\w+\""));
    assertEquals(
        (d.themes().size() + 1) * perimeter, matches(html, "<use href=\"#b\\w+\"><title>"));
    assertEquals(d.themes().size() + 1, count(html, "<use href=\"#b-o\"/>"), "town names");
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertFalse(html.contains("http://"), "no network reference");
    assertFalse(html.contains("https://"), "no network reference");
    assertFalse(Pattern.compile("<(script|link|img)[^>]*(src|href)=").matcher(html).find());
    assertEquals(d.themes().size() + 2, count(html, "<svg"));
    assertEquals(d.themes().size(), count(html, "<section class=\"theme\""));
    assertTrue(html.contains("<h2>Synthèse</h2>"));
    assertTrue(html.contains("break-before: page"));
    assertTrue(html.contains("<table class=\"sortable\">"));
    // Every table row has as many cells as its header.
    Matcher t = Pattern.compile("<table[^>]*>(.*?)</table>", Pattern.DOTALL).matcher(html);
    while (t.find()) {
      String table = t.group(1);
      // The printed-only caption row, one cell across the table, is not a column.
      String header =
          table
              .substring(0, table.indexOf("</thead>"))
              .replaceAll("<tr class=\"tcap\">.*?</tr>", "");
      int head = count(header, "<th>") + count(header, "<th ");
      for (String row : table.substring(table.indexOf("<tbody>")).split("</tr>")) {
        if (row.contains("<td")) {
          assertEquals(head, count(row, "<td"), row);
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"creuse", "rhone"})
  void samplePngsDecode(String name) throws Exception {
    Diagnosis d = sample(name);
    MapDrawing m = ThemeMap.overviewDrawing(d, new Text(Locale.ENGLISH));
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(m.png(1)));
    assertNotNull(img);
    assertEquals((int) Math.ceil(m.width()), img.getWidth());
    assertEquals((int) Math.ceil(m.height()), img.getHeight());
  }

  static int matches(String s, String regex) {
    Matcher m = Pattern.compile(regex).matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + what.length())) {
      n++;
    }
    return n;
  }

  @org.junit.jupiter.api.Test
  void communesCoveredOnlyBecauseUnderTheThresholdDoNotLookServed() {
    Diagnosis d = sample("creuse");
    // Since baskets, no element of the Creuse sample leaves a small commune without supply in
    // reach (Logement is judged by département): the first theme that has such communes, if any.
    ThemeResult logement = null;
    long below = 0;
    for (ThemeResult r : d.themes()) {
      long n =
          r.indicators().stream()
              .filter(
                  i ->
                      i.classification() == fr.raquette.analysis.Classification.COUVERT
                          && i.score() == null)
              .count();
      if (n > 0) {
        logement = r;
        below = n;
        break;
      }
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(
        below > 0, "no commune covered only because under the threshold in the Creuse sample");
    assertTrue(
        below > 0,
        "Creuse has small communes with no station in reach (logement is judged by département)");
    String svg = ThemeMap.svg(d, logement, new Text(Locale.FRENCH), MapStyle.defaults());
    // Their own hatched legend entry, with their count, and "Couvert" counts the others only.
    // The legend wraps long labels over several lines: check its words and its count apart.
    assertTrue(svg.contains("Couvert sans offre à portée"), "legend entry");
    assertTrue(svg.contains(">(" + below + ")<") || svg.contains(" (" + below + ")<"), "count");
    assertTrue(
        svg.contains(
            "Couvert ("
                + (logement.count(fr.raquette.analysis.Classification.COUVERT) - below)
                + ")"),
        "the plain Couvert entry leaves them out");
  }

  @org.junit.jupiter.api.Test
  void aCreuseMapNamesItsMainTownsAndTheTerritory() {
    Diagnosis d = sample("creuse");
    String svg = ThemeMap.overviewSvg(d, new Text(Locale.FRENCH));
    for (String town : new String[] {"Guéret", "La Souterraine", "Aubusson"}) {
      assertTrue(svg.contains(">" + town + "</text>"), town);
    }
    assertTrue(svg.contains("— Creuse</text>"), "title from the manifest's nom");
    // Without a manifest, the Rhône sample is named after its département, not its folder.
    assertEquals("Rhône", sample("rhone").territory().name());
  }

  @org.junit.jupiter.api.Test
  void areasCountEveryGapOnceAndNameTheWorstCommunes() {
    Diagnosis d = sample("creuse");
    Text x = new Text(Locale.FRENCH);
    assertFalse(Aggregates.applies(d), "256 communes: the report stays commune by commune");
    assertEquals(Aggregates.Level.EPCI, Aggregates.level(d));
    for (ThemeResult r : d.themes()) {
      java.util.List<Aggregates.Row> rows = Aggregates.rows(d, r, Aggregates.Level.EPCI, x);
      assertEquals(
          d.territory().perimeterCommunes().size(),
          rows.stream().mapToLong(Aggregates.Row::communes).sum());
      assertEquals(
          r.count(fr.raquette.analysis.Classification.TROU),
          rows.stream().mapToLong(Aggregates.Row::trous).sum(),
          r.theme().id());
      assertEquals(
          r.count(fr.raquette.analysis.Classification.RENFORCER),
          rows.stream().mapToLong(Aggregates.Row::renforcer).sum());
      for (Aggregates.Row a : rows) {
        assertTrue(a.worst().size() <= Aggregates.WORST);
        assertEquals(a.trous() + a.renforcer() == 0, a.worst().isEmpty(), a.toString());
      }
    }
    // Over all themes, by département: one row, the territory's population at most.
    java.util.List<Aggregates.Row> all = Aggregates.rows(d, null, Aggregates.Level.DEPARTEMENT, x);
    assertEquals(1, all.size());
    assertEquals("Creuse (23)", all.get(0).label());
    assertTrue(all.get(0).population() <= d.territory().totalPopulation());
  }

  @org.junit.jupiter.api.Test
  void printingLeavesCollapsedTablesOutAndRepeatsTheTheme() {
    Diagnosis d = sample("creuse");
    String html = HtmlReport.render(d, new Text(Locale.FRENCH), "t", Map.of());
    assertTrue(html.contains("details { display: none; }"));
    assertFalse(html.contains("beforeprint"), "collapsed tables are not opened to print");
    assertTrue(
        html.contains(
            "<tr class=\"tcap\"><th colspan=\"5\">Santé — Réponses à renforcer</th></tr>"));
    assertEquals(
        d.themes().size(),
        matches(
            html,
            "<p class=\"print-only\">Indicateurs par commune \\(\\d+\\) : voir indicateurs\\.csv\\.</p>"),
        "a line in print instead");
  }
}
