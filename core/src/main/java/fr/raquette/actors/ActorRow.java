package fr.raquette.actors;

import fr.raquette.territory.Actor;
import fr.raquette.territory.GeoPoint;
import java.util.List;

/**
 * One line of an actor listing: an actor, or BPE equipment of one type in one commune (anonymous:
 * BPE counts equipment, it does not name it).
 *
 * @param id the actor's id, or {@code bpe:<commune>:<TYPEQU>}
 * @param name the actor's name, or the label of the equipment type
 * @param commune commune code
 * @param distanceKm distance from the {@code near} commune's anchor, or {@code null}
 * @param sources the actor's sources, or {@code bpe-<vintage>}
 * @param thematiques data·inclusion thematiques (or theme ids) as the sources give them
 * @param themes the Raquette themes it supplies, in catalogue order
 * @param position where it is, or {@code null} when it could not be placed
 * @param equipment the TYPEQU code of an equipment row, else {@code null}
 * @param count how many equipment of that type the commune has (0 for an actor)
 */
public record ActorRow(
    String id,
    String name,
    String commune,
    String communeName,
    Double distanceKm,
    Actor.Precision precision,
    List<String> sources,
    List<String> thematiques,
    List<String> themes,
    String type,
    List<String> publics,
    String description,
    String address,
    String contact,
    GeoPoint position,
    String equipment,
    double count) {

  public ActorRow {
    sources = List.copyOf(sources);
    thematiques = List.copyOf(thematiques);
    themes = List.copyOf(themes);
    publics = List.copyOf(publics);
  }

  /** Whether this row is BPE equipment rather than an actor. */
  public boolean isEquipment() {
    return equipment != null;
  }
}
