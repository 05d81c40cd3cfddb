package fr.raquette.analysis;

import fr.raquette.access.Method;
import java.util.List;

/**
 * How to run a diagnosis. Immutable, validated at construction.
 *
 * @param method 2SFCA, E2SFCA (default) or 3SFCA; FCA needs demand-to-demand costs and is only
 *     offered by {@code raquette access}
 * @param themes theme ids to assess; empty for all
 * @param actorsRadiusKm how far to look for actors to mobilise around a gap
 * @param actorsPerGap how many actors to list per gap
 * @param yardstick what "à renforcer" is judged against: national values or the territory's mean
 * @param catchmentScale every catchment (band limits) multiplied by this; 1 normally
 * @param sensitivity whether to say of each gap if it holds at 0.75× and 1.5× the catchments
 */
public record DiagnosisOptions(
    Method method,
    List<String> themes,
    double actorsRadiusKm,
    int actorsPerGap,
    Yardstick yardstick,
    double catchmentScale,
    boolean sensitivity) {

  public static final double DEFAULT_ACTORS_RADIUS_KM = 30;

  public DiagnosisOptions {
    if (method == null || method == Method.FCA) {
      throw new IllegalArgumentException(
          "the diagnosis uses 2sfca, e2sfca or 3sfca; fca is offered by 'raquette access'");
    }
    if (!(actorsRadiusKm > 0)) {
      throw new IllegalArgumentException("the actors' radius must be positive: " + actorsRadiusKm);
    }
    if (actorsPerGap < 0) {
      throw new IllegalArgumentException("actors per gap must be ≥ 0: " + actorsPerGap);
    }
    if (!(catchmentScale > 0) || !Double.isFinite(catchmentScale)) {
      throw new IllegalArgumentException("the catchment scale must be positive: " + catchmentScale);
    }
    themes = themes == null ? List.of() : List.copyOf(themes);
    yardstick = yardstick == null ? Yardstick.territory() : yardstick;
  }

  /** The territory's mean as yardstick, catchments as the themes say, no sensitivity. */
  public DiagnosisOptions(
      Method method, List<String> themes, double actorsRadiusKm, int actorsPerGap) {
    this(method, themes, actorsRadiusKm, actorsPerGap, Yardstick.territory(), 1, false);
  }

  /** The same options with another yardstick. */
  public DiagnosisOptions withYardstick(Yardstick y) {
    return new DiagnosisOptions(
        method, themes, actorsRadiusKm, actorsPerGap, y, catchmentScale, sensitivity);
  }

  /** The same options with every catchment scaled, and no sensitivity (it would scale again). */
  public DiagnosisOptions atScale(double scale) {
    return new DiagnosisOptions(
        method, themes, actorsRadiusKm, actorsPerGap, yardstick, scale, false);
  }

  /** The same options with the sensitivity on or off. */
  public DiagnosisOptions withSensitivity(boolean on) {
    return new DiagnosisOptions(
        method, themes, actorsRadiusKm, actorsPerGap, yardstick, catchmentScale, on);
  }

  /** The built-in national yardstick, the themes' catchments, the sensitivity computed. */
  public static DiagnosisOptions defaults() {
    return new DiagnosisOptions(
        Method.E2SFCA, List.of(), DEFAULT_ACTORS_RADIUS_KM, 5, Yardstick.builtIn(), 1, true);
  }
}
