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
 */
public record DiagnosisOptions(
    Method method, List<String> themes, double actorsRadiusKm, int actorsPerGap) {

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
    themes = themes == null ? List.of() : List.copyOf(themes);
  }

  public static DiagnosisOptions defaults() {
    return new DiagnosisOptions(Method.E2SFCA, List.of(), DEFAULT_ACTORS_RADIUS_KM, 5);
  }
}
