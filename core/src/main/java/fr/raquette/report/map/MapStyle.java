package fr.raquette.report.map;

/**
 * How a theme map is drawn. Immutable, validated at construction.
 *
 * @param fill what colours the communes: their classification, or their accessibility quintile
 * @param width width of the drawing in SVG user units (CSS pixels); the height follows the
 *     territory's shape
 * @param northArrow whether to draw a north arrow
 */
public record MapStyle(Fill fill, int width, boolean northArrow) {

  /** What colours the communes. */
  public enum Fill {
    /** Trou, à renforcer, couvert, non évaluable. */
    CLASSES,
    /** Accessibility score quintiles; communes without a score get their own classes. */
    QUANTILES
  }

  public static final int DEFAULT_WIDTH = 800;

  public MapStyle {
    if (fill == null) {
      throw new IllegalArgumentException("a map style needs a fill");
    }
    if (width < 400 || width > 4000) {
      throw new IllegalArgumentException("map width must be between 400 and 4000: " + width);
    }
  }

  /** Communes by classification, 800 units wide, with a north arrow. */
  public static MapStyle defaults() {
    return new MapStyle(Fill.CLASSES, DEFAULT_WIDTH, true);
  }

  /** Communes by accessibility quintile, 800 units wide, with a north arrow. */
  public static MapStyle quantiles() {
    return new MapStyle(Fill.QUANTILES, DEFAULT_WIDTH, true);
  }

  /**
   * Parses a style option: {@code classes} or {@code quantiles}.
   *
   * @throws IllegalArgumentException for anything else
   */
  public static MapStyle parse(String option) {
    return switch (option == null ? "" : option.strip()) {
      case "classes" -> defaults();
      case "quantiles" -> quantiles();
      default ->
          throw new IllegalArgumentException(
              fr.raquette.i18n.Messages.current().get("map.style.unknown", option));
    };
  }
}
