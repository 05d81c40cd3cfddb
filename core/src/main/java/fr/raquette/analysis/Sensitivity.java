package fr.raquette.analysis;

import java.util.List;

/**
 * The sensitivity rule of a gap to the catchment (docs/methode.md, "Sensibilité"). Every catchment
 * is scaled by 0.75 and by 1.5 (band limits multiplied, weights unchanged) and the commune is
 * classified again, against the yardstick at the same scale. A gap holds at a scale when it is at
 * least as grave there:
 *
 * <ul>
 *   <li>a "trou" holds when it is still a "trou". With a narrower catchment it always is (no supply
 *       within D means none within 0.75·D); with a wider one it is exactly when no supply lies
 *       within 1.5·D, which the distance to the nearest offer tells without any recomputation;
 *   <li>a "réponse à renforcer" holds when it is a "trou" or still "à renforcer";
 * </ul>
 *
 * and a gap is "robuste" when it holds at both scales, else "sensible à la zone de desserte".
 */
public final class Sensitivity {
  private Sensitivity() {}

  /** The scales every catchment is multiplied by. */
  public static final List<Double> SCALES = List.of(0.75, 1.5);

  /** Whether the class found at 1× still holds as {@code scaled} at another scale. */
  public static boolean holds(Classification atOne, Classification scaled) {
    return switch (atOne) {
      case TROU -> scaled == Classification.TROU;
      case RENFORCER -> scaled == Classification.TROU || scaled == Classification.RENFORCER;
      default -> true;
    };
  }

  /** The robustness of a commune classified {@code atOne}, and {@code atScales} at each scale. */
  public static Robustness of(Classification atOne, List<Classification> atScales) {
    if (!atOne.isGap()) {
      return Robustness.SANS_OBJET;
    }
    for (Classification c : atScales) {
      if (!holds(atOne, c)) {
        return Robustness.SENSIBLE;
      }
    }
    return Robustness.ROBUSTE;
  }

  /**
   * Whether a "trou" at 1× is still one with every catchment scaled by {@code scale}: no offer
   * within {@code scale × catchment}. {@code nearestKm} is null when there is no offer at all.
   */
  public static boolean trouHolds(Double nearestKm, double catchmentKm, double scale) {
    return nearestKm == null || nearestKm > scale * catchmentKm;
  }
}
