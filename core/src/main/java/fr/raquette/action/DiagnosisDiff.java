package fr.raquette.action;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What changed between two diagnoses of one perimeter, commune × theme by commune × theme: the
 * classes that differ (with the figures behind them), and the rows only one of them has. Pure: the
 * same rows give the same result, sorted by theme, then commune code.
 *
 * @param changes the commune × themes whose class differs, by theme then commune
 * @param onlyBefore rows the first diagnosis has and the second lacks (another perimeter or theme
 *     list)
 * @param onlyAfter rows only the second has
 * @param compared how many commune × themes both have
 */
public record DiagnosisDiff(
    List<ClassChange> changes, List<ClassRow> onlyBefore, List<ClassRow> onlyAfter, int compared) {

  public DiagnosisDiff {
    changes = List.copyOf(changes);
    onlyBefore = List.copyOf(onlyBefore);
    onlyAfter = List.copyOf(onlyAfter);
  }

  /** Pairs the rows of two diagnoses by commune and theme. */
  public static DiagnosisDiff of(Collection<ClassRow> before, Collection<ClassRow> after) {
    SortedMap<ClassRow.Key, ClassRow> a = index(before);
    SortedMap<ClassRow.Key, ClassRow> b = index(after);
    List<ClassChange> changes = new ArrayList<>();
    List<ClassRow> onlyBefore = new ArrayList<>();
    int compared = 0;
    for (Map.Entry<ClassRow.Key, ClassRow> e : a.entrySet()) {
      ClassRow other = b.get(e.getKey());
      if (other == null) {
        onlyBefore.add(e.getValue());
        continue;
      }
      compared++;
      if (other.classification() != e.getValue().classification()) {
        changes.add(new ClassChange(e.getValue(), other));
      }
    }
    List<ClassRow> onlyAfter = new ArrayList<>();
    b.forEach(
        (k, r) -> {
          if (!a.containsKey(k)) {
            onlyAfter.add(r);
          }
        });
    changes.sort(
        java.util.Comparator.comparing((ClassChange c) -> c.before().theme())
            .thenComparing(c -> c.before().commune()));
    return new DiagnosisDiff(changes, onlyBefore, onlyAfter, compared);
  }

  private static SortedMap<ClassRow.Key, ClassRow> index(Collection<ClassRow> rows) {
    SortedMap<ClassRow.Key, ClassRow> m = new TreeMap<>();
    for (ClassRow r : rows) {
      if (m.put(r.key(), r) != null) {
        throw new IllegalArgumentException("commune × theme listed twice: " + r.key());
      }
    }
    return m;
  }

  /** Whether both diagnoses cover the same commune × themes. */
  public boolean samePerimeter() {
    return onlyBefore.isEmpty() && onlyAfter.isEmpty();
  }

  /** The changes of one kind. */
  public List<ClassChange> of(ClassChange.Kind kind) {
    return changes.stream().filter(c -> c.kind() == kind).toList();
  }

  /** People newly covered, all themes together (a person may count once per theme). */
  public double covered() {
    return changes.stream().mapToDouble(ClassChange::covered).sum();
  }
}
