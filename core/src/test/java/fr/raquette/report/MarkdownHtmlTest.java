package fr.raquette.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.raquette.analysis.Diagnosis;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MarkdownHtmlTest {
  @Test
  void convertsTheSubsetTheReportWrites() {
    String md =
        "## Titre\n\n_Rapport produit par **Raquette**._\n\n"
            + "| Commune | Sévérité |\n|---|---:|\n| A \\| B <x> | 1 450 |\n\n"
            + "- **Guéret** — `trous.csv` & *suite*\n- deux\n\n![carte](cartes/sante.svg)\n";
    assertEquals(
        "<h2>Titre</h2>\n"
            + "<p><em>Rapport produit par <strong>Raquette</strong>.</em></p>\n"
            + "<table class=\"sortable\">\n<thead><tr><th>Commune</th><th class=\"num\">Sévérité</th>"
            + "</tr></thead>\n<tbody>\n<tr><td>A | B &lt;x&gt;</td><td class=\"num\">1 450</td></tr>\n"
            + "</tbody>\n</table>\n"
            + "<ul>\n<li><strong>Guéret</strong> — <code>trous.csv</code> &amp; <em>suite</em></li>\n"
            + "<li>deux</li>\n</ul>\n",
        MarkdownHtml.toHtml(md));
  }

  @Test
  void underscoresInsideWordsAreNotItalics() {
    assertEquals(
        "<p>code_insee et snake_case</p>\n", MarkdownHtml.toHtml("code_insee et snake_case"));
  }

  @Test
  void sectionsRebuildTheMarkdownReportWithoutItsMapLinks() {
    Diagnosis d = HtmlReportTest.sample("creuse");
    Text x = new Text(Locale.FRENCH);
    Map<MapId, String> maps =
        Map.of(MapId.OVERVIEW, "cartes/overview.svg", MapId.theme("sante"), "cartes/sante.svg");
    MarkdownReport.Rendered rendered = MarkdownReport.rendered(d, x, "1.0", maps);
    assertEquals(MarkdownReport.render(d, x, "1.0", maps), rendered.markdown());
    assertTrue(rendered.markdown().contains("](cartes/overview.svg)\n\n"));
    assertTrue(rendered.markdown().contains("](cartes/sante.svg)\n\n"));
    String joined =
        rendered.sections().stream()
            .map(s -> (s.id().equals("intro") ? "# " : "## ") + s.title() + "\n\n" + s.markdown())
            .collect(Collectors.joining());
    // The sections are the text of a report without maps: rapport.html draws them inline.
    assertEquals(MarkdownReport.render(d, x, "1.0", Map.of()), joined);
    assertEquals(
        "intro synthese portrait offre besoins trous renforcer acteurs plan suivi methode limites",
        rendered.sections().stream()
            .map(MarkdownReport.Section::id)
            .collect(Collectors.joining(" ")));
  }
}
