package fr.raquette.action;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.raquette.analysis.Classification;
import fr.raquette.analysis.DiagnosisOptions;
import fr.raquette.themes.ThemeCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteSuggestionTest {
  @TempDir Path dir;

  /**
   * Demand: Bourg 500, Chambon 300, Dun 200 (no supply within 20 km). A site in Bourg reaches Bourg
   * and Dun (5 km): 700; one in Dun reaches the same 700 (Bourg 5 km, Chambon 25 km): the tie goes
   * to the lower code, Bourg. The second site can only add Chambon (300).
   */
  @Test
  void sitesCoverTheMostPeopleAndThePeopleAreTheSumOfTheCommunesReached() {
    ThemeCatalog cat = ActionFixtures.catalog(dir);
    SiteSuggestion s =
        SiteSuggestion.suggest(
            ActionFixtures.territory(),
            cat,
            DiagnosisOptions.defaults(),
            cat.get("medecin").orElseThrow(),
            3,
            List.of());
    assertEquals(1000, s.uncovered());
    assertEquals(2, s.sites().size(), "a third site would add nobody");
    assertEquals("23002", s.sites().get(0).commune());
    assertEquals(List.of("23002", "23004"), s.sites().get(0).reached());
    assertEquals(700, s.sites().get(0).people());
    assertEquals("23003", s.sites().get(1).commune());
    assertEquals(300, s.sites().get(1).people());
    // Re-run with the sites: every trou of the perimeter leaves the class.
    assertEquals(3, s.simulation().diff().changes().size());
    s.simulation()
        .diff()
        .changes()
        .forEach(c -> assertEquals(Classification.TROU, c.before().classification()));
  }

  @Test
  void candidatesCanBeRestrictedToAList() {
    ThemeCatalog cat = ActionFixtures.catalog(dir);
    SiteSuggestion s =
        SiteSuggestion.suggest(
            ActionFixtures.territory(),
            cat,
            DiagnosisOptions.defaults(),
            cat.get("medecin").orElseThrow(),
            1,
            List.of("23004", "23003"));
    assertEquals("23004", s.sites().get(0).commune());
    assertEquals(List.of("23002", "23004"), s.sites().get(0).reached());
  }
}
