package fr.raquette.load;

import java.util.Arrays;

/**
 * Equipment counts of one commune by TYPEQU, while the BPE is read and reconciled. A commune has a
 * few dozen types at most, so two arrays in the order types were first added serve better than a
 * map of boxed doubles: the national BPE fills 70,000 of these from a million rows.
 */
final class TypeCounts {
  private String[] types = new String[8];
  private double[] counts = new double[8];
  private int size;

  /** Whether every type was added after the previous one in string order. */
  private boolean ascending = true;

  /** Rows added, to say how many a dropped commune code carried. */
  long rows;

  /** Adds {@code n} to the count of {@code type}, as {@code Map.merge(type, n, Double::sum)}. */
  void add(String type, double n) {
    int after = size == 0 ? 1 : type.compareTo(types[size - 1]);
    if (after == 0) {
      counts[size - 1] += n;
      return;
    }
    // INSEE files give a commune's rows in TYPEQU order: while they come so, a type after the
    // last one is new, without looking through the others.
    if (after < 0 || !ascending) {
      for (int i = size - 1; i >= 0; i--) {
        if (types[i].equals(type)) {
          counts[i] += n;
          return;
        }
      }
    }
    if (after < 0) {
      ascending = false;
    }
    if (size == types.length) {
      types = Arrays.copyOf(types, size * 2);
      counts = Arrays.copyOf(counts, size * 2);
    }
    types[size] = type;
    counts[size] = n;
    size++;
  }

  /** Adds every count of {@code other}, in its order. */
  void addAll(TypeCounts other) {
    if (size == 0) {
      // Most often the first: a commune's own code, with distinct types.
      types = Arrays.copyOf(other.types, Math.max(8, other.size));
      counts = Arrays.copyOf(other.counts, types.length);
      size = other.size;
      ascending = other.ascending;
      return;
    }
    for (int i = 0; i < other.size; i++) {
      add(other.types[i], other.counts[i]);
    }
  }

  int size() {
    return size;
  }

  String type(int i) {
    return types[i];
  }

  double count(int i) {
    return counts[i];
  }

  /** The sum of the counts. */
  double total() {
    return Arrays.stream(counts, 0, size).sum();
  }
}
