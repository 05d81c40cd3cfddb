package fr.raquette.action;

import fr.raquette.analysis.Diagnoser;
import fr.raquette.analysis.Diagnosis;
import fr.raquette.analysis.DiagnosisOptions;
import fr.raquette.territory.Territory;
import fr.raquette.themes.Theme;
import fr.raquette.themes.ThemeCatalog;
import java.util.ArrayList;
import java.util.List;

/**
 * Where N new sites of a theme would bring the most people within reach: a maximal covering
 * location problem over the perimeter's communes. Demand is the target population of every commune
 * where the diagnosis finds the theme a gap, "trou" or "à renforcer" ({@link Coverage}); a site in
 * commune j reaches the communes whose point is within the theme's catchment (its last distance
 * band) of j's point; candidates are the perimeter's communes, or a list. Sites are chosen greedily
 * ({@link MaximalCovering#greedy}), then the diagnosis is run again with them (one unit each,
 * {@link Simulation}) so that the report gives the classes that actually change. A decision aid,
 * not a decision: the catchment is straight-line distance, and a site needs premises, staff and
 * funding the data do not show.
 *
 * @param theme the theme
 * @param catchmentKm the reach of a site
 * @param sites the chosen sites, in the order chosen
 * @param uncovered the target population of the theme's gap communes before, in the perimeter
 * @param simulation the diagnosis before and after the sites are added
 */
public record SiteSuggestion(
    Theme theme, double catchmentKm, List<Site> sites, double uncovered, Simulation simulation) {

  public static SiteSuggestion suggest(
      Territory t,
      ThemeCatalog catalog,
      DiagnosisOptions options,
      Theme theme,
      int count,
      List<String> candidateCodes) {
    DiagnosisOptions one =
        new DiagnosisOptions(
            options.method(),
            List.of(theme.id()),
            options.actorsRadiusKm(),
            options.actorsPerGap(),
            options.yardstick(),
            options.catchmentScale(),
            options.sensitivity());
    Diagnosis before = Diagnoser.run(t, catalog, one);
    double km = theme.bands().max() * options.catchmentScale();
    Coverage demand = Coverage.of(before, theme.id(), km);
    List<String> candidates = candidates(t, candidateCodes);
    List<int[]> covers = new ArrayList<>();
    for (String c : candidates) {
      covers.add(demand.reach(t, c));
    }
    MaximalCovering.Choice choice = MaximalCovering.greedy(demand.weights(), covers, count);
    List<String> chosen = new ArrayList<>();
    for (int j : choice.sites()) {
      chosen.add(candidates.get(j));
    }
    List<Site> sites = demand.sites(t, chosen);
    List<Scenario.Change> adds = new ArrayList<>();
    for (Site s : sites) {
      adds.add(new Scenario.Change(Scenario.Kind.ADD, theme.id(), s.commune(), null));
    }
    Simulation sim = Simulation.run(t, catalog, one, new Scenario(adds), before);
    return new SiteSuggestion(theme, km, sites, demand.total(), sim);
  }

  private static List<String> candidates(Territory t, List<String> wanted) {
    List<String> out = new ArrayList<>();
    for (String code : wanted.isEmpty() ? t.communes().keySet() : new java.util.TreeSet<>(wanted)) {
      if (t.inPerimeter(code) && t.communes().containsKey(code) && t.anchors().get(code) != null) {
        out.add(code);
      }
    }
    return out;
  }
}
