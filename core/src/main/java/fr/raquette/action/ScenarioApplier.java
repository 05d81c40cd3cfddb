package fr.raquette.action;

import fr.raquette.territory.Actor;
import fr.raquette.territory.Commune;
import fr.raquette.territory.GeoPoint;
import fr.raquette.territory.Territory;
import fr.raquette.themes.Theme;
import fr.raquette.themes.ThemeCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Makes the territory a scenario describes. An added service is one unit of the theme's first BPE
 * type in the newest BPE vintage loaded (so the diagnosis counts it exactly as an existing one),
 * or, for a theme that the BPE does not supply there, an actor of the theme placed at the commune's
 * point. A removal takes units of every BPE type of the theme in the commune (all of them without
 * an amount) and, without an amount, the theme's actors located there.
 */
public final class ScenarioApplier {
  private ScenarioApplier() {}

  /**
   * What one change did, for the report.
   *
   * @param change the change as asked
   * @param commune the commune's code
   * @param communeName its name
   * @param typequ the BPE type added or removed, null for an actor
   * @param units how many units were added or removed (0: nothing was there to remove)
   */
  public record Applied(
      Scenario.Change change, String commune, String communeName, String typequ, double units) {}

  /** A scenario that cannot be applied: the message key's suffix and its argument. */
  public static final class ScenarioException extends RuntimeException {
    private final String key;
    private final String argument;

    ScenarioException(String key, String argument) {
      super(key + ": " + argument);
      this.key = key;
      this.argument = argument;
    }

    public String key() {
      return key;
    }

    public String argument() {
      return argument;
    }
  }

  /**
   * The territory after the scenario, and what was done.
   *
   * @param territory the changed territory (the input is left as it is)
   * @param applied one entry per change, in order
   */
  public record Result(Territory territory, List<Applied> applied) {}

  public static Result apply(Territory t, ThemeCatalog catalog, Scenario scenario) {
    SortedMap<String, SortedMap<String, Double>> equipment = new TreeMap<>();
    t.equipment().forEach((c, m) -> equipment.put(c, new TreeMap<>(m)));
    SortedMap<String, Integer> vintages = new TreeMap<>(t.equipmentVintage());
    List<Actor> actors = new ArrayList<>(t.actors());
    int newest = vintages.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    List<Applied> applied = new ArrayList<>();
    for (Scenario.Change ch : scenario.changes()) {
      Theme theme =
          catalog
              .resolveThemeId(ch.theme())
              .flatMap(catalog::get)
              .orElseThrow(() -> new ScenarioException("theme", ch.theme()));
      Commune c = commune(t, ch.commune());
      if (ch.kind() == Scenario.Kind.ADD) {
        applied.add(add(t, theme, c, ch, newest, equipment, vintages, actors));
      } else {
        applied.add(remove(theme, c, ch, vintages, equipment, actors));
      }
    }
    Territory changed =
        new Territory(
            t.name(),
            t.cogYear(),
            t.communes(),
            t.outlines(),
            t.anchors(),
            equipment,
            vintages,
            t.equipmentPoints(),
            t.bpeLabels(),
            List.copyOf(actors),
            t.needs(),
            t.inputs(),
            t.cogChanges(),
            t.problems(),
            t.perimeter(),
            t.iris(),
            t.travelTimes());
    return new Result(changed, List.copyOf(applied));
  }

  private static Applied add(
      Territory t,
      Theme theme,
      Commune c,
      Scenario.Change ch,
      int newest,
      SortedMap<String, SortedMap<String, Double>> equipment,
      SortedMap<String, Integer> vintages,
      List<Actor> actors) {
    double units = ch.amount() == null ? 1 : ch.amount();
    List<String> codes = newest == 0 ? List.of() : theme.bpeCodes(newest);
    if (!codes.isEmpty()) {
      String code = codes.get(0);
      equipment.computeIfAbsent(c.code(), k -> new TreeMap<>()).merge(code, units, Double::sum);
      vintages.putIfAbsent(code, newest);
      return new Applied(ch, c.code(), c.name(), code, units);
    }
    GeoPoint at = t.anchors().get(c.code());
    if (at == null) {
      throw new ScenarioException("no-outline", c.name());
    }
    int n = (int) Math.max(1, Math.round(units));
    for (int k = 0; k < n; k++) {
      actors.add(
          new Actor(
              "simulation:" + theme.id() + ":" + c.code() + ":" + (actors.size() + 1),
              theme.label(Locale.FRENCH) + " (" + c.name() + ")",
              List.of("simulation"),
              c.code(),
              at,
              Actor.Precision.COMMUNE,
              List.of(theme.id()),
              "simulation",
              List.of(),
              "",
              "",
              "",
              "",
              "simulation"));
    }
    return new Applied(ch, c.code(), c.name(), null, n);
  }

  private static Applied remove(
      Theme theme,
      Commune c,
      Scenario.Change ch,
      SortedMap<String, Integer> vintages,
      SortedMap<String, SortedMap<String, Double>> equipment,
      List<Actor> actors) {
    SortedMap<String, Double> here = equipment.get(c.code());
    double left = ch.amount() == null ? Double.POSITIVE_INFINITY : ch.amount();
    double removed = 0;
    String last = null;
    if (here != null) {
      for (String code : new ArrayList<>(here.keySet())) {
        Integer v = vintages.get(code);
        if (left > 0 && v != null && theme.bpeCodes(v).contains(code)) {
          double take = Math.min(left, here.get(code));
          double rest = here.get(code) - take;
          if (rest > 0) {
            here.put(code, rest);
          } else {
            here.remove(code);
          }
          left -= take;
          removed += take;
          last = code;
        }
      }
    }
    if (ch.amount() == null) {
      int before = actors.size();
      actors.removeIf(
          a -> a.commune().equals(c.code()) && fr.raquette.analysis.Diagnoser.supplies(theme, a));
      removed += before - actors.size();
    }
    return new Applied(ch, c.code(), c.name(), last, removed);
  }

  /** The commune named by a code, or by a name that only one commune of the territory has. */
  static Commune commune(Territory t, String text) {
    Commune byCode = t.communes().get(text);
    if (byCode != null) {
      return byCode;
    }
    String wanted = fold(text);
    List<Commune> named =
        t.communes().values().stream().filter(c -> fold(c.name()).equals(wanted)).toList();
    if (named.size() == 1) {
      return named.get(0);
    }
    throw new ScenarioException(named.isEmpty() ? "commune" : "ambiguous", text);
  }

  private static String fold(String s) {
    String n = java.text.Normalizer.normalize(s.strip(), java.text.Normalizer.Form.NFD);
    return n.replaceAll("\\p{M}", "").replace('’', '\'').toLowerCase(Locale.ROOT);
  }
}
