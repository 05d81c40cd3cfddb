package fr.raquette.territory;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Travel times between communes, in minutes, from a {@code couts} file (an OSRM or r5 matrix):
 * origin → destination → minutes, every code in the target COG. When a territory has them, the
 * diagnosis measures its catchments in minutes for the pairs listed (docs/methode.md, section 2).
 *
 * <p>A pair is read in the direction written (from where people live to the offer); when only the
 * reverse direction is listed, that one is used. A pair listed in neither direction is not
 * reachable: a matrix is cut at a maximum time, and a time invented from straight-line kilometres
 * would mix two measures in one catchment.
 *
 * @param files the {@code couts} files read, for the report
 * @param minutes origin → destination → minutes
 */
public record TravelTimes(
    SortedSet<String> files, SortedMap<String, SortedMap<String, Double>> minutes) {

  /** No travel times: the diagnosis measures straight-line kilometres. */
  public static final TravelTimes NONE =
      new TravelTimes(Collections.emptySortedSet(), Collections.emptySortedMap());

  public TravelTimes {
    files = Collections.unmodifiableSortedSet(new TreeSet<>(files));
    SortedMap<String, SortedMap<String, Double>> copy = new TreeMap<>();
    minutes.forEach(
        (from, row) -> copy.put(from, Collections.unmodifiableSortedMap(new TreeMap<>(row))));
    minutes = Collections.unmodifiableSortedMap(copy);
  }

  /** Whether no pair is known: the diagnosis then measures kilometres. */
  public boolean isEmpty() {
    return minutes.isEmpty();
  }

  /**
   * The minutes from commune {@code from} to commune {@code to}: the pair as written, else the
   * reverse pair; null when the file lists neither (not reachable).
   */
  public Double between(String from, String to) {
    SortedMap<String, Double> row = minutes.get(from);
    Double m = row == null ? null : row.get(to);
    if (m != null) {
      return m;
    }
    SortedMap<String, Double> back = minutes.get(to);
    return back == null ? null : back.get(from);
  }

  /** Every commune listed, as an origin or a destination. */
  public SortedSet<String> communes() {
    SortedSet<String> out = new TreeSet<>(minutes.keySet());
    minutes.values().forEach(r -> out.addAll(r.keySet()));
    return out;
  }

  /** How many pairs are listed (as written, once each). */
  public long pairs() {
    return minutes.values().stream().mapToLong(Map::size).sum();
  }
}
