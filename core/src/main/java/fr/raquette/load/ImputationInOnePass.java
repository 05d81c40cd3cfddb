package fr.raquette.load;

import fr.raquette.io.Problems;
import fr.raquette.territory.Commune;
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
 * commune's figures once, with the names, EPCIs and départements numbered, and keeps the group sums
 * in arrays. Each group sum still adds the same numbers in the same order (commune code order), so
 * every imputed value is the same double. {@code ImputationAgreesTest} compares both.
 */
final class ImputationInOnePass {
  private ImputationInOnePass() {}

  /** As {@link Imputation#impute}. */
  static SortedMap<String, Commune> impute(
      SortedMap<String, Commune> communes,
      Map<String, SortedSet<String>> secret,
      Set<String> intensive,
      String file,
      Problems problems) {
    SortedSet<String> sorted = new TreeSet<>();
    communes.values().forEach(c -> sorted.addAll(c.figures().keySet()));
    if (sorted.isEmpty()) {
      return communes;
    }
    Pass pass = new Pass(sorted.toArray(new String[0]), intensive, communes);
    pass.sum();
    SortedMap<String, Commune> out = new TreeMap<>();
    for (int i = 0; i < pass.all.length; i++) {
      Commune c = pass.all[i];
      SortedMap<String, Double> more = pass.imputed(i, secret.get(c.code()));
      out.put(c.code(), more == null ? c : Imputation.withImputed(c, more));
    }
    Imputation.tell(pass.told(), file, problems);
    return out;
  }

  /** One imputation: the figures numbered, the group sums, and what was imputed at which level. */
  private static final class Pass {
    final String[] names;
    final boolean[] rate;
    final Map<String, Integer> nameId = new HashMap<>();
    final Commune[] all;
    final Groups groups;
    // has[i * names + k]: commune i gives figure k. The sums of figure k over group g are at
    // [k * groups + g]: {Σ value or value × PMUN, Σ PMUN}.
    final boolean[] has;
    final double[] epciSum;
    final double[] depSum;
    // Per figure: {imputed at the EPCI, at the département, not imputable, of them secret}.
    final long[][] counts;

    Pass(String[] names, Set<String> intensive, SortedMap<String, Commune> communes) {
      this.names = names;
      rate = new boolean[names.length];
      for (int k = 0; k < names.length; k++) {
        nameId.put(names[k], k);
        String name = names[k];
        rate[k] = intensive.contains(name.contains("@") ? name.split("@")[0] : name);
      }
      all = communes.values().toArray(new Commune[0]);
      groups = Groups.of(all);
      has = new boolean[all.length * names.length];
      epciSum = new double[names.length * groups.epcis * 2];
      depSum = new double[names.length * groups.deps * 2];
      counts = new long[names.length][];
    }

    /** The group sums of every figure given. */
    void sum() {
      for (int i = 0; i < all.length; i++) {
        Commune c = all[i];
        for (Map.Entry<String, Double> e : c.figures().entrySet()) {
          int k = nameId.get(e.getKey());
          has[i * names.length + k] = true;
          double v = e.getValue();
          double w = rate[k] ? v * c.population() : v;
          add(epciSum, (k * groups.epcis + groups.epci[i]) * 2, w, c.population());
          add(depSum, (k * groups.deps + groups.dep[i]) * 2, w, c.population());
        }
      }
    }

    /** The figures imputed to commune {@code i}, or null when none; counts them. */
    SortedMap<String, Double> imputed(int i, Set<String> secret) {
      Commune c = all[i];
      SortedMap<String, Double> more = null;
      for (int k = 0; k < names.length; k++) {
        if (has[i * names.length + k]) {
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
        double value = rate[k] ? sums[at] / sums[at + 1] : sums[at] / sums[at + 1] * c.population();
        if (more == null) {
          more = new TreeMap<>();
        }
        more.put(names[k], value);
        n[level]++;
        if (secret != null && secret.contains(names[k])) {
          n[3]++;
        }
      }
      return more;
    }

    /** The counts of each figure that needed imputing, by name. */
    Map<String, long[]> told() {
      Map<String, long[]> told = new TreeMap<>();
      for (int k = 0; k < names.length; k++) {
        if (counts[k] != null) {
          told.put(names[k], counts[k]);
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
