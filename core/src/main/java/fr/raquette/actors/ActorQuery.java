package fr.raquette.actors;

/**
 * Which actors to list. Immutable; every filter is optional ({@code null}) and they combine with
 * "and". Values are checked here, names (communes, themes) against a territory by {@link
 * ActorFinder}.
 *
 * @param theme a Raquette theme id or label, or a data·inclusion thematique or category
 * @param commune a commune code or name: only actors located in it
 * @param near a commune code or name: only actors within {@code radiusKm} of its anchor point,
 *     sorted by distance
 * @param radiusKm the radius of {@code near}, inclusive, in km
 * @param type structure type or réseau porteur ({@code CCAS}, {@code france-services}...)
 * @param audience a data·inclusion public, or part of one ({@code jeunes})
 * @param search text to find in the name or the description
 * @param withEquipment whether to add BPE equipment of social action, one row per commune × type
 */
public record ActorQuery(
    String theme,
    String commune,
    String near,
    double radiusKm,
    String type,
    String audience,
    String search,
    boolean withEquipment) {

  /** The radius of {@code near} when none is given. */
  public static final double DEFAULT_RADIUS_KM = 10;

  public ActorQuery {
    theme = value(theme, "theme");
    commune = value(commune, "commune");
    near = value(near, "near");
    type = value(type, "type");
    audience = value(audience, "public");
    search = value(search, "search");
    if (!(radiusKm > 0) || !Double.isFinite(radiusKm)) {
      throw new IllegalArgumentException(
          "the radius must be a positive number of km, found " + radiusKm);
    }
  }

  private static String value(String v, String what) {
    if (v == null) {
      return null;
    }
    if (v.isBlank()) {
      throw new IllegalArgumentException("the " + what + " filter is empty");
    }
    return v.strip();
  }

  /** Every actor, no equipment. */
  public static ActorQuery all() {
    return new ActorQuery(null, null, null, DEFAULT_RADIUS_KM, null, null, null, false);
  }

  public ActorQuery withTheme(String t) {
    return new ActorQuery(t, commune, near, radiusKm, type, audience, search, withEquipment);
  }

  public ActorQuery withCommune(String c) {
    return new ActorQuery(theme, c, near, radiusKm, type, audience, search, withEquipment);
  }

  public ActorQuery near(String c, double km) {
    return new ActorQuery(theme, commune, c, km, type, audience, search, withEquipment);
  }

  public ActorQuery withType(String t) {
    return new ActorQuery(theme, commune, near, radiusKm, t, audience, search, withEquipment);
  }

  public ActorQuery withAudience(String a) {
    return new ActorQuery(theme, commune, near, radiusKm, type, a, search, withEquipment);
  }

  public ActorQuery withSearch(String s) {
    return new ActorQuery(theme, commune, near, radiusKm, type, audience, s, withEquipment);
  }

  public ActorQuery withEquipment(boolean e) {
    return new ActorQuery(theme, commune, near, radiusKm, type, audience, search, e);
  }
}
