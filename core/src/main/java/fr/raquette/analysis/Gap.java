package fr.raquette.analysis;

import fr.raquette.territory.Actor;
import java.util.List;

/**
 * A gap or a weak answer, with the actors that could be brought around the table.
 *
 * @param actors actors of the theme nearest the commune, closest first
 */
public record Gap(Indicator indicator, ThemeResult theme, List<NearbyActor> actors) {

  public Gap {
    actors = List.copyOf(actors);
  }

  /** An actor and its distance in km from the commune's anchor point. */
  public record NearbyActor(Actor actor, double km) {}
}
