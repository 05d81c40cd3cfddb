package fr.raquette.territory;

import java.util.List;

/**
 * An existing actor of the territory (a France services site, a data·inclusion structure or
 * service, a local association...).
 *
 * @param id stable identifier, prefixed by its source ({@code france-services:137})
 * @param sources every source this actor was found in (after merging duplicates)
 * @param commune the commune code in the territory's COG
 * @param position where it is; for {@link Precision#COMMUNE}, the commune's anchor point
 * @param thematiques data·inclusion thematiques or categories, or Raquette theme ids
 * @param type structure type or réseau porteur ({@code france-services}, {@code CCAS}...)
 */
public record Actor(
    String id,
    String name,
    List<String> sources,
    String commune,
    GeoPoint position,
    Precision precision,
    List<String> thematiques,
    String type,
    List<String> publics,
    String description,
    String siret,
    String address,
    String contact,
    String origin) {

  /** How precisely the actor is placed. */
  public enum Precision {
    /** Coordinates from the source. */
    POINT,
    /** No usable coordinates: placed at its commune's anchor point. */
    COMMUNE
  }

  /**
   * Where an actor was found. {@link Actor#sources()} writes each as its {@link #id()}, a
   * data·inclusion one followed by the platform it came through ({@code data-inclusion:dora}): the
   * rules that depend on the source ask {@link #names} instead of comparing text.
   */
  public enum Source {
    FRANCE_SERVICES("france-services"),
    DATA_INCLUSION("data-inclusion"),
    LOCAL("local");

    private final String id;

    Source(String id) {
      this.id = id;
    }

    /** How {@link Actor#sources()} and the outputs write it. */
    public String id() {
      return id;
    }

    /** Whether a source as written in {@link Actor#sources()} is this one. */
    public boolean names(String source) {
      return source.equals(id) || source.startsWith(id + ":");
    }
  }

  /** Whether the actor was found in that source (among others, after merging duplicates). */
  public boolean from(Source source) {
    return sources.stream().anyMatch(source::names);
  }

  public Actor {
    sources = List.copyOf(sources);
    thematiques = List.copyOf(thematiques);
    publics = List.copyOf(publics);
  }
}
