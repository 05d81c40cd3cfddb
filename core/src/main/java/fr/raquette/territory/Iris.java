package fr.raquette.territory;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An IRIS, INSEE's quartier of about 2,000 inhabitants, inside a commune or an arrondissement of
 * the territory: where need is measured finer than the commune. Supply stays at the level its
 * source gives (commune, arrondissement, or an actor's coordinates).
 *
 * @param code the IRIS code, 9 characters, the first five its commune or arrondissement as the IRIS
 *     file writes it
 * @param name its name ({@code nom_iris}), empty when the outlines do not give one
 * @param commune the commune (or arrondissement) of the territory it belongs to
 * @param anchor a point inside its outline, {@code null} when it has none
 * @param figures census figures as in {@link Commune#figures()} ({@code POP}, {@code POP75P},
 *     {@code MENFAMMONO}…), empty when no IRIS census file gives it
 */
public record Iris(
    String code, String name, String commune, GeoPoint anchor, SortedMap<String, Double> figures) {

  public Iris {
    figures = Collections.unmodifiableSortedMap(new TreeMap<>(figures));
  }

  /** A figure of the IRIS, or {@code null} when unknown. */
  public Double figure(String n) {
    return figures.get(n);
  }
}
