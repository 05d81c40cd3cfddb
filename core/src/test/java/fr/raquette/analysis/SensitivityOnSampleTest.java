package fr.raquette.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.raquette.load.LoadOptions;
import fr.raquette.load.TerritoryLoader;
import fr.raquette.territory.Territory;
import fr.raquette.themes.ThemeCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shortcut of the sensitivity for "trous" (the nearest offer, no recomputation) agrees with a
 * diagnosis run with every catchment scaled, on the real sample of the Creuse.
 */
class SensitivityOnSampleTest {
  @Test
  void aTrouHoldsAtAScaleExactlyWhenTheScaledDiagnosisFindsItToo() {
    ThemeCatalog catalog = ThemeCatalog.builtIn();
    Territory t =
        TerritoryLoader.load(
            Path.of("..", "data-samples", "creuse"),
            new LoadOptions(false, catalog::resolveThemeId, null));
    DiagnosisOptions o = DiagnosisOptions.defaults();
    Diagnosis one = Diagnoser.run(t, catalog, o);
    int checked = 0;
    for (double s : Sensitivity.SCALES) {
      Diagnosis scaled = Diagnoser.run(t, catalog, o.atScale(s));
      for (int k = 0; k < one.themes().size(); k++) {
        List<Indicator> a = one.themes().get(k).indicators();
        List<Indicator> b = scaled.themes().get(k).indicators();
        for (int i = 0; i < a.size(); i++) {
          Indicator ind = a.get(i);
          if (ind.classification() == Classification.TROU) {
            // A basket's trou holds when one of its elements in trou holds.
            boolean holds =
                ind.elements().stream()
                    .anyMatch(
                        e ->
                            e.classification() == Classification.TROU
                                && (e.basis() != ElementOutcome.Basis.DISTANCE
                                    || Sensitivity.trouHolds(
                                        e.nearestKm(), e.element().bands().max(), s)));
            assertEquals(
                b.get(i).classification() == Classification.TROU,
                holds,
                ind.commune() + " " + ind.theme() + " at " + s);
            checked++;
          }
          if (ind.classification().isGap()) {
            assertTrue(ind.robustness() != Robustness.SANS_OBJET, ind.toString());
          }
        }
      }
    }
    // Baskets leave few trous in the Creuse (3 at scale 1), each checked at both scales.
    assertTrue(checked >= 6, "trous checked: " + checked);
  }
}
