package fr.raquette.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.raquette.analysis.Classification;
import fr.raquette.analysis.DiagnosisOptions;
import fr.raquette.themes.ThemeCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulationTest {
  @TempDir Path dir;

  @Test
  void anOpeningClosesTheGapsWithinItsCatchmentAndNoOther() {
    ThemeCatalog cat = ActionFixtures.catalog(dir);
    Scenario s = new Scenario(List.of(Scenario.parse(Scenario.Kind.ADD, "medecin:Bourg")));
    Simulation sim =
        Simulation.run(ActionFixtures.territory(), cat, DiagnosisOptions.defaults(), s);
    assertEquals("D201", sim.applied().get(0).typequ());
    assertEquals(1.0, sim.applied().get(0).units());
    // Bourg gets the site; Dun is 5 km from it; Chambon is 30 km away, still a trou.
    List<String> changed = sim.diff().changes().stream().map(c -> c.before().commune()).toList();
    assertEquals(List.of("23002", "23004"), changed);
    for (ClassChange c : sim.diff().changes()) {
      assertEquals(Classification.TROU, c.before().classification());
      assertTrue(c.after().score() != null && c.after().score() > 0);
    }
    assertEquals(4, sim.diff().compared());
  }

  @Test
  void aClosingOpensGapsAndNamesTheCommuneByCodeOrName() {
    ThemeCatalog cat = ActionFixtures.catalog(dir);
    Scenario s = new Scenario(List.of(Scenario.parse(Scenario.Kind.REMOVE, "medecin:23001")));
    // Chambon's doctor, 60 km from Aubière, keeps the source non-empty once Aubière's closes.
    Simulation sim =
        Simulation.run(
            ActionFixtures.territory(List.of("23003")), cat, DiagnosisOptions.defaults(), s);
    assertEquals(1.0, sim.applied().get(0).units());
    ClassChange a = sim.diff().changes().get(0);
    assertEquals("23001", a.before().commune());
    assertEquals(ClassChange.Kind.OPENED, a.kind());
    assertEquals(1000, a.uncovered());
  }

  @Test
  void wrongScenariosAreRefusedWithTheirPart() {
    ThemeCatalog cat = ActionFixtures.catalog(dir);
    assertEquals(
        "form",
        assertThrows(
                IllegalArgumentException.class, () -> Scenario.parse(Scenario.Kind.ADD, "medecin"))
            .getMessage());
    assertEquals(
        "amount",
        assertThrows(
                IllegalArgumentException.class,
                () -> Scenario.parse(Scenario.Kind.ADD, "medecin:23001:x"))
            .getMessage());
    ScenarioApplier.ScenarioException e =
        assertThrows(
            ScenarioApplier.ScenarioException.class,
            () ->
                ScenarioApplier.apply(
                    ActionFixtures.territory(),
                    cat,
                    new Scenario(List.of(Scenario.parse(Scenario.Kind.ADD, "medecin:Paris")))));
    assertEquals("commune", e.key());
  }
}
