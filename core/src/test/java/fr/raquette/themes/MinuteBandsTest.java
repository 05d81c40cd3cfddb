package fr.raquette.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.raquette.access.DistanceBands;
import fr.raquette.io.DataException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The minute bands of themes and elements ({@code bandes_min}, docs/themes.md), used instead of
 * {@code bandes_km} when a territory gives travel times: one row per rule, an override of the
 * built-in referential, a theme and element, and the bands that element gets.
 */
class MinuteBandsTest {
  static Stream<Arguments> rules() {
    return Stream.of(
        // Defaults by scale: Luo & Qi's minutes for proximity, 1.5 times wider for intermediate.
        Arguments.of("proximity default", "", "sante", "medecin", "10:1,20:0.68,30:0.22"),
        Arguments.of("intermediate default", "", "sante", "acces-soins", "15:1,30:0.68,45:0.22"),
        Arguments.of("one element theme", "", "numerique", "numerique", "10:1,20:0.68,30:0.22"),
        // A theme's bandes_min: the default of its elements that keep their scale's default.
        Arguments.of(
            "theme bands on a basket",
            "  - id: sante\n    bandes_min: \"15:1,25:0.5\"\n",
            "sante",
            "infirmier",
            "15:1,25:0.5"),
        Arguments.of(
            "theme bands on a one-element theme",
            "  - id: numerique\n    bandes_min: \"20:1\"\n",
            "numerique",
            "numerique",
            "20:1"),
        Arguments.of(
            "kilometres alone leave the minutes",
            "  - id: numerique\n    bandes_km: \"8:1\"\n",
            "numerique",
            "numerique",
            "10:1,20:0.68,30:0.22"),
        // An element's own bandes_min wins.
        Arguments.of(
            "element bands",
            "  - id: famille\n    elements:\n      - id: creche\n        label_fr: crèche\n"
                + "        label_en: nursery\n        echelle: intermediaire\n"
                + "        bpe: { \"2013\": [D501] }\n        bandes_min: \"12:1,24:0.5\"\n",
            "famille",
            "creche",
            "12:1,24:0.5"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void bands(String name, String override, String theme, String element, String expected) {
    ThemeCatalog c =
        override.isEmpty()
            ? ThemeCatalog.builtIn()
            : ThemeCatalog.builtIn().withOverrides("themes:\n" + override, "themes.yaml");
    Element e =
        c.get(theme).orElseThrow().elements().stream()
            .filter(x -> x.id().equals(element))
            .findFirst()
            .orElseThrow();
    assertEquals(DistanceBands.parse(expected), e.bandsMin(), name);
    assertEquals(e.bandsMin(), e.bands(true));
    assertEquals(e.bands(), e.bands(false));
  }

  @org.junit.jupiter.api.Test
  void badMinuteBandsAreLocated() {
    DataException e =
        assertThrows(
            DataException.class,
            () ->
                ThemeCatalog.builtIn()
                    .withOverrides(
                        "themes:\n  - id: sante\n    bandes_min: \"30:1,20:0.5\"\n",
                        "themes.yaml"));
    assertEquals("themes.yaml", e.problem().file());
    assertEquals(3, e.problem().line());
    assertTrue(e.getMessage().contains("bandes_min"), e.getMessage());
  }
}
