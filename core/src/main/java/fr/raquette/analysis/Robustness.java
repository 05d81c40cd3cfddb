package fr.raquette.analysis;

/**
 * Whether a gap still holds when every catchment is scaled by {@link Sensitivity#SCALES} (0.75× and
 * 1.5×): a finding that a slightly different radius would erase is said to be so.
 */
public enum Robustness {
  /** The gap holds at 0.75× and at 1.5× the catchments. */
  ROBUSTE("robuste", "robuste", "robust"),
  /** The gap disappears, or turns milder, at 0.75× or 1.5× the catchments. */
  SENSIBLE("sensible", "sensible à la zone de desserte", "sensitive to the catchment"),
  /** Not a gap, or the sensitivity was not computed. */
  SANS_OBJET("", "", "");

  private final String id;
  private final String fr;
  private final String en;

  Robustness(String id, String fr, String en) {
    this.id = id;
    this.fr = fr;
    this.en = en;
  }

  /** Stable id for CSV: {@code robuste}, {@code sensible}, empty when not a gap. */
  public String id() {
    return id;
  }

  public String label(boolean french) {
    return french ? fr : en;
  }
}
