package fr.raquette.analysis;

/** What a commune × theme is, in the words of the guide Territoires solidaires. */
public enum Classification {
  /** A need (declared, or a target population above the minimum) with no supply in reach. */
  TROU("trou", "trou dans la raquette", "gap"),
  /** Supply in reach, but well below the territory's reference, or needs declared despite it. */
  RENFORCER("renforcer", "réponse à renforcer", "to strengthen"),
  /** Supply in reach at or near the territory's reference, no need declared. */
  COUVERT("couvert", "couvert", "covered"),
  /** No data source for the theme, or no outline to measure distances from. */
  NON_EVALUABLE("non-evaluable", "non évaluable", "not assessable");

  private final String id;
  private final String fr;
  private final String en;

  Classification(String id, String fr, String en) {
    this.id = id;
    this.fr = fr;
    this.en = en;
  }

  /** Stable id for CSV and GeoJSON. */
  public String id() {
    return id;
  }

  public String label(boolean french) {
    return french ? fr : en;
  }

  public boolean isGap() {
    return this == TROU || this == RENFORCER;
  }
}
