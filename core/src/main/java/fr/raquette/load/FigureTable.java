package fr.raquette.load;

import fr.raquette.territory.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The census, households and income figures of the territory's communes, once every code of every
 * file is brought to the target COG. This is the one place where rows of several codes become one
 * commune's figures (arrondissements of Paris, Lyon and Marseille, communes merged since the file's
 * vintage):
 *
 * <ul>
 *   <li>a row written with the commune's own code is the commune's, and rows of other codes that
 *       reconcile into it are then not added (Filosofi gives {@code 75056} and its
 *       arrondissements);
 *   <li>otherwise counts (census columns, Filosofi's {@code NB…}) are added up, and known only when
 *       every part gives them; rates and medians (the other Filosofi columns) are averaged weighted
 *       by the persons of fiscal households ({@code NBPERSMENFISC}), known only when every part
 *       gives both — a median of medians is an approximation, said in docs/methode.md.
 * </ul>
 *
 * <p>Across files, each figure is taken at its latest year; earlier years are kept under {@code
 * NAME@YYYY} (change over time).
 */
final class FigureTable {
  /** Where a figure of a commune comes from once reconciled. */
  record Merged(
      SortedMap<String, Double> values, SortedSet<String> secret, SortedSet<String> combined) {}

  private record Part(String file, Role role, FiguresReader.Row row) {}

  private final Map<String, List<Part>> byTarget = new TreeMap<>();
  private final SortedSet<String> intensive = new TreeSet<>();

  /** A key {@code NAME@YYYY} cut into its name and year. */
  private record Key(String name, int year) {}

  // Each key cut once, when first seen: every commune then shares one name string.
  private final Map<String, Key> keyOf = new HashMap<>();
  // The latest year of each figure over all the rows: a commune whose latest cell is empty does
  // not take an earlier census's value under the bare name (Besançon's 75+ of 2011 beside its
  // population of 2022); its figure is unknown, then imputed and flagged like any other.
  private final Map<String, Integer> newestYear = new HashMap<>();

  /** Adds a row already resolved to {@code target}. */
  void add(String file, Role role, String target, FiguresReader.Row row) {
    byTarget.computeIfAbsent(target, k -> new ArrayList<>()).add(new Part(file, role, row));
    for (String k : row.values().keySet()) {
      Key key = keyOf.computeIfAbsent(k, this::cut);
      if (!additive(role, k)) {
        intensive.add(key.name());
      }
    }
    row.secret().forEach(k -> keyOf.computeIfAbsent(k, this::cut));
  }

  /** Cuts a key seen for the first time, and keeps its year if it is its figure's latest. */
  private Key cut(String k) {
    int at = k.indexOf('@');
    Key key = new Key(k.substring(0, at), Integer.parseInt(k, at + 1, k.length(), 10));
    newestYear.merge(key.name(), key.year(), Math::max);
    return key;
  }

  /** The names of the figures read that are rates or medians, not counts. */
  SortedSet<String> intensive() {
    return intensive;
  }

  boolean isEmpty() {
    return byTarget.isEmpty();
  }

  /** The figures of a commune, latest year under the bare name; empty maps when none. */
  Merged of(String commune) {
    List<Part> parts = byTarget.getOrDefault(commune, List.of());
    Map<String, List<Part>> byFile = new TreeMap<>();
    for (Part p : parts) {
      byFile.computeIfAbsent(p.file(), k -> new ArrayList<>()).add(p);
    }
    SortedMap<String, Double> all = new TreeMap<>();
    SortedSet<String> secret = new TreeSet<>();
    SortedSet<String> combined = new TreeSet<>();
    for (List<Part> file : byFile.values()) {
      FiguresReader.Row one = combine(commune, file);
      one.values().forEach(all::putIfAbsent);
      secret.addAll(one.secret());
      if (file.size() > 1 && file.stream().noneMatch(p -> p.row().code().equals(commune))) {
        combined.addAll(one.values().keySet());
      }
    }
    return latest(all, secret, combined);
  }

  /**
   * Bare names for the latest year of each figure over the whole table, {@code NAME@YYYY} for the
   * earlier ones. A key names one figure of one year, so no two keys become the same name.
   */
  private Merged latest(
      SortedMap<String, Double> all, SortedSet<String> secret, SortedSet<String> combined) {
    SortedSet<String> keys = union(all.keySet(), secret);
    SortedMap<String, Double> values = new TreeMap<>();
    SortedSet<String> sec = new TreeSet<>();
    SortedSet<String> comb = new TreeSet<>();
    for (String k : keys) {
      Key cut = keyOf.get(k);
      String key = newestYear.get(cut.name()) == cut.year() ? cut.name() : k;
      Double v = all.get(k);
      if (v != null) {
        values.put(key, v);
      } else {
        sec.add(key);
      }
      if (combined.contains(k)) {
        comb.add(key);
      }
    }
    return new Merged(values, sec, comb);
  }

  private static SortedSet<String> union(java.util.Set<String> a, java.util.Set<String> b) {
    SortedSet<String> u = new TreeSet<>(a);
    u.addAll(b);
    return u;
  }

  /** One file's rows for one commune, as one row. */
  private static FiguresReader.Row combine(String commune, List<Part> parts) {
    for (Part p : parts) {
      if (p.row().code().equals(commune)) {
        return p.row();
      }
    }
    if (parts.size() == 1) {
      return parts.get(0).row();
    }
    SortedSet<String> keys = new TreeSet<>();
    SortedSet<String> secret = new TreeSet<>();
    for (Part p : parts) {
      keys.addAll(p.row().values().keySet());
      secret.addAll(p.row().secret());
    }
    SortedMap<String, Double> values = new TreeMap<>();
    for (String k : keys) {
      Double v = additive(parts.get(0).role(), k) ? sum(parts, k) : weighted(parts, k);
      if (v != null) {
        values.put(k, v);
      }
    }
    secret.removeAll(values.keySet());
    return new FiguresReader.Row(commune, values, secret, parts.get(0).row().origin());
  }

  /** Whether a figure is a count (added up over parts) rather than a rate or a median. */
  static boolean additive(Role role, String key) {
    return role != Role.INCOME || key.startsWith("NB");
  }

  private static Double sum(List<Part> parts, String k) {
    double s = 0;
    for (Part p : parts) {
      Double v = p.row().values().get(k);
      if (v == null) {
        return null;
      }
      s += v;
    }
    return s;
  }

  private static Double weighted(List<Part> parts, String k) {
    String weightKey = "NBPERSMENFISC" + k.substring(k.indexOf('@'));
    double s = 0;
    double w = 0;
    for (Part p : parts) {
      Double v = p.row().values().get(k);
      Double pw = p.row().values().get(weightKey);
      if (v == null || pw == null) {
        return null;
      }
      s += v * pw;
      w += pw;
    }
    return w > 0 ? s / w : null;
  }
}
