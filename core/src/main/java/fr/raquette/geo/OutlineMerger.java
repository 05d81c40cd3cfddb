package fr.raquette.geo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.locationtech.jts.geom.Geometry;

/**
 * Brings outlines of an older COG to the territory's: the outlines of communes that merged are
 * unioned into the commune they became (2018 outlines {@code 23023} and {@code 23149} become the
 * 2026 commune {@code 23149}).
 */
public final class OutlineMerger {
  private OutlineMerger() {}

  /**
   * One commune of the result made from other codes of the input.
   *
   * @param code the code in the target COG
   * @param from the input codes unioned into it, sorted (it may include {@code code} itself)
   */
  public record Merge(String code, List<String> from) {
    public Merge {
      from = List.copyOf(from);
    }
  }

  /**
   * @param byCode outlines by target code, sorted; each a Polygon or MultiPolygon
   * @param merges the target codes that were built from other or several codes, sorted by code
   */
  public record Result(Map<String, Geometry> byCode, List<Merge> merges) {
    public Result {
      byCode = Collections.unmodifiableMap(new TreeMap<>(byCode));
      merges = List.copyOf(merges);
    }
  }

  /**
   * Moves each outline to its new code and unions those that meet on one code. Codes absent from
   * {@code oldToNew} keep their own; a chain ({@code a → b}, {@code b → c}) is followed to its end.
   * Pieces are unioned in code order, so the result does not depend on map iteration order.
   *
   * @throws IllegalArgumentException when the mapping loops ({@code a → b → a})
   */
  public static Result merge(Map<String, Geometry> outlines, Map<String, String> oldToNew) {
    Map<String, TreeSet<String>> sources = new TreeMap<>();
    for (String code : new TreeSet<>(outlines.keySet())) {
      sources.computeIfAbsent(target(code, oldToNew), k -> new TreeSet<>()).add(code);
    }
    Map<String, Geometry> out = new TreeMap<>();
    List<Map.Entry<String, TreeSet<String>>> moved = new ArrayList<>();
    for (Map.Entry<String, TreeSet<String>> e : sources.entrySet()) {
      TreeSet<String> from = e.getValue();
      if (from.size() == 1 && from.first().equals(e.getKey())) {
        out.put(e.getKey(), outlines.get(e.getKey()));
      } else {
        moved.add(e);
      }
    }
    // The unions are most of the work (320 communes of 2026 from 2018 outlines of all France),
    // and each depends on its own pieces only: they are computed side by side.
    List<Geometry> unions = moved.parallelStream().map(e -> union(e.getValue(), outlines)).toList();
    List<Merge> merges = new ArrayList<>();
    for (int i = 0; i < moved.size(); i++) {
      String code = moved.get(i).getKey();
      out.put(code, unions.get(i));
      merges.add(new Merge(code, new ArrayList<>(moved.get(i).getValue())));
    }
    return new Result(out, merges);
  }

  private static Geometry union(TreeSet<String> from, Map<String, Geometry> outlines) {
    List<Geometry> pieces = new ArrayList<>();
    for (String c : from) {
      pieces.add(outlines.get(c));
    }
    Geometry union = pieces.size() == 1 ? pieces.get(0) : OutlinesReader.union(pieces);
    return OutlinesReader.polygonal(union);
  }

  private static String target(String code, Map<String, String> oldToNew) {
    String c = code;
    for (int steps = 0; steps <= oldToNew.size(); steps++) {
      String next = oldToNew.get(c);
      if (next == null || next.equals(c)) {
        return c;
      }
      c = next;
    }
    throw new IllegalArgumentException("the code mapping loops from " + code);
  }
}
