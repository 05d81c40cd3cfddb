package fr.raquette.report;

import static fr.raquette.territory.Actor.Precision.COMMUNE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.raquette.analysis.Gap;
import fr.raquette.territory.Actor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The actors near a finding, as the Markdown, the plan and the HTML report list them. */
class ReasonsTest {
  private static Actor actor(String name) {
    List<String> no = List.of();
    return new Actor("a", name, no, "23096", null, COMMUNE, no, "", no, "", "", "", "", "a.csv:2");
  }

  /** Names and km separated by {@code /}; the list in French, in Markdown, then in English raw. */
  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "``|—|—",
        "Mairie/3.24|Mairie (3,2 km)|Mairie (3.2 km)",
        "CCAS/0/Épicerie *sociale*/12.06|CCAS (0,0 km), Épicerie \\*sociale\\* (12,1 km)|"
            + "CCAS (0.0 km), Épicerie *sociale* (12.1 km)",
      })
  void nearbyActors(String names, String markdownFr, String rawEn) {
    List<Gap.NearbyActor> near = new ArrayList<>();
    String[] f = names.isEmpty() ? new String[0] : names.split("/");
    for (int i = 0; i < f.length; i += 2) {
      near.add(new Gap.NearbyActor(actor(f[i]), Double.parseDouble(f[i + 1])));
    }
    Gap g = new Gap(null, null, near);
    assertEquals(markdownFr, Reasons.actors(g, new Text(Locale.FRENCH), MarkdownText::text, "—"));
    assertEquals(rawEn, Reasons.actors(g, new Text(Locale.ENGLISH), s -> s, "—"));
  }
}
