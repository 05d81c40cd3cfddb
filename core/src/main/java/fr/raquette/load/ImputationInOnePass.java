package fr.raquette.load;

import fr.raquette.io.Problems;
import fr.raquette.territory.Commune;
import fr.raquette.territory.FigureNames;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The fast path of {@link Imputation}, its oracle: the same figures, flags and message, bit for
 * bit. {@link Imputation} looks every figure name up in every commune (on all of France, 50 names ×
 * 35,000 communes × two passes of sorted-map look-ups, a sixth of the loading); this walks each
 * commune's figures once, as an array over the names of every commune's figures ({@link
 * FigureNames}, shared by the communes the loader makes, so that nothing is copied), with the EPCIs
 * and départements numbered, and keeps the group sums in arrays. Each group sum still adds the same
 * numbers in the same order (commune code order), so every imputed value is the same double. {@code
 * ImputationAgreesTest} compares both.
 */
final class ImputationInOnePass {
  private ImputationInOnePass() {}

  /** As {@link Imputation#impute}; a figure is never NaN. */
  static SortedMap<String, Commune> impute(
      SortedMap<String, Commune> communes,
      Map<String, SortedSet<String>> secret,
      Set<String> intensive,
      String file,
      Problems problems) {
    Pass pass = new Pass(communes, intensive);
    pass.sum();
    if (pass.given.isEmpty()) {
      return communes;
    }
    Ascending<Commune> out = new Ascending<>(); // the communes come in order
    for (int i = 0; i < pass.all.length; i++) {
      Commune c = pass.all[i];
      out.add(c.code(), pass.imputed(i, secret.get(c.code())));
    }
    Imputation.tell(pass.told(), file, problems);
    return out.toTreeMap();
  }

  /** One imputation: the figures numbered, the group sums, and what was imputed at which level. */
  private static final class Pass {
    final FigureNames names;
    final boolean[] rate;
    final Commune[] all;
    // rows[i][k]: figure k of commune i, NaN when not given; given: the figures some commune gives.
    final double[][] rows;
    final BitSet given = new BitSet();
    final Groups groups;
    // The sums of figure k over group g are at [k * groups + g]: {Σ value or value × PMUN, Σ PMUN}.
    final double[] epciSum;
    final double[] depSum;
    // Per figure: {imputed at the EPCI, at the département, not imputable, of them secret}.
    final long[][] counts;

    Pass(SortedMap<String, Commune> communes, Set<String> intensive) {
      all = communes.values().toArray(new Commune[0]);
      names = namesOf(all);
      rows = new double[all.length][];
      for (int i = 0; i < all.length; i++) {
        rows[i] = row(names, all[i].figures());
      }
      rate = new boolean[names.size()];
      for (int k = 0; k < names.size(); k++) {
        String name = names.name(k);
        rate[k] = intensive.contains(name.contains("@") ? name.split("@")[0] : name);
      }
      groups = Groups.of(all);
      epciSum = new double[names.size() * groups.epcis * 2];
      depSum = new double[names.size() * groups.deps * 2];
      counts = new long[names.size()][];
    }

    /** The names the communes' figures share, else the names of all their figures. */
    private static FigureNames namesOf(Commune[] all) {
      FigureNames shared = all.length == 0 ? null : FigureNames.of(all[0].figures());
      for (Commune c : all) {
        if (shared == null || shared.valuesOf(c.figures()) == null) {
          SortedSet<String> sorted = new TreeSet<>();
          for (Commune d : all) {
            sorted.addAll(d.figures().keySet());
          }
          return new FigureNames(sorted);
        }
      }
      return shared;
    }

    /** A commune's figures over the names: its own array when it has one over them. */
    private static double[] row(FigureNames names, Map<String, Double> figures) {
      double[] row = names.valuesOf(figures);
      if (row == null) {
        row = new double[names.size()];
        Arrays.fill(row, Double.NaN);
        for (Map.Entry<String, Double> e : figures.entrySet()) {
          row[names.indexOf(e.getKey())] = e.getValue();
        }
      }
      return row;
    }

    /** The group sums of every figure given. */
    void sum() {
      for (int i = 0; i < all.length; i++) {
        long pop = all[i].population();
        double[] row = rows[i];
        for (int k = 0; k < row.length; k++) {
          double v = row[k];
          if (Double.isNaN(v)) {
            continue;
          }
          given.set(k);
          double w = rate[k] ? v * pop : v;
          add(epciSum, (k * groups.epcis + groups.epci[i]) * 2, w, pop);
          add(depSum, (k * groups.deps + groups.dep[i]) * 2, w, pop);
        }
      }
    }

    /** Commune {@code i} with the figures imputed to it, if any; counts them. */
    Commune imputed(int i, Set<String> secret) {
      Commune c = all[i];
      double[] row = rows[i];
      double[] more = null;
      BitSet flags = null;
      for (int k = given.nextSetBit(0); k >= 0; k = given.nextSetBit(k + 1)) {
        if (!Double.isNaN(row[k])) {
          continue;
        }
        int at = -1;
        int level = 0;
        if (!c.epci().isEmpty()) {
          at = (k * groups.epcis + groups.epci[i]) * 2;
        }
        double[] sums = epciSum;
        if (at < 0 || !(sums[at + 1] > 0)) {
          sums = depSum;
          at = (k * groups.deps + groups.dep[i]) * 2;
          level = 1;
        }
        if (counts[k] == null) {
          counts[k] = new long[4];
        }
        long[] n = counts[k];
        if (!(sums[at + 1] > 0)) {
          n[2]++;
          continue;
        }
        if (more == null) {
          more = row.clone();
          flags = new BitSet();
        }
        more[k] = rate[k] ? sums[at] / sums[at + 1] : sums[at] / sums[at + 1] * c.population();
        flags.set(k);
        n[level]++;
        if (secret != null && secret.contains(names.name(k))) {
          n[3]++;
        }
      }
      return more == null ? c : withImputed(c, more, flags);
    }

    /** As {@link Imputation#withImputed}, over the names. */
    private Commune withImputed(Commune c, double[] figures, BitSet flags) {
      SortedSet<String> imputed = names.set(flags);
      if (!c.imputed().isEmpty()) {
        imputed = new TreeSet<>(imputed);
        imputed.addAll(c.imputed());
      }
      return Imputation.with(c, names.values(figures), imputed);
    }

    /** The counts of each figure that needed imputing, by name. */
    Map<String, long[]> told() {
      Map<String, long[]> told = new TreeMap<>();
      for (int k = 0; k < names.size(); k++) {
        if (counts[k] != null) {
          told.put(names.name(k), counts[k]);
        }
      }
      return told;
    }
  }

  /**
   * A group without any commune giving a figure has a zero sum of populations, as a group absent
   * from {@link Imputation}'s maps: both fall back (or count as unknown) alike.
   */
  private static void add(double[] sums, int at, double value, long pop) {
    sums[at] += value;
    sums[at + 1] += pop;
  }

  /** Each commune's EPCI and département, numbered. */
  private record Groups(int[] epci, int[] dep, int epcis, int deps) {
    static Groups of(Commune[] all) {
      Map<String, Integer> epciId = new HashMap<>();
      Map<String, Integer> depId = new HashMap<>();
      int[] epci = new int[all.length];
      int[] dep = new int[all.length];
      for (int i = 0; i < all.length; i++) {
        epci[i] = epciId.computeIfAbsent(all[i].epci(), k -> epciId.size());
        dep[i] = depId.computeIfAbsent(all[i].departement(), k -> depId.size());
      }
      return new Groups(epci, dep, epciId.size(), depId.size());
    }
  }
}
