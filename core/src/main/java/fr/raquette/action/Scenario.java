package fr.raquette.action;

import java.util.List;
import java.util.Locale;

/**
 * Services added to or removed from a territory, to see what the diagnosis would say then: a
 * planned opening, a closing pharmacy, a France services bus.
 *
 * @param changes the changes, applied in order
 */
public record Scenario(List<Scenario.Change> changes) {

  public Scenario {
    changes = List.copyOf(changes);
  }

  /** Added or removed. */
  public enum Kind {
    ADD,
    REMOVE
  }

  /**
   * One change.
   *
   * @param kind added or removed
   * @param theme the theme id it supplies
   * @param commune where (an INSEE code, or a commune name resolved against the territory)
   * @param amount how many units (equipment counts); null for 1 when adding, for all when removing
   */
  public record Change(Kind kind, String theme, String commune, Double amount) {
    public Change {
      if (amount != null && !(amount > 0 && amount <= 1_000_000)) {
        throw new IllegalArgumentException("amount");
      }
    }
  }

  /**
   * Reads {@code THEME:COMMUNE[:AMOUNT]} as the command line writes it.
   *
   * @throws IllegalArgumentException with the part that is wrong (its message is a key suffix:
   *     {@code form} or {@code amount})
   */
  public static Change parse(Kind kind, String text) {
    String[] parts = text.strip().split(":", -1);
    if (parts.length < 2 || parts.length > 3 || parts[0].isBlank() || parts[1].isBlank()) {
      throw new IllegalArgumentException("form");
    }
    Double amount = null;
    if (parts.length == 3) {
      try {
        amount = Double.parseDouble(parts[2].strip().replace(',', '.'));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("amount");
      }
    }
    return new Change(kind, parts[0].strip().toLowerCase(Locale.ROOT), parts[1].strip(), amount);
  }
}
