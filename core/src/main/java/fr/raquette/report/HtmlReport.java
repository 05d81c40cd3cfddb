package fr.raquette.report;

import fr.raquette.analysis.Classification;
import fr.raquette.analysis.Diagnosis;
import fr.raquette.analysis.Gap;
import fr.raquette.analysis.Indicator;
import fr.raquette.analysis.ThemeResult;
import fr.raquette.report.map.MapDrawing;
import fr.raquette.report.map.Palette;
import fr.raquette.report.map.XmlText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The diagnosis report as one self-contained HTML file: the text of {@link MarkdownReport}, the
 * overview map in the synthèse, then one section per theme (its map, its gaps and weak answers, the
 * indicators of every commune). Maps are inline SVG, style and the table-sorting script are inline:
 * the file opens offline and fetches nothing. Printing starts each theme on a new page.
 */
public final class HtmlReport {
  /**
   * Rows a table shows at most, so that a national report stays a file a browser opens; the CSV
   * files hold every row.
   */
  static final int MAX_ROWS = 1000;

  private final Diagnosis d;
  private final Text x;
  private final Map<MapId, MapDrawing> maps;
  private final Locale locale;
  private final Utf8Sink out;

  /**
   * A large territory's areas ({@link Aggregates}), null when the report stays commune by commune;
   * and its EPCI, shown beside its départements.
   */
  private final Aggregates areas;

  private final Aggregates epcis;

  /** The text being written, handed to {@link #out} section by section. */
  private final StringBuilder sb = new StringBuilder(512 * 1024);

  private HtmlReport(Diagnosis d, Text x, Map<MapId, MapDrawing> maps, Areas areas, Utf8Sink out) {
    this.d = d;
    this.x = x;
    this.maps = maps;
    this.locale = x.french() ? Locale.FRENCH : Locale.ENGLISH;
    this.out = out;
    this.areas = areas.areas();
    this.epcis = areas.epcis();
  }

  /**
   * A large territory's areas ({@link Aggregates}) and its EPCI beside its départements, with every
   * theme's rows found: the report's longest work but for the maps, which whoever writes the report
   * can have done while the maps are drawn.
   *
   * @param areas null when the report stays commune by commune
   * @param epcis null but beside départements
   */
  record Areas(Aggregates areas, Aggregates epcis) {
    static Areas of(Diagnosis d, Text x) {
      Aggregates areas = Aggregates.applies(d) ? Aggregates.of(d, Aggregates.level(d), x) : null;
      Aggregates epcis =
          areas != null && areas.level() == Aggregates.Level.DEPARTEMENT
              ? Aggregates.of(d, Aggregates.Level.EPCI, x)
              : null;
      for (ThemeResult r : d.themes()) {
        if (areas != null) {
          areas.rows(r);
        }
        if (epcis != null) {
          epcis.rows(r);
        }
      }
      return new Areas(areas, epcis);
    }
  }

  /**
   * @param maps which map → the map, in {@link MapId}'s order; a theme without an entry gets its
   *     section without a map
   */
  public static String render(Diagnosis d, Text x, String version, Map<MapId, MapDrawing> maps) {
    List<MarkdownReport.Section> sections =
        MarkdownReport.rendered(d, x, version, Map.of()).sections();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
    try {
      write(d, x, version, sections, maps, Areas.of(d, x), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not throw
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes the report as UTF-8, as it is produced. The maps share their basemap, written once at
   * the top of the page: each map refers to its communes' shapes rather than repeating them. The
   * stream stays open.
   *
   * @param sections the text of the report ({@link MarkdownReport.Rendered#sections()})
   * @param maps which map → the map, in {@link MapId}'s order
   * @param areas {@link Areas#of} the diagnosis
   */
  static void write(
      Diagnosis d,
      Text x,
      String version,
      List<MarkdownReport.Section> sections,
      Map<MapId, MapDrawing> maps,
      Areas areas,
      OutputStream stream)
      throws IOException {
    Utf8Sink out = new Utf8Sink(stream);
    new HtmlReport(d, x, maps, areas, out).render(version, sections);
    out.flush();
  }

  private void flush() throws IOException {
    out.append(sb);
    sb.setLength(0);
  }

  private void render(String version, List<MarkdownReport.Section> sections) throws IOException {
    MarkdownReport.Section intro = sections.get(0);
    sb.append("<!DOCTYPE html>\n<html lang=\"")
        .append(x.french() ? "fr" : "en")
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"Raquette ")
        .append(esc(version))
        .append("\">\n<title>")
        .append(esc(intro.title()))
        .append("</title>\n<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n<header>\n<h1>")
        .append(esc(intro.title()))
        .append("</h1>\n")
        .append(MarkdownHtml.toHtml(intro.markdown()))
        .append("</header>\n");
    flush();
    List<MapDrawing> drawings = new ArrayList<>(maps.values());
    MapDrawing.writeSharedDefs(drawings, out);
    nav(sections);
    sb.append("<main>\n");
    for (MarkdownReport.Section s : sections.subList(1, sections.size())) {
      if (s.id().equals("methode")) {
        themes();
      }
      sb.append("<section id=\"").append(s.id()).append("\">\n<h2>");
      sb.append(esc(s.title())).append("</h2>\n");
      if (s.id().equals("synthese") && maps.containsKey(MapId.OVERVIEW)) {
        figure(maps.get(MapId.OVERVIEW), MapId.OVERVIEW);
      }
      sb.append(MarkdownHtml.toHtml(s.markdown()));
      sb.append("</section>\n");
    }
    sb.append("</main>\n<script>\n").append(JS).append("</script>\n</body>\n</html>\n");
    flush();
  }

  private void nav(List<MarkdownReport.Section> sections) {
    sb.append("<nav>\n<ul>\n");
    for (MarkdownReport.Section s : sections.subList(1, sections.size())) {
      if (s.id().equals("methode")) {
        sb.append("<li><a href=\"#themes\">")
            .append(esc(x.msg("html.themes.title")))
            .append("</a><ul>\n");
        for (ThemeResult r : d.themes()) {
          sb.append("<li><a href=\"#theme-")
              .append(r.theme().id())
              .append("\">")
              .append(esc(r.theme().label(locale)))
              .append("</a></li>\n");
        }
        sb.append("</ul></li>\n");
      }
      sb.append("<li><a href=\"#")
          .append(s.id())
          .append("\">")
          .append(esc(s.title()))
          .append("</a></li>\n");
    }
    sb.append("</ul>\n</nav>\n");
  }

  private void figure(MapDrawing map, MapId id) throws IOException {
    sb.append("<figure class=\"map\" id=\"").append(id.anchor()).append("\">\n");
    flush();
    map.writeSvg(out, false);
    sb.append("</figure>\n");
  }

  private void themes() throws IOException {
    sb.append("<section id=\"themes\">\n<h2>")
        .append(esc(x.msg("html.themes.title")))
        .append("</h2>\n<p>")
        .append(esc(x.msg("html.themes.intro")))
        .append("</p>\n</section>\n");
    for (ThemeResult r : d.themes()) {
      theme(r);
    }
  }

  private void theme(ThemeResult r) throws IOException {
    String id = r.theme().id();
    sb.append("<section class=\"theme\" id=\"theme-").append(id).append("\">\n<h2>");
    sb.append(esc(r.theme().label(locale))).append("</h2>\n");
    String desc = x.french() ? r.theme().descriptionFr() : r.theme().descriptionEn();
    if (!desc.isBlank()) {
      sb.append("<p class=\"desc\">").append(esc(desc)).append("</p>\n");
    }
    sb.append("<p class=\"facts\">");
    List<String> facts = new ArrayList<>();
    ClassCounts counts = ClassCounts.of(r);
    for (Classification c : Classification.values()) {
      facts.add(
          "<span class=\"cls "
              + c.id()
              + "\">"
              + esc(c.label(x.french()))
              + "</span> "
              + x.integer(counts.of(c)));
    }
    facts.add(esc(x.msg("html.fact.equipment", x.integer(r.equipment()))));
    facts.add(esc(x.msg("html.fact.actors", x.integer(r.actors()))));
    if (r.assessable()) {
      facts.add(esc(x.msg("html.fact.accessibility", x.decimal2(r.referenceScore()))));
    }
    facts.add(esc(x.msg("html.fact.catchment", x.decimal1(r.theme().bands().max()))));
    sb.append(String.join(" · ", facts)).append("</p>\n");
    MapId map = MapId.theme(id);
    if (maps.containsKey(map)) {
      figure(maps.get(map), map);
    }
    if (areas != null) {
      areas(r);
    } else {
      for (Classification cls : List.of(Classification.TROU, Classification.RENFORCER)) {
        gaps(r, cls);
      }
      indicators(r);
    }
    sb.append("</section>\n");
    flush();
  }

  /**
   * A large territory's theme: its gaps by département (and, on screen, by EPCI) or by EPCI, the
   * worst communes named; the per-commune detail is in the CSV files.
   */
  private void areas(ThemeResult r) {
    Aggregates.Level level = areas.level();
    String theme = r.theme().label(locale);
    sb.append("<h3>")
        .append(
            esc(
                level == Aggregates.Level.DEPARTEMENT
                    ? x.msg("html.by.departement")
                    : x.msg("html.by.epci")))
        .append("</h3>\n");
    areaTable(theme, level, areas.rows(r), false);
    if (epcis != null) {
      List<Aggregates.Row> epci =
          epcis.rows(r).stream().filter(a -> a.trous() + a.renforcer() > 0).toList();
      sb.append("<details>\n<summary>")
          .append(esc(x.msg("html.by.epci.with.gaps", x.integer(epci.size()))))
          .append("</summary>\n");
      areaTable(theme, Aggregates.Level.EPCI, epci, true);
      sb.append("</details>\n");
    }
    sb.append("<p class=\"note\">")
        .append(esc(x.msg("html.grouped.note", x.integer(Aggregates.COMMUNES))))
        .append("</p>\n");
  }

  private void areaTable(
      String theme, Aggregates.Level level, List<Aggregates.Row> rows, boolean screenOnly) {
    List<String> heads =
        List.of(
            level == Aggregates.Level.DEPARTEMENT ? x.msg("html.col.departement") : "EPCI",
            x.msg("html.col.communes"),
            x.msg("html.col.gaps"),
            x.msg("html.col.strengthen"),
            x.msg("html.col.target.concerned"),
            x.msg("html.col.worst"));
    sb.append("<table class=\"sortable areas\">\n<thead>");
    caption(theme + (screenOnly ? " — EPCI" : ""), heads.size());
    sb.append("<tr>");
    for (int i = 0; i < heads.size(); i++) {
      sb.append(i == 0 || i == 5 ? "<th>" : "<th class=\"num\">")
          .append(esc(heads.get(i)))
          .append("</th>");
    }
    sb.append("</tr></thead>\n<tbody>\n");
    for (Aggregates.Row a : rows) {
      sb.append("<tr><td>").append(esc(a.label())).append("</td>");
      num(a.communes(), x.integer(a.communes()));
      num(a.trous(), x.integer(a.trous()));
      num(a.renforcer(), x.integer(a.renforcer()));
      num(a.population(), x.integer(a.population()));
      sb.append("<td>").append(esc(a.worst().isEmpty() ? "—" : String.join(", ", a.worst())));
      sb.append("</td></tr>\n");
    }
    sb.append("</tbody>\n</table>\n");
  }

  /**
   * The first row of a table's head, printed only: a table continued on the next page repeats its
   * head, and so says which theme it belongs to.
   */
  private void caption(String text, int columns) {
    sb.append("<tr class=\"tcap\"><th colspan=\"")
        .append(columns)
        .append("\">")
        .append(esc(text))
        .append("</th></tr>");
  }

  private void gaps(ThemeResult r, Classification cls) {
    List<Gap> list =
        d.gaps().stream()
            .filter(g -> g.theme().theme().id().equals(r.theme().id()))
            .filter(g -> g.indicator().classification() == cls)
            .toList();
    sb.append("<h3>")
        .append(esc(MarkdownReport.gapsTitle(cls, x)))
        .append(" (")
        .append(x.integer(list.size()))
        .append(")</h3>\n");
    if (list.isEmpty()) {
      sb.append("<p>").append(esc(x.msg("html.none"))).append("</p>\n");
      return;
    }
    sb.append("<table class=\"sortable\">\n<thead>");
    caption(r.theme().label(locale) + " — " + MarkdownReport.gapsTitle(cls, x), 5);
    sb.append("<tr><th class=\"num\">#</th><th>Commune</th>")
        .append("<th class=\"num\">")
        .append(esc(x.msg("report.severity.column")))
        .append("</th><th>")
        .append(esc(x.msg("html.col.reason")))
        .append("</th><th>")
        .append(esc(x.msg("html.col.actors")))
        .append("</th></tr></thead>\n<tbody>\n");
    int n = 0;
    for (Gap g : list.subList(0, Math.min(list.size(), MAX_ROWS))) {
      Indicator i = g.indicator();
      sb.append("<tr>");
      n++;
      num(n, x.integer(n));
      sb.append("<td>").append(esc(i.communeName() + " (" + i.commune() + ")")).append("</td>");
      num(i.severity(), x.integer(i.severity()));
      sb.append("<td>").append(esc(Reasons.of(i, r, x))).append("</td><td>");
      sb.append(esc(Reasons.actors(g, x, name -> name, "—")));
      sb.append("</td></tr>\n");
    }
    sb.append("</tbody>\n</table>\n");
    more(list.size(), "trous.csv");
  }

  /** Says how many rows a capped table left out, and where they all are. */
  private void more(int rows, String file) {
    if (rows > MAX_ROWS) {
      sb.append("<p>")
          .append(esc(x.msg("html.more.rows", x.integer(rows - MAX_ROWS), file)))
          .append("</p>\n");
    }
  }

  private void indicators(ThemeResult r) {
    String printNote;
    sb.append("<details>\n<summary>")
        .append(esc(x.msg("html.indicators.title", x.integer(r.indicators().size()))))
        .append("</summary>\n<table class=\"sortable\">\n<thead><tr><th>Commune</th><th>Code</th>");
    printNote = x.msg("html.indicators.print", x.integer(r.indicators().size()));
    for (String h :
        List.of(
            "target.population",
            "local.equipment",
            "local.actors",
            "nearest.km",
            "accessibility",
            "ratio",
            "needs")) {
      sb.append("<th class=\"num\">").append(esc(x.msg("html.col." + h))).append("</th>");
    }
    sb.append("<th>").append(esc(x.msg("html.col.class"))).append("</th></tr></thead>\n");
    sb.append("<tbody>\n");
    for (Indicator i : r.indicators().subList(0, Math.min(r.indicators().size(), MAX_ROWS))) {
      sb.append("<tr><td>").append(esc(i.communeName())).append("</td><td>");
      sb.append(esc(i.commune())).append("</td>");
      num(i.targetPopulation(), x.integer(i.targetPopulation()));
      num(i.localEquipment(), x.integer(i.localEquipment()));
      num(i.localActors(), x.integer(i.localActors()));
      num(i.nearestKm(), i.nearestKm() == null ? "—" : x.decimal1(i.nearestKm()));
      num(i.score(), i.score() == null ? "—" : x.decimal2(i.score()));
      num(i.ratio(), i.ratio() == null ? "—" : x.decimal2(i.ratio()));
      num(i.needs(), x.integer(i.needs()));
      Classification c = i.classification();
      sb.append("<td><span class=\"cls ")
          .append(c.id())
          .append("\">")
          .append(esc(c.label(x.french())))
          .append("</span></td></tr>\n");
    }
    sb.append("</tbody>\n</table>\n");
    more(r.indicators().size(), "indicateurs.csv");
    sb.append("</details>\n<p class=\"print-only\">").append(esc(printNote)).append("</p>\n");
  }

  /** A right-aligned cell whose sort key is the raw number. */
  private void num(Number v, String shown) {
    sb.append("<td class=\"num\"");
    if (v != null) {
      double dv = v.doubleValue();
      sb.append(" data-v=\"")
          .append(dv == Math.rint(dv) ? Long.toString((long) dv) : Double.toString(dv))
          .append('"');
    }
    sb.append('>').append(esc(shown)).append("</td>");
  }

  /** HTML text ({@link XmlText#escape}). */
  static String esc(String raw) {
    return XmlText.escape(raw);
  }

  /** The style sheet; the classes' colours are the maps' ({@link Palette}). */
  private static final String CSS =
      """
      :root { --ink: #252525; --muted: #555; --rule: #d9d9d9; }
      body { font-family: "DejaVu Sans", Verdana, Arial, sans-serif; color: var(--ink);
        line-height: 1.45; margin: 0 auto; max-width: 1100px; padding: 0 1.5rem 3rem; }
      h1 { font-size: 1.8rem; margin: 1.5rem 0 0.5rem; }
      h2 { font-size: 1.4rem; border-bottom: 2px solid var(--rule); padding-bottom: 0.2rem;
        margin-top: 2.2rem; }
      h3 { font-size: 1.1rem; margin-top: 1.5rem; }
      nav { border: 1px solid var(--rule); padding: 0.5rem 1rem; font-size: 0.9rem; }
      nav ul { margin: 0.2rem 0; padding-left: 1.2rem; }
      nav ul ul { columns: 2; }
      table { border-collapse: collapse; margin: 0.8rem 0; font-size: 0.88rem; width: 100%; }
      th, td { border-bottom: 1px solid var(--rule); padding: 0.25rem 0.5rem; text-align: left;
        vertical-align: top; }
      th { background: #f0f0f0; cursor: pointer; user-select: none; }
      th[aria-sort=ascending]::after { content: " \\25B2"; }
      th[aria-sort=descending]::after { content: " \\25BC"; }
      tbody tr:nth-child(even) { background: #fafafa; }
      .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      figure.map { margin: 1rem 0; }
      figure.map svg { max-width: 100%; height: auto; display: block; }
      svg.basemap { position: absolute; width: 0; height: 0; overflow: hidden; }
      .desc { color: var(--muted); }
      .cls { padding: 0 0.35rem; border-radius: 3px; white-space: nowrap; }
      .cls.trou { background: $TROU; color: #fff; }
      .cls.renforcer { background: $RENFORCER; color: #000; }
      .cls.couvert { background: $COUVERT; color: #000; }
      .cls.non-evaluable { background: repeating-linear-gradient(45deg, $NE_BACKGROUND 0 4px,
        $NE_LINE 4px 6px); color: #000; }
      details summary { cursor: pointer; font-weight: bold; margin: 1rem 0 0.5rem; }
      tr.tcap, .print-only { display: none; }
      .note { color: var(--muted); font-size: 0.9rem; }
      code { font-size: 0.85em; word-break: break-all; }
      @media print {
        @page { size: A4; margin: 14mm; }
        body { max-width: none; padding: 0; font-size: 10pt; }
        nav { display: none; }
        section.theme { break-before: page; page-break-before: always; }
        figure.map { break-inside: avoid; page-break-inside: avoid; }
        figure.map svg { max-height: 235mm; width: auto; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        thead { display: table-header-group; }
        tr.tcap { display: table-row; }
        tr.tcap th { background: none; text-align: left; font-size: 9pt; color: var(--muted); }
        table { font-size: 8.5pt; }
        details { display: none; }
        .print-only { display: block; }
        th { cursor: auto; }
        th::after { content: none !important; }
        .cls { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      }
      """
          .replace("$TROU", Palette.TROU)
          .replace("$RENFORCER", Palette.RENFORCER)
          .replace("$COUVERT", Palette.COUVERT)
          .replace("$NE_BACKGROUND", Palette.NON_EVALUABLE_BACKGROUND)
          .replace("$NE_LINE", Palette.NON_EVALUABLE_TEXT_LINE);

  /**
   * Sorts a table when its header is clicked, by the cell's {@code data-v} number when it has one,
   * else by its text. Collapsed tables stay out of print (a line points to the CSV file instead).
   */
  private static final String JS =
      """
      (function () {
        function key(row, i) {
          var c = row.cells[i];
          if (!c) return '';
          var v = c.getAttribute('data-v');
          if (v !== null) return parseFloat(v);
          var t = c.textContent.replace(/[\\s\\u00a0\\u202f]/g, '').replace(',', '.');
          return /^-?\\d+(\\.\\d+)?$/.test(t) ? parseFloat(t) : c.textContent.trim().toLowerCase();
        }
        function compare(a, b) {
          var na = typeof a === 'number', nb = typeof b === 'number';
          if (na && nb) return a - b;
          if (na !== nb) return na ? -1 : 1;
          return a.localeCompare(b, document.documentElement.lang);
        }
        document.querySelectorAll('table.sortable thead tr:not(.tcap) th').forEach(function (th) {
          th.addEventListener('click', function () {
            var table = th.closest('table'), body = table.tBodies[0];
            var i = Array.prototype.indexOf.call(th.parentNode.children, th);
            var asc = th.getAttribute('aria-sort') !== 'ascending';
            table.querySelectorAll('thead th').forEach(function (h) {
              h.removeAttribute('aria-sort');
            });
            th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
            var rows = Array.prototype.slice.call(body.rows);
            rows.sort(function (a, b) {
              var r = compare(key(a, i), key(b, i));
              return asc ? r : -r;
            });
            rows.forEach(function (r) { body.appendChild(r); });
          });
        });
      })();
      """;
}
