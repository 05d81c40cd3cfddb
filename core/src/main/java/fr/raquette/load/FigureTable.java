package fr.raquette.load;

import fr.raquette.territory.FigureNames;
import fr.raquette.territory.Role;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
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
  /**
   * A commune's figures once reconciled, numbered as {@link #names()}.
   *
   * @param values each figure's value, {@link Double#NaN} when unknown
   * @param secret the figures unknown because a file gives them as secret ({@code s})
   */
  record Merged(double[] values, BitSet secret) {}

  /** A row of a file, and the number over the whole table of each of its keys. */
  private record Part(String file, Role role, FiguresReader.Row row, int[] global) {}

  private final Map<String, List<Part>> byTarget = new HashMap<>();
  private final SortedSet<String> intensive = new TreeSet<>();

  // Every key NAME@YYYY of every file numbered once, over the whole table.
  private final Map<String, Integer> keyId = new HashMap<>();
  private final List<String> keys = new ArrayList<>();
  private final List<String> keyNames = new ArrayList<>();
  private final List<Integer> keyYears = new ArrayList<>();
  private final Map<FiguresReader.Keys, int[]> globalOf = new IdentityHashMap<>();
  // The keys some row added gives (a value or a secret), and those given as rates or medians.
  private final BitSet seen = new BitSet();
  private final BitSet rates = new BitSet();
  // The latest year of each figure over all the rows: a commune whose latest cell is empty does
  // not take an earlier census's value under the bare name (Besançon's 75+ of 2011 beside its
  // population of 2022); its figure is unknown, then imputed and flagged like any other.
  private final Map<String, Integer> newestYear = new HashMap<>();
  private FigureNames names;
  private int[] position;

  /** Adds a row already resolved to {@code target}. */
  void add(String file, Role role, String target, FiguresReader.Row row) {
    if (names != null) {
      throw new IllegalStateException("figures added after they were named");
    }
    FiguresReader.Keys k = row.keys();
    int[] global = globalOf.computeIfAbsent(k, this::number);
    byTarget.computeIfAbsent(target, x -> new ArrayList<>()).add(new Part(file, role, row, global));
    for (int j = 0; j < k.size(); j++) {
      if (row.has(j)) {
        see(global[j]);
        if (!additive(role, k.key()[j]) && !rates.get(global[j])) {
          rates.set(global[j]);
          intensive.add(k.name()[j]);
        }
      } else if (row.secret().get(j)) {
        see(global[j]);
      }
    }
  }

  /** The number over the table of each key of a file. */
  private int[] number(FiguresReader.Keys k) {
    int[] global = new int[k.size()];
    for (int j = 0; j < k.size(); j++) {
      int name = j;
      global[j] =
          keyId.computeIfAbsent(
              k.key()[j],
              x -> {
                keys.add(x);
                keyNames.add(k.name()[name]);
                keyYears.add(k.year()[name]);
                return keys.size() - 1;
              });
    }
    return global;
  }

  /** A key given by a row: its year is its figure's latest if none later was seen. */
  private void see(int key) {
    if (!seen.get(key)) {
      seen.set(key);
      newestYear.merge(keyNames.get(key), keyYears.get(key), Math::max);
    }
  }

  /** The names of the figures read that are rates or medians, not counts. */
  SortedSet<String> intensive() {
    return intensive;
  }

  boolean isEmpty() {
    return byTarget.isEmpty();
  }

  /**
   * The names of the figures of the communes, once every row is added: bare names for the latest
   * year of each figure over the whole table, {@code NAME@YYYY} for the earlier ones. A key names
   * one figure of one year, so no two keys become the same name.
   */
  FigureNames names() {
    if (names == null) {
      String[] shown = new String[keys.size()];
      for (int g = seen.nextSetBit(0); g >= 0; g = seen.nextSetBit(g + 1)) {
        String name = keyNames.get(g);
        shown[g] = newestYear.get(name).equals(keyYears.get(g)) ? name : keys.get(g);
      }
      names =
          new FigureNames(
              java.util.Arrays.stream(shown).filter(java.util.Objects::nonNull).toList());
      position = new int[keys.size()];
      for (int g = 0; g < shown.length; g++) {
        position[g] = shown[g] == null ? -1 : names.indexOf(shown[g]);
      }
    }
    return names;
  }

  /**
   * The figures of a commune over {@link #names()}: of each file (by name), its row for the
   * commune; the first file giving a figure gives its value.
   */
  Merged of(String commune) {
    FigureNames n = names();
    double[] values = new double[n.size()];
    java.util.Arrays.fill(values, Double.NaN);
    BitSet secret = new BitSet();
    for (List<Part> file : byFile(byTarget.getOrDefault(commune, List.of()))) {
      FiguresReader.Row one = combine(commune, file);
      int[] global = file.get(0).global();
      for (int j = 0; j < global.length; j++) {
        if (one.has(j) && Double.isNaN(values[position[global[j]]])) {
          values[position[global[j]]] = one.values()[j];
        } else if (one.secret().get(j)) {
          secret.set(position[global[j]]);
        }
      }
    }
    for (int k = secret.nextSetBit(0); k >= 0; k = secret.nextSetBit(k + 1)) {
      if (!Double.isNaN(values[k])) {
        secret.clear(k);
      }
    }
    return new Merged(values, secret);
  }

  private static final java.util.Comparator<Part> BY_FILE =
      java.util.Comparator.comparing(Part::file);

  /** The parts of a commune by file, files in the order of their names, parts as added. */
  private static List<List<Part>> byFile(List<Part> parts) {
    if (parts.size() <= 1) {
      return parts.isEmpty() ? List.of() : List.of(parts);
    }
    parts.sort(BY_FILE); // stable: the parts of a file stay in the order they were added
    List<List<Part>> byFile = new ArrayList<>();
    int from = 0;
    for (int i = 1; i <= parts.size(); i++) {
      if (i == parts.size() || !parts.get(i).file().equals(parts.get(from).file())) {
        byFile.add(parts.subList(from, i));
        from = i;
      }
    }
    return byFile;
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
    FiguresReader.Keys keys = parts.get(0).row().keys();
    double[] values = new double[keys.size()];
    BitSet secret = new BitSet();
    for (int k = 0; k < keys.size(); k++) {
      values[k] = Double.NaN;
      boolean given = false;
      for (Part p : parts) {
        given |= p.row().has(k);
        if (p.row().secret().get(k)) {
          secret.set(k);
        }
      }
      if (given) {
        values[k] =
            additive(parts.get(0).role(), keys.key()[k]) ? sum(parts, k) : weighted(parts, k);
      }
      if (!Double.isNaN(values[k])) {
        secret.clear(k);
      }
    }
    return new FiguresReader.Row(commune, keys, values, secret, parts.get(0).row().origin());
  }

  /** Whether a figure is a count (added up over parts) rather than a rate or a median. */
  static boolean additive(Role role, String key) {
    return role != Role.INCOME || key.startsWith("NB");
  }

  /** The sum over the parts, NaN when a part does not give it. */
  private static double sum(List<Part> parts, int k) {
    double s = 0;
    for (Part p : parts) {
      double v = p.row().values()[k];
      if (Double.isNaN(v)) {
        return Double.NaN;
      }
      s += v;
    }
    return s;
  }

  /** The mean weighted by {@code NBPERSMENFISC} of the same year, NaN when a part lacks either. */
  private static double weighted(List<Part> parts, int k) {
    int weight = parts.get(0).row().keys().sameYear(k, "NBPERSMENFISC");
    if (weight < 0) {
      return Double.NaN;
    }
    double s = 0;
    double w = 0;
    for (Part p : parts) {
      double v = p.row().values()[k];
      double pw = p.row().values()[weight];
      if (Double.isNaN(v) || Double.isNaN(pw)) {
        return Double.NaN;
      }
      s += v * pw;
      w += pw;
    }
    return w > 0 ? s / w : Double.NaN;
  }
}
