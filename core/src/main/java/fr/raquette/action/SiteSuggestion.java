package fr.raquette.action;

import fr.raquette.analysis.Classification;
import fr.raquette.analysis.Diagnoser;
import fr.raquette.analysis.Diagnosis;
import fr.raquette.analysis.DiagnosisOptions;
import fr.raquette.territory.GeoPoint;
import fr.raquette.territory.Territory;
import fr.raquette.themes.Theme;
import fr.raquette.themes.ThemeCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where N new sites of a theme would bring the most people within reach: a maximal covering
 * location problem over the perimeter's communes. Demand is the target population of every commune
 * the diagnosis finds without supply in reach (a "trou"); a site in commune j reaches the communes
 * whose point is within the theme's catchment (its last distance band) of j's point; candidates are
 * the perimeter's communes, or a list. Sites are chosen greedily ({@link MaximalCovering#greedy}),
 * then the diagnosis is run again with them (one unit each, {@link Simulation}) so that the report
 * gives the classes that actually change. A decision aid, not a decision: the catchment is
 * straight-line distance, and a site needs premises, staff and funding the data do not show.
 *
 * @param theme the theme
 * @param catchmentKm the reach of a site
 * @param sites the chosen sites, in the order chosen
 * @param uncovered the target population without supply in reach before, in the perimeter
 * @param simulation the diagnosis before and after the sites are added
 */
public record SiteSuggestion(
    Theme theme, double catchmentKm, List<Site> sites, double uncovered, Simulation simulation) {

  /**
   * A chosen site.
   *
   * @param commune code of the commune where the site would be
   * @param name its name
   * @param people people it brings within reach that no site chosen before reached
   * @param reached the communes it newly reaches, by code
   */
  public record Site(String commune, String name, double people, List<String> reached) {}

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
    Map<String, Double> demand = new TreeMap<>();
    for (ClassRow r : Simulation.rows(before)) {
      if (r.classification() == Classification.TROU && t.anchors().get(r.commune()) != null) {
        demand.put(r.commune(), r.target() == null ? 0 : r.target());
      }
    }
    List<String> demandCodes = new ArrayList<>(demand.keySet());
    double[] weights = demandCodes.stream().mapToDouble(demand::get).toArray();
    List<String> candidates = candidates(t, candidateCodes);
    List<int[]> covers = new ArrayList<>();
    for (String c : candidates) {
      GeoPoint at = t.anchors().get(c);
      List<Integer> reach = new ArrayList<>();
      for (int i = 0; i < demandCodes.size(); i++) {
        if (at.distanceKm(t.anchors().get(demandCodes.get(i))) <= km) {
          reach.add(i);
        }
      }
      covers.add(reach.stream().mapToInt(Integer::intValue).toArray());
    }
    MaximalCovering.Choice choice = MaximalCovering.greedy(weights, covers, count);
    List<Site> sites = sites(t, choice, candidates, covers, demandCodes);
    List<Scenario.Change> adds = new ArrayList<>();
    for (Site s : sites) {
      adds.add(new Scenario.Change(Scenario.Kind.ADD, theme.id(), s.commune(), null));
    }
    Simulation sim = Simulation.run(t, catalog, one, new Scenario(adds), before);
    double total = java.util.Arrays.stream(weights).sum();
    return new SiteSuggestion(theme, km, sites, total, sim);
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

  private static List<Site> sites(
      Territory t,
      MaximalCovering.Choice choice,
      List<String> candidates,
      List<int[]> covers,
      List<String> demandCodes) {
    boolean[] done = new boolean[demandCodes.size()];
    List<Site> sites = new ArrayList<>();
    for (int s = 0; s < choice.sites().length; s++) {
      int j = choice.sites()[s];
      List<String> reached = new ArrayList<>();
      for (int i : covers.get(j)) {
        if (!done[i]) {
          done[i] = true;
          reached.add(demandCodes.get(i));
        }
      }
      String code = candidates.get(j);
      sites.add(new Site(code, t.communes().get(code).name(), choice.gains()[s], reached));
    }
    return sites;
  }
}
