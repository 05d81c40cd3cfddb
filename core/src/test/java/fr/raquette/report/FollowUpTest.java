package fr.raquette.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.raquette.themes.Theme;
import fr.raquette.themes.ThemeCatalog;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class FollowUpTest {
  /** Every built-in theme has partners, each with the text that grounds it; no unknown theme. */
  @Test
  void thePartnersReferentialCoversEveryThemeWithASource() {
    Map<String, List<FollowUp.Partner>> partners = FollowUp.partners();
    TreeSet<String> themes = new TreeSet<>();
    for (Theme t : ThemeCatalog.builtIn().all()) {
      themes.add(t.id());
    }
    assertEquals(themes, new TreeSet<>(partners.keySet()));
    partners.forEach(
        (theme, list) -> {
          assertFalse(list.isEmpty(), theme);
          for (FollowUp.Partner p : list) {
            assertFalse(p.fr().isBlank(), p.toString());
            assertFalse(p.en().isBlank(), p.toString());
            assertFalse(p.source().isBlank(), p.toString());
            assertTrue(p.fr().contains("(") == p.fr().contains(")"), "balanced: " + p.fr());
          }
        });
  }
}
