package fr.raquette.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.raquette.actors.ActorListing.Place;
import fr.raquette.report.Text;
import fr.raquette.territory.Territory;
import fr.raquette.themes.ThemeCatalog;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ActorFinderTest {
  private static final Territory T = ActorFixtures.territory();
  private static final ThemeCatalog CATALOG = ThemeCatalog.builtIn();

  private static ActorListing find(ActorQuery q) {
    return ActorFinder.find(T, CATALOG, q);
  }

  private static List<String> ids(ActorListing l) {
    return l.rows().stream().map(ActorRow::id).toList();
  }

  @Test
  void everyActorSortedByCommuneThenNameWithoutAccents() {
    // "Épicerie" sorts as "epicerie", before "France".
    assertEquals(
        List.of(
            "local:a.csv:2",
            "france-services:1",
            "local:a.csv:3",
            "local:a.csv:4",
            "local:a.csv:6",
            "local:a.csv:5"),
        ids(find(ActorQuery.all())));
  }

  @Test
  void themeByIdUsesTheDiagnosisRule() {
    // numerique counts France services sites (france_services: true in the referential).
    ActorListing l = find(ActorQuery.all().withTheme("numerique"));
    assertEquals(List.of("france-services:1"), ids(l));
    assertEquals("numerique", l.theme().id());
    assertNull(l.thematique());
    assertEquals(List.of("numerique", "insertion"), l.rows().get(0).themes());
  }

  @Test
  void themeByLabelIgnoresCaseAndAccents() {
    List<String> expected = List.of("local:a.csv:3", "local:a.csv:4");
    assertEquals(expected, ids(find(ActorQuery.all().withTheme("Mobilité"))));
    assertEquals(expected, ids(find(ActorQuery.all().withTheme("MOBILITE"))));
    assertEquals(expected, ids(find(ActorQuery.all().withTheme("mobility"))));
  }

  @Test
  void anActorThatCouldNotBePlacedSuppliesNoTheme() {
    // Same rule as the diagnosis: the Guéret actor, without a position, is left out of a theme.
    assertEquals(List.of("local:a.csv:2"), ids(find(ActorQuery.all().withTheme("alimentation"))));
  }

  @Test
  void rawDataInclusionValueMatchesThatValueAndBelow() {
    ActorListing l = find(ActorQuery.all().withTheme("mobilite--acceder-a-un-vehicule"));
    assertEquals(List.of("local:a.csv:3"), ids(l), "the transport has only 'mobilite'");
    assertEquals("mobilite--acceder-a-un-vehicule", l.thematique());
    assertEquals("mobilite", l.theme().id());

    // A category matches the thematiques below it, not the theme id "logement" alone.
    assertEquals(
        List.of("local:a.csv:5"), ids(find(ActorQuery.all().withTheme("logement-hebergement"))));
  }

  @Test
  void dataInclusionValueOfNoThemeIsAcceptedWhenAnActorHasIt() {
    ActorListing l = find(ActorQuery.all().withTheme("equipement-et-alimentation"));
    assertEquals(List.of("local:a.csv:2"), ids(l));
    assertNull(l.theme());
  }

  @Test
  void unknownThemeListsTheThemes() {
    ActorQueryException e =
        assertThrows(
            ActorQueryException.class, () -> find(ActorQuery.all().withTheme("astrologie")));
    assertEquals(ActorQueryException.Kind.UNKNOWN_THEME, e.kind());
    assertTrue(e.candidates().contains("sante (Santé)"), e.candidates().toString());
  }

  @Test
  void communeByCodeOrNameIgnoringCaseAndAccents() {
    for (String given : List.of("23061", "chenerailles", "CHÉNÉRAILLES", " Chénérailles ")) {
      ActorListing l = find(ActorQuery.all().withCommune(given));
      assertEquals(List.of("local:a.csv:3"), ids(l), given);
      assertEquals(new Place("23061", "Chénérailles"), l.commune());
    }
  }

  @Test
  void ambiguousCommuneNameListsTheCandidatesWithCodes() {
    ActorQueryException e =
        assertThrows(
            ActorQueryException.class, () -> find(ActorQuery.all().withCommune("saint-priest")));
    assertEquals(ActorQueryException.Kind.AMBIGUOUS_COMMUNE, e.kind());
    assertEquals(List.of("Saint-Priest (23227)", "Saint-Priest (69290)"), e.candidates());
    assertEquals(
        "« saint-priest » désigne plusieurs communes : Saint-Priest (23227), Saint-Priest"
            + " (69290). Donnez son code.",
        e.message(new Text(Locale.FRENCH)));
    // The code settles it.
    assertEquals(List.of("local:a.csv:5"), ids(find(ActorQuery.all().withCommune("23227"))));
  }

  @Test
  void unknownCommuneSuggestsCloseNames() {
    ActorQueryException e =
        assertThrows(
            ActorQueryException.class, () -> find(ActorQuery.all().withCommune("Chenerail")));
    assertEquals(ActorQueryException.Kind.UNKNOWN_COMMUNE, e.kind());
    assertEquals(List.of("Chénérailles (23061)"), e.candidates());
    e =
        assertThrows(
            ActorQueryException.class, () -> find(ActorQuery.all().withCommune("Gouzonn")));
    assertEquals(List.of("Gouzon (23093)"), e.candidates());
    assertTrue(e.message(new Text(Locale.ENGLISH)).contains("did you mean: Gouzon (23093)?"));
    e = assertThrows(ActorQueryException.class, () -> find(ActorQuery.all().withCommune("Lyon")));
    assertEquals(List.of(), e.candidates());
  }

  @Test
  void nearSortsByDistanceWithinTheRadius() {
    // Anchor of Boussac (2.0, 46.0). Chénérailles' garage at (2.0, 46.1), due north: the
    // haversine distance is R × Δφ = 6371.0088 × 0.1 × π/180 = 11.11951 km. Gouzon's transport at
    // (2.05, 46.0), due east: about 111.195 × 0.05 × cos 46° = 3.862 km.
    ActorListing l = find(ActorQuery.all().near("Boussac", 12));
    assertEquals(
        List.of("local:a.csv:2", "france-services:1", "local:a.csv:4", "local:a.csv:3"), ids(l));
    assertEquals(11.11951, l.rows().get(3).distanceKm(), 1e-5);
    assertEquals(3.862, l.rows().get(2).distanceKm(), 1e-3);
    // 0.001° of longitude east: 0.077 km, nearer than 0.001° of latitude north: 0.111 km.
    assertEquals(0.077, l.rows().get(0).distanceKm(), 1e-3);
    assertEquals(0.111, l.rows().get(1).distanceKm(), 1e-3);

    // The radius is inclusive and cuts at 11.1 km: the garage is out.
    assertEquals(3, find(ActorQuery.all().near("23031", 11.1)).rows().size());
    assertEquals(4, find(ActorQuery.all().near("23031", 11.11952)).rows().size());
  }

  @Test
  void nearNeedsAnOutline() {
    ActorQueryException e =
        assertThrows(ActorQueryException.class, () -> find(ActorQuery.all().near("Guéret", 10)));
    assertEquals(ActorQueryException.Kind.NO_ANCHOR, e.kind());
  }

  @Test
  void typeIgnoresCaseAndPunctuation() {
    assertEquals(List.of("local:a.csv:5"), ids(find(ActorQuery.all().withType("ccas"))));
    assertEquals(
        List.of("france-services:1"), ids(find(ActorQuery.all().withType("France Services"))));
    assertEquals(List.of(), ids(find(ActorQuery.all().withType("mission-locale"))));
  }

  @Test
  void publicIsFoundInsideThePublicsWithoutAccents() {
    assertEquals(List.of("local:a.csv:3"), ids(find(ActorQuery.all().withAudience("jeunes"))));
    assertEquals(
        List.of("local:a.csv:4"), ids(find(ActorQuery.all().withAudience("personnes agees"))));
  }

  @Test
  void searchLooksInNameAndDescriptionWithoutAccents() {
    assertEquals(List.of("local:a.csv:2"), ids(find(ActorQuery.all().withSearch("EPICERIE"))));
    assertEquals(
        List.of("local:a.csv:2", "local:a.csv:6"), ids(find(ActorQuery.all().withSearch("colis"))));
    assertEquals(List.of("local:a.csv:3"), ids(find(ActorQuery.all().withSearch("véhicules"))));
  }

  @Test
  void filtersCombine() {
    assertEquals(
        List.of("local:a.csv:4"),
        ids(find(ActorQuery.all().withTheme("mobilite").near("Boussac", 5))));
    assertEquals(
        List.of(), ids(find(ActorQuery.all().withTheme("mobilite").withCommune("Boussac"))));
  }

  @Test
  void equipmentOfSocialActionOnePerCommuneAndType() {
    ActorListing l = find(ActorQuery.all().withEquipment(true));
    List<ActorRow> eq = l.rows().stream().filter(ActorRow::isEquipment).toList();
    // A504 restaurant and B101 hypermarché are not social action; A110 is counted by insertion.
    assertEquals(
        List.of("bpe:23031:A110", "bpe:23031:D201", "bpe:23093:D232"),
        eq.stream().map(ActorRow::id).toList());
    ActorRow doctor = eq.get(1);
    assertEquals("Médecin généraliste (libellé du territoire)", doctor.name());
    assertEquals(2, doctor.count());
    assertEquals(List.of("sante"), doctor.themes());
    assertEquals(List.of("bpe-2013"), doctor.sources());
    assertEquals(ActorFixtures.BOUSSAC, doctor.position());
    // Labels the territory lacks come from the built-in BPE 2013 nomenclature.
    assertEquals("Agence de proximité pôle emploi", eq.get(0).name());
    // Equipment rows come after the actors of their commune.
    assertEquals("bpe:23031:A110", l.rows().get(2).id());
    assertEquals(6, l.actorCount());
    assertEquals(3, l.equipmentRowCount());
    assertEquals(7, l.equipmentCount());
  }

  @Test
  void equipmentFollowsTheThemeAndTheDistance() {
    ActorListing l = find(ActorQuery.all().withTheme("sante").withEquipment(true));
    assertEquals(List.of("bpe:23031:D201", "bpe:23093:D232"), ids(l));
    l = find(ActorQuery.all().withTheme("sante").withEquipment(true).near("Gouzon", 1));
    assertEquals(List.of("bpe:23093:D232"), ids(l));
    assertEquals(0, l.rows().get(0).distanceKm());
    // Equipment has no type nor public: such a filter leaves it out.
    assertEquals(List.of(), ids(find(ActorQuery.all().withType("x").withEquipment(true))));
  }

  @Test
  void summaryCountsByThemeAndCommuneAndListsCommunesWithoutActor() {
    ActorListing l = find(ActorQuery.all().withTheme("mobilite"));
    assertEquals(
        2,
        l.byTheme().stream()
            .filter(c -> c.theme().id().equals("mobilite"))
            .findFirst()
            .orElseThrow()
            .actors());
    assertEquals(
        List.of(
            new ActorListing.CommuneCount(new Place("23061", "Chénérailles"), 1),
            new ActorListing.CommuneCount(new Place("23093", "Gouzon"), 1)),
        l.byCommune());
    assertEquals(
        List.of("23031", "23096", "23227", "69290"),
        l.withoutActor().stream().map(Place::code).toList());

    // Near: the communes whose anchor is within the radius, and the commune itself.
    l = find(ActorQuery.all().withTheme("sante").near("Boussac", 5));
    assertEquals(List.of("23031", "23093"), l.withoutActor().stream().map(Place::code).toList());
  }

  @Test
  void queryIsCheckedAtConstruction() {
    assertThrows(IllegalArgumentException.class, () -> ActorQuery.all().near("Boussac", 0));
    assertThrows(
        IllegalArgumentException.class, () -> ActorQuery.all().near("Boussac", Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> ActorQuery.all().withTheme(" "));
    assertEquals("sante", ActorQuery.all().withTheme(" sante ").theme());
  }
}
