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
import org.junit.jupiter.api.io.TempDir;

/**
 * The shortcut of the sensitivity for "trous" (the nearest offer, no recomputation) agrees with a
 * diagnosis run with every catchment scaled, on the real sample of the Creuse.
 *
 * <p>The built-in baskets leave no trou in the Creuse sample (every commune has a doctor, a shop, a
 * station… within its catchment): a test theme with an 8 km catchment for general practitioners
 * adds trous on the real data, at every scale.
 */
class SensitivityOnSampleTest {
  @TempDir Path dir;

  private ThemeCatalog catalog() throws java.io.IOException {
    return withShortCatchment(dir, "0.5");
  }

  /**
   * The built-in catalogue with a test theme, "medecin-8km": general practitioners within an 8 km
   * catchment, whose trous and weak answers the built-in baskets do not have on the real sample.
   */
  static ThemeCatalog withShortCatchment(Path dir, String reinforceBelow)
      throws java.io.IOException {
    Path yaml = dir.resolve("themes.yaml");
    java.nio.file.Files.writeString(
        yaml,
        String.join(
            "\n",
            "themes:",
            "  - id: medecin-8km",
            "    label_fr: Médecin généraliste à 8 km",
            "    label_en: General practitioner within 8 km",
            "    bpe: { \"2013\": [D201] }",
            "    data_inclusion: []",
            "    france_services: false",
            "    cible: { ages: total, label_fr: habitants, label_en: inhabitants }",
            "    bandes_km: \"2:1,4:0.68,8:0.22\"",
            "    population_min: 100",
            "    seuil_renforcer: " + reinforceBelow,
            ""));
    return ThemeCatalog.builtIn().withOverrides(yaml);
  }

  @Test
  void aTrouHoldsAtAScaleExactlyWhenTheScaledDiagnosisFindsItToo() throws Exception {
    ThemeCatalog catalog = catalog();
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
    // Every trou of the test theme, each checked at both scales.
    assertTrue(checked >= 20, "trous checked: " + checked);
  }
}
