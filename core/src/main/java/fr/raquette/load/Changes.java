package fr.raquette.load;

import fr.raquette.i18n.Messages;
import fr.raquette.io.Problems;
import fr.raquette.territory.CogChange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every code change and drop of a load, per file, for the summary and the report: each code of a
 * file goes through {@link #resolve}, which asks the {@link CogReconciler} and counts what moved.
 */
final class Changes {
  /** One code of one file, and where it went ({@code to} is empty when dropped). */
  private record Key(String file, String code, String to, CogChange.Reason reason) {}

  /** Drops are said per file and reason. */
  private record Drop(String file, CogChange.Reason reason) {}

  /** Reasons said as information: the code is elsewhere, or its city counts by arrondissement. */
  private static final Set<CogChange.Reason> EXPECTED_DROPS =
      Set.of(CogChange.Reason.OUTSIDE, CogChange.Reason.CITY_SPLIT);

  private final CogReconciler cog;
  private final Map<Key, double[]> map = new LinkedHashMap<>();

  Changes(CogReconciler cog) {
    this.cog = cog;
  }

  CogReconciler cog() {
    return cog;
  }

  /** The code of the target COG for {@code code} (one record carrying {@code amount}), or null. */
  String resolve(String file, String code, double amount) {
    return resolve(file, code, 1, amount);
  }

  /** The code of the target COG for {@code code}, or null when dropped; counts the change. */
  String resolve(String file, String code, long records, double amount) {
    CogReconciler.Resolution r = cog.resolve(code);
    if (r.reason() != null) {
      double[] acc =
          map.computeIfAbsent(
              new Key(file, code, r.to() == null ? "" : r.to(), r.reason()), k -> new double[2]);
      acc[0] += records;
      acc[1] += amount;
    }
    return r.to();
  }

  /** The changes, by file, code and reason. */
  List<CogChange> list() {
    List<CogChange> out = new ArrayList<>();
    map.forEach(
        (k, v) ->
            out.add(
                new CogChange(
                    k.file(),
                    k.code(),
                    k.to().isEmpty() ? null : k.to(),
                    k.reason(),
                    (long) v[0],
                    v[1])));
    out.sort(
        Comparator.comparing(CogChange::file)
            .thenComparing(CogChange::from)
            .thenComparing(c -> c.reason().key()));
    return List.copyOf(out);
  }

  /** One problem per file and reason for dropped codes, so nothing is dropped silently. */
  void reportDrops(Problems problems) {
    Comparator<Drop> order = Comparator.comparing(Drop::file).thenComparing(d -> d.reason().name());
    Map<Drop, long[]> drops = new TreeMap<>(order);
    Map<Drop, TreeSet<String>> codes = new TreeMap<>(order);
    map.forEach(
        (k, v) -> {
          if (k.to().isEmpty()) {
            Drop key = new Drop(k.file(), k.reason());
            long[] acc = drops.computeIfAbsent(key, x -> new long[2]);
            acc[0]++;
            acc[1] += (long) v[0];
            codes.computeIfAbsent(key, x -> new TreeSet<>()).add(k.code());
          }
        });
    drops.forEach(
        (k, v) -> {
          String msg =
              Messages.text(
                  "load.drop", v[0], v[1], why(k.reason()), Codes.abbreviate(codes.get(k)));
          if (EXPECTED_DROPS.contains(k.reason())) {
            problems.info(k.file(), 0, 0, msg);
          } else {
            problems.warning(k.file(), 0, 0, msg);
          }
        });
  }

  private static String why(CogChange.Reason reason) {
    return Messages.text(
        switch (reason) {
          case OUTSIDE -> "load.drop.outside";
          case CITY_SPLIT -> "load.drop.city.split";
          case AMBIGUOUS -> "load.drop.ambiguous";
          default -> "load.drop.unknown";
        });
  }
}
