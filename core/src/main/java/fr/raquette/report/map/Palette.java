package fr.raquette.report.map;

import fr.raquette.analysis.Classification;
import fr.raquette.report.map.MapDrawing.Fill;
import fr.raquette.report.map.MapDrawing.Hatch;
import fr.raquette.report.map.MapDrawing.Solid;

/**
 * The colours of the maps and of the report's class labels, in one place: the HTML report's style
 * sheet takes the classes' colours from here ({@link #TROU}, {@link #RENFORCER}, {@link #COUVERT},
 * the non évaluable hatching). ColorBrewer RdBu ends and OrRd/Reds ramps: readable with the common
 * colour-vision deficiencies, and in greyscale the lightness alone orders the classes (see
 * docs/maps.md).
 */
public final class Palette {
  private Palette() {}

  /** Trou dans la raquette: dark red, the darkest class. */
  public static final String TROU = "#b2182b";

  /** Réponse à renforcer: orange. */
  public static final String RENFORCER = "#ef8a62";

  /** Couvert: pale blue, the lightest class. */
  public static final String COUVERT = "#d1e5f0";

  /** Non évaluable: the background of its grey hatching. */
  public static final String NON_EVALUABLE_BACKGROUND = "#f0f0f0";

  /** Non évaluable: the lines of its hatching on a map. */
  public static final String NON_EVALUABLE_LINE = "#8c8c8c";

  /**
   * Non évaluable: the lines of its hatching behind text (a table cell), lighter to stay legible.
   */
  public static final String NON_EVALUABLE_TEXT_LINE = "#c8c8c8";

  static final Hatch NON_EVALUABLE = new Hatch(NON_EVALUABLE_BACKGROUND, NON_EVALUABLE_LINE);

  /**
   * "Couvert" only because the target population is under the theme's minimum: no supply is in
   * reach, so it must not look like a served commune.
   */
  static final Hatch COUVERT_BELOW_MINIMUM = new Hatch(COUVERT, TROU);

  /** Accessibility quintiles, lowest first: the least served are the darkest. */
  static final String[] QUINTILES = {"#d7301f", "#fc8d59", "#fdbb84", "#fdd49e", "#fef0d9"};

  /** No supply in reach: darker than the lowest quintile. */
  static final String NO_SUPPLY = "#67000d";

  /** Overview: 0, 1, 2, 3–4, 5 and more themes in gap. */
  static final String[] OVERVIEW = {"#f7f7f7", "#fcbba1", "#fb6a4a", "#cb181d", "#67000d"};

  static final String EQUIPMENT = "#2166ac";
  static final String INK = "#252525";
  static final String MUTED = "#555555";
  static final String OUTLINE = "#ffffff";

  /** Communes of the context ring, around the perimeter: loaded, not reported on. */
  static final String CONTEXT = "#dcdcdc";

  /** Frames of the overseas insets. */
  static final String FRAME = "#bdbdbd";

  private static final Fill TROU_FILL = new Solid(TROU);
  private static final Fill RENFORCER_FILL = new Solid(RENFORCER);
  private static final Fill COUVERT_FILL = new Solid(COUVERT);

  /** A classification's fill on a map. */
  static Fill of(Classification c) {
    return switch (c) {
      case TROU -> TROU_FILL;
      case RENFORCER -> RENFORCER_FILL;
      case COUVERT -> COUVERT_FILL;
      case NON_EVALUABLE -> NON_EVALUABLE;
    };
  }
}
