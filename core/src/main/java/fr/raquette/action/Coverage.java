package fr.raquette.action;

import fr.raquette.analysis.Diagnosis;
import fr.raquette.territory.GeoPoint;
import fr.raquette.territory.Territory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who a site of a theme would bring within reach: the demand is the target population of every
 * perimeter commune where the diagnosis finds the theme a gap (a "trou": no supply in reach; or "à
 * renforcer": supply too weak for its population), and a site in commune j reaches the communes
 * whose point is within the theme's catchment (its last distance band) of j's point. Shared by
 * {@link SiteSuggestion} (which chooses the sites) and {@link Simulation} (which reports who the
 * added sites reach), so that both count people the same way: the people a site brings are the sum
 * of the target populations of the gap communes it newly reaches.
 *
 * @param theme the theme id
 * @param catchmentKm the reach of a site
 * @param codes the gap communes, by code
 * @param weights their target populations, in the order of {@code codes}
 */
record Coverage(String theme, double catchmentKm, List<String> codes, double[] weights) {

  /** The gap communes of {@code theme} in {@code before}, the demand of a covering problem. */
  static Coverage of(Diagnosis before, String theme, double catchmentKm) {
    Territory t = before.territory();
    Map<String, Double> demand = new TreeMap<>();
    for (ClassRow r : Simulation.rows(before)) {
      if (r.theme().equals(theme)
          && r.classification().isGap()
          && t.anchors().get(r.commune()) != null) {
        demand.put(r.commune(), r.target() == null ? 0 : r.target());
      }
    }
    List<String> codes = List.copyOf(demand.keySet());
    double[] weights = codes.stream().mapToDouble(demand::get).toArray();
    return new Coverage(theme, catchmentKm, codes, weights);
  }

  /** The demand points (indices into {@link #codes}) a site at {@code commune} reaches. */
  int[] reach(Territory t, String commune) {
    GeoPoint at = t.anchors().get(commune);
    if (at == null) {
      return new int[0];
    }
    List<Integer> reach = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      if (at.distanceKm(t.anchors().get(codes.get(i))) <= catchmentKm) {
        reach.add(i);
      }
    }
    return reach.stream().mapToInt(Integer::intValue).toArray();
  }

  /** All the people of the demand. */
  double total() {
    return java.util.Arrays.stream(weights).sum();
  }

  /**
   * The sites in the order given, each with the gap communes it reaches that no earlier site of the
   * list reached, and their people.
   */
  List<Site> sites(Territory t, List<String> communes) {
    boolean[] done = new boolean[codes.size()];
    List<Site> sites = new ArrayList<>();
    for (String code : communes) {
      List<String> reached = new ArrayList<>();
      double people = 0;
      for (int i : reach(t, code)) {
        if (!done[i]) {
          done[i] = true;
          reached.add(codes.get(i));
          people += weights[i];
        }
      }
      sites.add(new Site(theme, code, t.communes().get(code).name(), people, reached));
    }
    return sites;
  }
}
