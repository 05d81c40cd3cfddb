package fr.raquette.action;

import fr.raquette.analysis.Classification;

/**
 * One commune × theme of a diagnosis, as far as following it over time needs: its class and the
 * figures behind it. Read back from a report's {@code indicateurs.csv}, or taken from a diagnosis
 * run in memory.
 *
 * @param commune INSEE code (text)
 * @param name the commune's name
 * @param theme theme id
 * @param classification the class
 * @param target the theme's target population, null when unknown
 * @param score accessibility score per 1,000, null when no supply is in reach
 * @param nearestKm distance to the nearest supply, null when none was found
 */
public record ClassRow(
    String commune,
    String name,
    String theme,
    Classification classification,
    Double target,
    Double score,
    Double nearestKm) {

  /** The key that pairs two diagnoses' rows. */
  public Key key() {
    return new Key(commune, theme);
  }

  /** A commune × theme. Sorted by commune code, then theme id. */
  public record Key(String commune, String theme) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      int c = commune.compareTo(o.commune);
      return c != 0 ? c : theme.compareTo(o.theme);
    }
  }
}
