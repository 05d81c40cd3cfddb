package fr.raquette.action;

import java.util.List;

/**
 * A site of a theme (suggested, or added by a scenario) and the people it newly brings within
 * reach.
 *
 * @param theme the theme id
 * @param commune code of the commune where the site is
 * @param name its name
 * @param people the target population of the gap communes it newly reaches (see {@link Coverage})
 * @param reached those communes, by code
 */
public record Site(String theme, String commune, String name, double people, List<String> reached) {
  public Site {
    reached = List.copyOf(reached);
  }
}
