package fr.raquette.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.raquette.io.Problems;
import fr.raquette.territory.Commune;
import fr.raquette.territory.FigureNames;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast path {@link ImputationInOnePass} gives what its oracle {@link Imputation} gives: the
 * same communes (figures to the bit, imputed flags) and the same message, on random territories
 * with empty EPCIs, groups where nobody gives a figure, secrets, rates and earlier years; the
 * figures as sorted maps, or (even seeds) as the loader makes them, arrays over names shared by
 * every commune, one of them ({@code PPSOC}) given by none, only said secret.
 */
class ImputationAgreesTest {
  private static final List<String> FIGURES =
      List.of("POP", "POP75P", "MEN", "MED", "TP60", "POP@2011", "MED@2019", "NBPERSMENFISC");

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
  void fastPathAgreesWithItsOracle(long seed) {
    Random rnd = new Random(seed);
    SortedMap<String, Commune> in = new TreeMap<>();
    Map<String, SortedSet<String>> secret = new HashMap<>();
    int n = 1 + rnd.nextInt(400);
    double present = rnd.nextDouble();
    boolean shared = seed % 2 == 0;
    List<String> all = new java.util.ArrayList<>(FIGURES);
    all.add("PPSOC");
    FigureNames names = new FigureNames(all);
    for (int i = 0; i < n; i++) {
      String code = String.format("%05d", rnd.nextInt(100_000));
      String dep = "0" + rnd.nextInt(4);
      String epci = rnd.nextInt(5) == 0 ? "" : dep + "-" + rnd.nextInt(6);
      long pop = rnd.nextInt(10) == 0 ? 0 : rnd.nextInt(20_000);
      SortedMap<String, Double> f = new TreeMap<>();
      SortedSet<String> s = new TreeSet<>();
      for (String name : FIGURES) {
        if (rnd.nextDouble() < present) {
          f.put(name, rnd.nextDouble() * 1000);
        } else if (rnd.nextBoolean()) {
          s.add(name);
        }
      }
      if (rnd.nextInt(7) == 0) {
        s.add("PPSOC");
      }
      SortedMap<String, Double> figures = shared ? dense(names, f) : f;
      in.put(code, new Commune(code, code, dep, "", epci, epci, pop, figures, new TreeSet<>()));
      if (!s.isEmpty()) {
        secret.put(code, s);
      }
    }
    Set<String> intensive = Set.of("MED", "TP60");
    Problems slow = new Problems();
    Problems fast = new Problems();
    SortedMap<String, Commune> expected = Imputation.impute(in, secret, intensive, "f.csv", slow);
    SortedMap<String, Commune> actual =
        ImputationInOnePass.impute(in, secret, intensive, "f.csv", fast);
    assertEquals(expected, actual);
    assertEquals(slow.sorted(), fast.sorted());
  }

  private static SortedMap<String, Double> dense(FigureNames names, Map<String, Double> f) {
    double[] values = new double[names.size()];
    java.util.Arrays.fill(values, Double.NaN);
    f.forEach((name, v) -> values[names.indexOf(name)] = v);
    return names.values(values);
  }
}
