package fr.raquette.report;

import fr.raquette.action.ClassChange;
import fr.raquette.action.ScenarioApplier;
import fr.raquette.action.Simulation;
import fr.raquette.report.map.MapDrawing;
import fr.raquette.report.map.ThemeMap;
import fr.raquette.territory.Commune;
import fr.raquette.territory.Territory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The map of what a simulation changes: each commune of the perimeter coloured by its most telling
 * change, all themes together (a new gap, then a gap closed, then a gap of the other kind, then a
 * change of evaluability), the communes where a service was added or removed without a change of
 * class apart, the others unchanged. The tooltip of a commune lists its changes.
 */
public final class ChangeMap {
  private ChangeMap() {}

  /** The categories, in the legend's order; a commune takes the first that applies. */
  enum Shown {
    OPENED("#d73027", ClassChange.Kind.OPENED),
    CLOSED("#1a9850", ClassChange.Kind.CLOSED),
    MOVED("#fdae61", ClassChange.Kind.MOVED),
    EVALUATION("#9ecae1", ClassChange.Kind.EVALUATION),
    SITE("#4575b4", null),
    SAME("#f0f0f0", null);

    final String rgb;
    final ClassChange.Kind kind;

    Shown(String rgb, ClassChange.Kind kind) {
      this.rgb = rgb;
      this.kind = kind;
    }
  }

  public static MapDrawing drawing(String territory, Simulation s, Text x) {
    Territory t = s.before().territory();
    Map<String, List<ClassChange>> byCommune = new HashMap<>();
    for (ClassChange c : s.diff().changes()) {
      byCommune.computeIfAbsent(c.before().commune(), k -> new ArrayList<>()).add(c);
    }
    Set<String> sites = new TreeSet<>();
    for (ScenarioApplier.Applied a : s.applied()) {
      sites.add(a.commune());
    }
    List<ThemeMap.Category> legend = new ArrayList<>();
    for (Shown sh : Shown.values()) {
      legend.add(
          new ThemeMap.Category(
              sh.rgb, x.msg("action.map." + sh.name().toLowerCase(java.util.Locale.ROOT))));
    }
    return ThemeMap.categories(
        t,
        x.msg("action.map.title", territory),
        x.msg("action.map.subtitle"),
        x.msg("action.map.legend"),
        legend,
        code -> shown(byCommune.getOrDefault(code, List.of()), sites.contains(code)).ordinal(),
        code -> tooltip(t, code, byCommune.getOrDefault(code, List.of()), sites.contains(code), x),
        x,
        "map-changes");
  }

  /** The map as a standalone SVG document. */
  public static String svg(String territory, Simulation s, Text x) {
    StringBuilder sb = new StringBuilder();
    try {
      drawing(territory, s, x).writeSvg(sb);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // a StringBuilder does not throw
    }
    return sb.toString();
  }

  /** The map as a PNG image, drawn from the same drawing. */
  public static byte[] png(String territory, Simulation s, Text x) {
    return drawing(territory, s, x).png();
  }

  static Shown shown(List<ClassChange> changes, boolean site) {
    for (Shown sh : Shown.values()) {
      if (sh.kind != null && changes.stream().anyMatch(c -> c.kind() == sh.kind)) {
        return sh;
      }
    }
    return site ? Shown.SITE : Shown.SAME;
  }

  private static String tooltip(
      Territory t, String code, List<ClassChange> changes, boolean site, Text x) {
    Commune c = t.communes().get(code);
    String text = (c == null ? code : c.name()) + " (" + code + ")";
    if (site) {
      text = x.msg("action.map.tooltip.site", text);
    }
    for (ClassChange ch : changes) {
      text =
          x.msg(
              "action.map.tooltip.change",
              text,
              ch.before().theme(),
              ch.before().classification().label(x.french()),
              ch.after().classification().label(x.french()));
    }
    if (changes.isEmpty() && !site) {
      text = x.msg("action.map.tooltip.none", text);
    }
    return text;
  }
}
