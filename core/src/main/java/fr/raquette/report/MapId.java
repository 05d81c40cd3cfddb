package fr.raquette.report;

import java.util.Objects;

/**
 * Which map of a report: the overview of every theme, or one theme's. Typed, so that a theme may
 * bear any id, {@code overview} included: as a string key beside the theme ids, a theme of id
 * {@code overview} took the summary map's place (the run announced 12 maps, {@code cartes/} held
 * 11).
 *
 * <p>Ordered as the keys they replace (the overview as {@code "overview"} among the theme ids,
 * before a theme of that id), so that every output keeps its bytes.
 *
 * @param theme the theme's id, or null for the overview (see {@link #overview()})
 */
public record MapId(String theme) implements Comparable<MapId> {
  /** The overview map: every theme at once. */
  public static final MapId OVERVIEW = new MapId(null);

  private static final String OVERVIEW_KEY = "overview";

  /** The map of the theme of this id. */
  public static MapId theme(String themeId) {
    return new MapId(Objects.requireNonNull(themeId, "themeId"));
  }

  /** Whether this is the overview map. */
  public boolean overview() {
    return theme == null;
  }

  /**
   * Its file in the report folder, without extension: {@code cartes/synthese} ({@code
   * cartes/overview} in English) for the overview, {@code cartes/<theme id>} for a theme, but
   * {@code cartes/theme-<id>} for a theme whose id is the overview's file name.
   */
  public String file(Text x) {
    String overviewName = x.msg("map.overview.file");
    if (overview()) {
      return "cartes/" + overviewName;
    }
    return "cartes/" + (theme.equals(overviewName) ? "theme-" + theme : theme);
  }

  /**
   * The id of its figure in {@code rapport.html}: {@code map-overview}, {@code map-<theme id>}, and
   * {@code map-theme-overview} for a theme of id {@code overview}.
   */
  public String anchor() {
    if (overview()) {
      return "map-" + OVERVIEW_KEY;
    }
    return "map-" + (theme.equals(OVERVIEW_KEY) ? "theme-" + theme : theme);
  }

  @Override
  public int compareTo(MapId o) {
    int c = key().compareTo(o.key());
    return c != 0 ? c : Boolean.compare(!overview(), !o.overview());
  }

  private String key() {
    return overview() ? OVERVIEW_KEY : theme;
  }
}
