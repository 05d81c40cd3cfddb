package fr.raquette.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.raquette.access.DistanceBands;
import fr.raquette.io.CsvTable;
import fr.raquette.io.DataException;
import fr.raquette.io.TextFile;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@fr.raquette.i18n.InEnglish
class ThemeCatalogTest {
  private static final List<String> IDS =
      List.of(
          "sante",
          "alimentation",
          "mobilite",
          "numerique",
          "insertion",
          "longevite",
          "handicap",
          "isolement",
          "famille",
          "logement");

  private static Path resource(String name) {
    try {
      return Path.of(ThemeCatalogTest.class.getResource("/themes/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Theme builtIn(String id) {
    return ThemeCatalog.builtIn().get(id).orElseThrow();
  }

  @Test
  void builtInHasTheTenThemesInOrder() {
    assertEquals(IDS, ThemeCatalog.builtIn().ids());
    assertEquals(10, ThemeCatalog.builtIn().all().size());
  }

  @Test
  void builtInThemesAreComplete() {
    for (Theme t : ThemeCatalog.builtIn().all()) {
      assertFalse(t.descriptionFr().isBlank(), t.id());
      assertFalse(t.descriptionEn().isBlank(), t.id());
      assertTrue(t.bpe().containsKey(2013), t.id() + " has a 2013 list");
      assertFalse(t.dataInclusion().isEmpty(), t.id());
      assertTrue(t.minimumPopulation() > 0, t.id());
      assertEquals(0.5, t.reinforceBelow(), t.id());
    }
    Theme sante = builtIn("sante");
    assertEquals("Santé", sante.labelFr());
    assertEquals(DistanceBands.DEFAULT, sante.bands());
    assertTrue(sante.target().isTotal());
    assertEquals("POP75P", builtIn("longevite").target().need().text());
    assertEquals("POP80P_PSEUL", builtIn("isolement").target().need().text());
    assertEquals("POP0014", builtIn("famille").target().need().text());
    assertEquals("POP1524 + POP2554 + POP5564", builtIn("insertion").target().need().text());
    assertEquals("MEN * TP60 / 100", builtIn("logement").target().need().text());
    assertTrue(builtIn("logement").target().fallback().isPopulation());
    assertEquals("people aged 75 and over", builtIn("longevite").target().label(Locale.ENGLISH));
    assertEquals(DistanceBands.parse("10:1,20:0.68,30:0.22"), builtIn("handicap").bands());
    assertTrue(builtIn("numerique").franceServices());
    assertTrue(builtIn("insertion").franceServices());
    assertFalse(builtIn("sante").franceServices());
  }

  @Test
  void everyBpe2013CodeIsInInseeNomenclature() throws IOException {
    Map<String, String> reference = readNomenclature(resource("bpe2013-typequ.csv"));
    assertEquals(181, reference.size());
    // The shipped copy must say the same as INSEE's file, label for label.
    assertEquals(reference, BpeNomenclature.builtIn2013().labels());
    for (Theme t : ThemeCatalog.builtIn().all()) {
      for (String code : t.bpe().get(2013)) {
        assertTrue(reference.containsKey(code), t.id() + ": " + code + " is not a BPE 2013 type");
      }
    }
    // Isolement has no 2013 supply, said explicitly rather than left out.
    assertEquals(List.of(), builtIn("isolement").bpe().get(2013));
  }

  private static Map<String, String> readNomenclature(Path file) {
    CsvTable table = CsvTable.of(TextFile.read(file, file.toString()));
    int code = table.require("code");
    int label = table.require("label");
    Map<String, String> map = new LinkedHashMap<>();
    table.forEach(r -> map.put(r.get(code), r.get(label)));
    return map;
  }

  @Test
  void everyDataInclusionValueExistsInV1OrInRealV0Exports() throws IOException {
    Set<String> v1 = new HashSet<>();
    for (String file : List.of("data-inclusion-thematiques.csv", "data-inclusion-categories.csv")) {
      CsvTable table = CsvTable.of(TextFile.read(resource(file), file));
      int value = table.require("value");
      table.forEach(r -> v1.add(r.get(value)));
    }
    assertEquals(69 + 16, v1.size());
    List<String> v0 = new ArrayList<>();
    for (String line :
        Files.readAllLines(
            resource("data-inclusion-thematiques-974.txt"), StandardCharsets.UTF_8)) {
      if (!line.startsWith("#") && !line.isBlank()) {
        v0.add(line.strip());
      }
    }
    for (Theme t : ThemeCatalog.builtIn().all()) {
      for (String value : t.dataInclusion()) {
        boolean inV0 = v0.stream().anyMatch(v -> v.equals(value) || v.startsWith(value + "--"));
        assertTrue(v1.contains(value) || inV0, t.id() + ": unknown data·inclusion value " + value);
      }
    }
    // The v0 values the referential relies on are matched by real 974 records.
    assertTrue(builtIn("handicap").suppliedBy(List.of("handicap--faire-reconnaitre-un-handicap")));
    assertTrue(
        builtIn("insertion")
            .suppliedBy(
                List.of(
                    "accompagnement-social-et-professionnel-personnalise--decrochage-scolaire")));
  }

  @Test
  void bpeCodesTakeTheClosestVintageAtOrBefore() {
    Theme sante = builtIn("sante");
    // The union of the basket's elements (médecin, infirmier, pharmacie), in code order.
    List<String> y2013 = List.of("D108", "D201", "D232", "D301");
    List<String> y2024 = List.of("D108", "D265", "D281", "D307");
    assertEquals(y2013, sante.bpeCodes(2013));
    assertEquals(y2013, sante.bpeCodes(2018));
    assertEquals(y2024, sante.bpeCodes(2024));
    assertEquals(y2024, sante.bpeCodes(2030));
    assertEquals(y2013, sante.bpeCodes(2009), "older than every list: the oldest list");
    assertEquals(List.of("A118"), builtIn("numerique").bpeCodes(2013));
    assertEquals(List.of(), builtIn("numerique").bpeCodes(2024), "explicitly empty in 2024");
  }

  @Test
  void suppliedByMatchesIdValuesAndThematiquesBelowThem() {
    Theme sante = builtIn("sante");
    assertTrue(sante.suppliedBy(List.of("sante--acces-aux-soins")));
    assertTrue(sante.suppliedBy(List.of("mobilite", " Sante ")));
    assertTrue(sante.suppliedBy(List.of("sante--prevention-et-acces-aux-soins")));
    assertFalse(sante.suppliedBy(List.of("sante-mentale")), "not below: no '--'");
    assertFalse(sante.suppliedBy(List.of()));
    Theme famille = builtIn("famille");
    assertTrue(famille.suppliedBy(List.of("famille")), "the theme id itself");
    assertTrue(famille.suppliedBy(List.of("famille--garde-denfants")));
    assertFalse(famille.suppliedBy(List.of("famille--soutien-aidants")));
    assertTrue(builtIn("longevite").suppliedBy(List.of("famille--soutien-aidants")));
    Theme alimentation = builtIn("alimentation");
    assertTrue(alimentation.suppliedBy(List.of("equipement-et-alimentation--alimentation")));
    assertFalse(alimentation.suppliedBy(List.of("equipement-et-alimentation--habillement")));
  }

  @Test
  void resolveThemeIdAcceptsIdsLabelsAndDataInclusionValues() {
    ThemeCatalog c = ThemeCatalog.builtIn();
    assertEquals(Optional.of("sante"), c.resolveThemeId("santé"));
    assertEquals(Optional.of("sante"), c.resolveThemeId("Sante"));
    assertEquals(Optional.of("sante"), c.resolveThemeId(" SANTÉ "));
    assertEquals(Optional.of("sante"), c.resolveThemeId("health"));
    assertEquals(Optional.of("numerique"), c.resolveThemeId("numérique"));
    assertEquals(Optional.of("numerique"), c.resolveThemeId("Digital inclusion"));
    assertEquals(Optional.of("longevite"), c.resolveThemeId("Longévité"));
    // Decomposed accents (as some terminals send them) fold the same way.
    assertEquals(Optional.of("mobilite"), c.resolveThemeId("mobilite\u0301"));
    assertEquals(Optional.of("logement"), c.resolveThemeId("logement-hebergement"));
    assertEquals(Optional.of("insertion"), c.resolveThemeId("trouver-un-emploi"));
    assertEquals(Optional.of("sante"), c.resolveThemeId("sante--acces-aux-soins"));
    assertEquals(
        Optional.of("handicap"), c.resolveThemeId("sante--constituer-un-dossier-mdph-invalidite"));
    assertEquals(Optional.of("longevite"), c.resolveThemeId("famille--soutien-aidants"));
    assertEquals(Optional.of("isolement"), c.resolveThemeId("remobilisation--lien-social"));
    assertEquals(Optional.of("insertion"), c.resolveThemeId("remobilisation--bien-etre"));
    assertEquals(Optional.empty(), c.resolveThemeId("difficultes-financieres"));
    assertEquals(Optional.empty(), c.resolveThemeId("culture"));
    assertEquals(Optional.empty(), c.resolveThemeId("  "));
    assertEquals(Optional.empty(), c.resolveThemeId(null));
  }

  @Test
  void labelsFollowTheReportLanguage() {
    Theme t = builtIn("logement");
    assertEquals("Logement", t.label(Locale.FRENCH));
    assertEquals("Housing", t.label(Locale.ENGLISH));
    assertEquals("Housing", t.label(Locale.forLanguageTag("en-GB")));
    assertEquals("Logement", t.label(Locale.ROOT));
    assertTrue(t.description(Locale.ENGLISH).startsWith("Emergency"));
  }

  @Test
  void aBasketHasItsElementsAtTheirScaleAndAThemeWithoutOneIsOneProximityElement() {
    Theme sante = builtIn("sante");
    assertTrue(sante.isBasket());
    assertEquals(
        List.of("medecin", "infirmier", "pharmacie", "acces-soins"),
        sante.elements().stream().map(Element::id).toList());
    assertEquals(Scale.PROXIMITE, sante.elements().get(0).scale());
    assertEquals(List.of("D108", "D201"), sante.elements().get(0).bpeCodes(2013));
    assertEquals(sante.bands(), sante.elements().get(0).bands(), "the theme's bands by default");
    assertEquals(DistanceBands.parse("10:1,20:0.68,30:0.22"), sante.elements().get(3).bands());
    Theme logement = builtIn("logement");
    assertEquals(Scale.DEPARTEMENT, logement.elements().get(0).scale());
    assertEquals(List.of("D703"), logement.elements().get(0).bpeCodes(2013));
    assertEquals(Scale.DOMICILE, builtIn("longevite").elements().get(1).scale());
    // Written the old way: one proximity element built from the theme's own keys.
    Theme numerique = builtIn("numerique");
    assertFalse(numerique.isBasket());
    Element only = numerique.elements().get(0);
    assertEquals("numerique", only.id());
    assertEquals(Scale.PROXIMITE, only.scale());
    assertEquals(numerique.bpe(), only.bpe());
    assertTrue(only.franceServices());
    assertEquals(numerique.bands(), only.bands());
  }

  @Test
  void aBasketMistakeIsReportedWhereItIs() {
    String both =
        "themes:\n  - id: t\n    label_fr: T\n    label_en: T\n    bpe: { \"2013\": [D201] }\n"
            + "    elements:\n      - { id: a, label_fr: A, label_en: A, echelle: proximite }\n";
    DataException e = assertThrows(DataException.class, () -> ThemeCatalog.parse(both, "t.yaml"));
    assertTrue(e.getMessage().contains("give bpe, data_inclusion and france_services in each"));
    String scale =
        "themes:\n  - id: t\n    label_fr: T\n    label_en: T\n"
            + "    elements:\n      - { id: a, label_fr: A, label_en: A, echelle: quartier }\n";
    e = assertThrows(DataException.class, () -> ThemeCatalog.parse(scale, "t.yaml"));
    assertTrue(e.getMessage().startsWith("t.yaml:6:"), e.getMessage());
    assertTrue(e.getMessage().contains("unknown scale 'quartier'"), e.getMessage());
    String missing =
        "themes:\n  - id: t\n    label_fr: T\n    label_en: T\n"
            + "    elements:\n      - { id: a, label_fr: A, label_en: A }\n";
    e = assertThrows(DataException.class, () -> ThemeCatalog.parse(missing, "t.yaml"));
    assertTrue(e.getMessage().contains("needs 'echelle'"), e.getMessage());
  }

  @Test
  void anOverrideWithTheOldKeysMakesABasketOneElementAgain() {
    ThemeCatalog c =
        ThemeCatalog.builtIn()
            .withOverrides(
                "themes:\n  - id: sante\n    bpe: { \"2013\": [D201, D221] }\n", "t.yaml");
    Theme sante = c.get("sante").orElseThrow();
    assertFalse(sante.isBasket());
    assertEquals(List.of("D201", "D221"), sante.elements().get(0).bpeCodes(2013));
    // Bands alone keep the basket; the elements that had the theme's bands take the new ones.
    ThemeCatalog b =
        ThemeCatalog.builtIn()
            .withOverrides("themes:\n  - id: sante\n    bandes_km: \"8:1,16:0.5\"\n", "t.yaml");
    Theme s2 = b.get("sante").orElseThrow();
    assertTrue(s2.isBasket());
    assertEquals(DistanceBands.parse("8:1,16:0.5"), s2.elements().get(0).bands());
    assertEquals(DistanceBands.parse("10:1,20:0.68,30:0.22"), s2.elements().get(3).bands());
  }

  @Test
  void themesAreImmutable() {
    Theme t = builtIn("sante");
    assertThrows(UnsupportedOperationException.class, () -> t.bpe().put(2030, List.of()));
    assertThrows(UnsupportedOperationException.class, () -> t.bpe().get(2013).add("D999"));
    assertThrows(UnsupportedOperationException.class, () -> t.dataInclusion().add("x"));
    assertThrows(UnsupportedOperationException.class, () -> ThemeCatalog.builtIn().all().remove(0));
  }

  @Test
  void overrideReplacesTheFieldsItSetsAndAddsNewThemes() {
    ThemeCatalog base = ThemeCatalog.builtIn();
    ThemeCatalog c = base.withOverrides(resource("override-valid.yaml"));
    List<String> ids = new ArrayList<>(IDS);
    ids.add("culture");
    assertEquals(ids, c.ids());

    Theme sante = c.get("sante").orElseThrow();
    assertEquals(DistanceBands.parse("10:1,20:0.5"), sante.bands());
    assertEquals(50, sante.minimumPopulation());
    Theme builtInSante = base.get("sante").orElseThrow();
    assertEquals(builtInSante.bpe(), sante.bpe());
    assertEquals(builtInSante.labelFr(), sante.labelFr());
    assertEquals(builtInSante.target(), sante.target());

    // bpe is replaced as a whole: the built-in 2024 list is gone.
    Theme famille = c.get("famille").orElseThrow();
    assertEquals(Map.of(2013, List.of("D501", "C101")), famille.bpe());
    assertEquals(List.of("D501", "C101"), famille.bpeCodes(2024));

    Theme culture = c.get("culture").orElseThrow();
    assertEquals(List.of("F301", "F302"), culture.bpeCodes(2013));
    assertEquals(DistanceBands.DEFAULT, culture.bands());
    assertEquals("POP1529", culture.target().need().text());
    assertEquals(0, culture.minimumPopulation());
    assertFalse(culture.franceServices());
    assertEquals(Optional.of("culture"), c.resolveThemeId("Culture"));

    // The built-in catalogue itself is untouched.
    assertEquals(DistanceBands.DEFAULT, base.get("sante").orElseThrow().bands());
  }

  @Test
  void loadReplacesTheWholeReferential() {
    ThemeCatalog c = ThemeCatalog.load(resource("replacement.yaml"));
    assertEquals(List.of("sante", "mobilite"), c.ids());
    assertEquals(List.of("D201"), c.get("sante").orElseThrow().bpeCodes(2024));
    assertTrue(c.get("mobilite").orElseThrow().bpe().isEmpty());
    assertEquals(List.of(), c.get("mobilite").orElseThrow().bpeCodes(2013));
  }

  @Test
  void forTerritoryMergesTheFolderOverride(@TempDir Path dir) throws IOException {
    assertEquals(ThemeCatalog.builtIn().ids(), ThemeCatalog.forTerritory(dir, null).ids());
    Files.copy(resource("override-valid.yaml"), dir.resolve(ThemeCatalog.FILE_NAME));
    assertTrue(ThemeCatalog.forTerritory(dir, null).get("culture").isPresent());
    Files.writeString(
        dir.resolve(ThemeCatalog.FILE_NAME), "themes:\n  - id: sante\n    population_min: 7\n");
    ThemeCatalog replaced = ThemeCatalog.forTerritory(dir, resource("replacement.yaml"));
    assertEquals(List.of("sante", "mobilite"), replaced.ids());
    assertEquals(7, replaced.get("sante").orElseThrow().minimumPopulation());
    assertEquals(List.of("D201"), replaced.get("sante").orElseThrow().bpeCodes(2013));
  }

  private static DataException invalid(String file) {
    return assertThrows(
        DataException.class, () -> ThemeCatalog.builtIn().withOverrides(resource(file)));
  }

  @Test
  void unknownKeyIsReportedAtItsLine() {
    DataException e = invalid("override-unknown-key.yaml");
    assertEquals(4, e.problem().line());
    assertEquals(5, e.problem().column());
    assertTrue(e.problem().file().endsWith("override-unknown-key.yaml"));
    assertTrue(e.getMessage().contains("unknown key 'bandes' in theme 'sante'"), e.getMessage());
    assertTrue(e.getMessage().contains("bandes_km"), e.getMessage());
  }

  @Test
  void badBandsAreReportedAtTheirValue() {
    DataException e = invalid("override-bad-bands.yaml");
    assertEquals(3, e.problem().line());
    assertEquals(16, e.problem().column());
    assertTrue(e.getMessage().contains("band limits must increase"), e.getMessage());
  }

  @Test
  void duplicateIdIsReportedWithTheFirstOne() {
    DataException e = invalid("override-duplicate.yaml");
    assertEquals(6, e.problem().line());
    assertTrue(e.getMessage().contains("'sante' is already defined at line 2"), e.getMessage());
  }

  @Test
  void wrongTypeIsReported() {
    DataException e = invalid("override-wrong-type.yaml");
    assertEquals(3, e.problem().line());
    assertTrue(
        e.getMessage().contains("'france_services' must be true or false, found the number 2"),
        e.getMessage());
  }

  @Test
  void unknownAgeBandIsReported() {
    DataException e = invalid("override-bad-age.yaml");
    assertEquals(4, e.problem().line());
    assertTrue(e.getMessage().contains("unknown age band '0510'"), e.getMessage());
  }

  @Test
  void unquotedAgeBandsKeepTheirDigits() {
    ThemeCatalog c = ThemeCatalog.builtIn().withOverrides(resource("override-unquoted-ages.yaml"));
    assertEquals("POP0014 + POP1529", c.get("famille").orElseThrow().target().need().text());
  }

  @Test
  void newThemeWithoutLabelsIsReported() {
    DataException e = invalid("override-new-incomplete.yaml");
    assertEquals(2, e.problem().line());
    assertTrue(
        e.getMessage().contains("'sport' is not in the referential being overridden"),
        e.getMessage());
  }

  @Test
  void yamlSyntaxErrorIsReportedWithItsLine() {
    DataException e = invalid("override-bad-yaml.yaml");
    assertTrue(e.problem().line() >= 3, e.getMessage());
    assertTrue(e.getMessage().startsWith(e.problem().file() + ":"), e.getMessage());
    assertTrue(e.getMessage().contains("not valid YAML"), e.getMessage());
  }

  @Test
  void emptyOrShapelessFilesAreReported() {
    ThemeCatalog b = ThemeCatalog.builtIn();
    DataException empty = assertThrows(DataException.class, () -> b.withOverrides("", "t.yaml"));
    assertTrue(empty.getMessage().contains("the file is empty"), empty.getMessage());
    DataException list =
        assertThrows(DataException.class, () -> b.withOverrides("- id: sante\n", "t.yaml"));
    assertTrue(list.getMessage().contains("expected 'themes:'"), list.getMessage());
    DataException top =
        assertThrows(
            DataException.class, () -> b.withOverrides("themes: []\nthemse: []\n", "t.yaml"));
    assertEquals(2, top.problem().line());
    DataException none =
        assertThrows(DataException.class, () -> ThemeCatalog.parse("themes: []\n", "t.yaml"));
    assertTrue(none.getMessage().contains("no theme"), none.getMessage());
    DataException noId =
        assertThrows(
            DataException.class,
            () -> b.withOverrides("themes:\n  - population_min: 3\n", "t.yaml"));
    assertEquals(2, noId.problem().line());
    DataException ratio =
        assertThrows(
            DataException.class,
            () -> b.withOverrides("themes:\n  - id: sante\n    seuil_renforcer: 1.5\n", "t.yaml"));
    assertEquals(3, ratio.problem().line());
    DataException code =
        assertThrows(
            DataException.class,
            () ->
                b.withOverrides("themes:\n  - id: sante\n    bpe: {\"2013\": [d201]}\n", "t.yaml"));
    assertTrue(code.getMessage().contains("'d201' is not a BPE type code"), code.getMessage());
  }
}
