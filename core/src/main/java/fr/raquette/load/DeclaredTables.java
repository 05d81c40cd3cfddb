package fr.raquette.load;

import fr.raquette.i18n.Messages;
import fr.raquette.io.Problems;
import fr.raquette.territory.DeclaredNeed;
import fr.raquette.territory.TravelTimes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the territory declares beside INSEE's files, brought to the target COG: the needs of its
 * {@code besoins} files and the travel times of its {@code couts} files.
 */
final class DeclaredTables {
  private DeclaredTables() {}

  /**
   * The declared needs whose commune is in the target COG.
   *
   * @param illustrative the files marked as invented to illustrate the format
   */
  static List<DeclaredNeed> needs(
      List<NeedsReader.Raw> raws, Set<String> illustrative, Changes changes) {
    List<DeclaredNeed> needs = new ArrayList<>();
    for (NeedsReader.Raw n : raws) {
      String file = n.origin().file();
      String to = changes.resolve(file, n.code(), 1, n.weight());
      if (to != null) {
        needs.add(
            new DeclaredNeed(
                to,
                n.theme(),
                n.publicConcerned(),
                n.description(),
                n.source(),
                n.weight(),
                n.date(),
                n.origin(),
                illustrative.contains(file)));
      }
    }
    return List.copyOf(needs);
  }

  /**
   * The travel times of the {@code couts} files, codes brought to the target COG: two codes merged
   * into one commune keep their quickest time; a pair whose two communes merged into one is that
   * commune's own time only when it was written as such.
   */
  static TravelTimes travelTimes(List<CostsReader.Pair> pairs, Changes changes, Problems problems) {
    SortedMap<String, SortedMap<String, Double>> minutes = new TreeMap<>();
    TreeSet<String> files = new TreeSet<>();
    for (CostsReader.Pair p : pairs) {
      String file = p.origin().file();
      files.add(file);
      String from = changes.resolve(file, p.from(), 1, 1);
      String to = changes.resolve(file, p.to(), 1, 1);
      if (from == null || to == null || from.equals(to) && !p.from().equals(p.to())) {
        continue;
      }
      minutes.computeIfAbsent(from, x -> new TreeMap<>()).merge(to, p.minutes(), Math::min);
    }
    TravelTimes times = new TravelTimes(files, minutes);
    if (!files.isEmpty()) {
      problems.info(
          String.join(", ", files),
          0,
          0,
          Messages.text("load.costs.read", times.pairs(), times.communes().size()));
    }
    return times;
  }
}
