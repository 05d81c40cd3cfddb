package fr.raquette.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.raquette.load.LoadOptions;
import fr.raquette.load.TerritoryLoader;
import fr.raquette.territory.Actor;
import fr.raquette.territory.Territory;
import fr.raquette.themes.ThemeCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Actors as the loader gives them: merged, placed, then listed. */
class ActorMergeTest {
  private static Territory load() throws Exception {
    Path dir =
        Path.of(ActorMergeTest.class.getResource("/territories/actors-merge/communes.csv").toURI())
            .getParent();
    ThemeCatalog catalog = ThemeCatalog.builtIn();
    return TerritoryLoader.load(dir, new LoadOptions(false, catalog::resolveThemeId, null));
  }

  @Test
  void twoSourcesWithTheSameSiretAreOneRowListingBothSources() throws Exception {
    ActorListing l = ActorFinder.find(load(), ThemeCatalog.builtIn(), ActorQuery.all());
    assertEquals(2, l.rows().size(), l.rows().toString());
    ActorRow grocery = l.rows().get(0);
    // The data·inclusion structure writes its SIRET with spaces and another name: same actor.
    assertEquals(List.of("data-inclusion:test", "local"), grocery.sources());
    assertEquals("23031", grocery.commune());
    // The local file has coordinates, the structure none: the point wins.
    assertEquals(Actor.Precision.POINT, grocery.precision());
    assertEquals(List.of("alimentation"), grocery.themes());
    // Merged in id order: the data·inclusion record first (its name, then the union of values).
    assertEquals("EPICERIE SOLIDAIRE DU PAYS", grocery.name());
    assertEquals(
        List.of("equipement-et-alimentation--alimentation", "alimentation"), grocery.thematiques());
  }

  @Test
  void anActorWithoutCoordinatesIsPlacedAtItsCommune() throws Exception {
    ActorListing l =
        ActorFinder.find(load(), ThemeCatalog.builtIn(), ActorQuery.all().near("Boussac", 50));
    ActorRow carers = l.rows().get(1);
    assertEquals("Relais des aidants (exemple)", carers.name());
    assertEquals(Actor.Precision.COMMUNE, carers.precision());
    // Placed at the interior point of its square outline: its centre line, latitude 46.125.
    assertEquals(46.125, carers.position().lat(), 1e-9);
  }
}
