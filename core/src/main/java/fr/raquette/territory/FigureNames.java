package fr.raquette.territory;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The names of the figures of a territory's communes, sorted, shared by every commune: the figures
 * of a commune are then one array of values over these names (on France, 35,000 communes × 60
 * figures are 2 million doubles, not 2 million map entries and boxed values), read through the
 * unmodifiable sorted map and set {@link Commune#figures()} and {@link Commune#imputed()} give.
 */
public final class FigureNames {
  private final String[] names;
  private final Map<String, Integer> index = new HashMap<>();

  /** The names, sorted and without repetition. */
  public FigureNames(Collection<String> names) {
    this.names = new TreeSet<>(names).toArray(new String[0]);
    for (int k = 0; k < this.names.length; k++) {
      index.put(this.names[k], k);
    }
  }

  public int size() {
    return names.length;
  }

  public String name(int k) {
    return names[k];
  }

  /** The number of a name, or -1. */
  public int indexOf(Object name) {
    Integer k = index.get(name);
    return k == null ? -1 : k;
  }

  /**
   * The figures of a commune: {@code values[k]} for name {@code k}, unknown where {@link
   * Double#NaN}. The array is kept, not copied: it must not change afterwards.
   */
  public SortedMap<String, Double> values(double[] values) {
    return new Values(this, values);
  }

  /** The names of the set bits. The bit set is kept, not copied: it must not change afterwards. */
  public SortedSet<String> set(BitSet members) {
    return new Members(this, members);
  }

  /** The array behind a map {@link #values} made with these names, else {@code null}. */
  public double[] valuesOf(Map<String, Double> m) {
    return m instanceof Values v && v.names == this ? v.values : null;
  }

  /** The names of {@code m} (made by any {@code FigureNames}), else {@code null}. */
  public static FigureNames of(Map<String, Double> m) {
    return m instanceof Values v ? v.names : null;
  }

  /** Whether a map or set is one of these views, immutable already. */
  static boolean isView(Object o) {
    return o instanceof Values || o instanceof Members;
  }

  private static final class Values extends AbstractMap<String, Double>
      implements SortedMap<String, Double> {
    private final FigureNames names;
    private final double[] values;
    private final int size;

    Values(FigureNames names, double[] values) {
      if (values.length != names.size()) {
        throw new IllegalArgumentException(values.length + " values for " + names.size());
      }
      this.names = names;
      this.values = values;
      int n = 0;
      for (double v : values) {
        n += Double.isNaN(v) ? 0 : 1;
      }
      this.size = n;
    }

    @Override
    public Double get(Object key) {
      int k = names.indexOf(key);
      return k < 0 || Double.isNaN(values[k]) ? null : values[k];
    }

    @Override
    public boolean containsKey(Object key) {
      int k = names.indexOf(key);
      return k >= 0 && !Double.isNaN(values[k]);
    }

    @Override
    public int size() {
      return size;
    }

    private int nextGiven(int from) {
      int k = from;
      while (k < values.length && Double.isNaN(values[k])) {
        k++;
      }
      return k;
    }

    @Override
    public java.util.Set<Map.Entry<String, Double>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public Iterator<Map.Entry<String, Double>> iterator() {
          return new Iterator<>() {
            private int k = nextGiven(0);

            @Override
            public boolean hasNext() {
              return k < values.length;
            }

            @Override
            public Map.Entry<String, Double> next() {
              if (k >= values.length) {
                throw new NoSuchElementException();
              }
              Map.Entry<String, Double> e =
                  new AbstractMap.SimpleImmutableEntry<>(names.name(k), values[k]);
              k = nextGiven(k + 1);
              return e;
            }
          };
        }

        @Override
        public int size() {
          return size;
        }
      };
    }

    @Override
    public Comparator<? super String> comparator() {
      return null;
    }

    @Override
    public String firstKey() {
      int k = nextGiven(0);
      if (k >= values.length) {
        throw new NoSuchElementException();
      }
      return names.name(k);
    }

    @Override
    public String lastKey() {
      for (int k = values.length - 1; k >= 0; k--) {
        if (!Double.isNaN(values[k])) {
          return names.name(k);
        }
      }
      throw new NoSuchElementException();
    }

    // Ranges are rare (no caller in the project): a sorted copy answers them.
    private SortedMap<String, Double> copy() {
      return Collections.unmodifiableSortedMap(new TreeMap<>(this));
    }

    @Override
    public SortedMap<String, Double> subMap(String fromKey, String toKey) {
      return copy().subMap(fromKey, toKey);
    }

    @Override
    public SortedMap<String, Double> headMap(String toKey) {
      return copy().headMap(toKey);
    }

    @Override
    public SortedMap<String, Double> tailMap(String fromKey) {
      return copy().tailMap(fromKey);
    }
  }

  private static final class Members extends AbstractSet<String> implements SortedSet<String> {
    private final FigureNames names;
    private final BitSet bits;

    Members(FigureNames names, BitSet bits) {
      if (bits.length() > names.size()) {
        throw new IllegalArgumentException("bit " + (bits.length() - 1) + " of " + names.size());
      }
      this.names = names;
      this.bits = bits;
    }

    @Override
    public boolean contains(Object o) {
      int k = names.indexOf(o);
      return k >= 0 && bits.get(k);
    }

    @Override
    public int size() {
      return bits.cardinality();
    }

    @Override
    public Iterator<String> iterator() {
      return new Iterator<>() {
        private int k = bits.nextSetBit(0);

        @Override
        public boolean hasNext() {
          return k >= 0;
        }

        @Override
        public String next() {
          if (k < 0) {
            throw new NoSuchElementException();
          }
          String name = names.name(k);
          k = bits.nextSetBit(k + 1);
          return name;
        }
      };
    }

    @Override
    public Comparator<? super String> comparator() {
      return null;
    }

    @Override
    public String first() {
      if (bits.isEmpty()) {
        throw new NoSuchElementException();
      }
      return names.name(bits.nextSetBit(0));
    }

    @Override
    public String last() {
      if (bits.isEmpty()) {
        throw new NoSuchElementException();
      }
      return names.name(bits.length() - 1);
    }

    private SortedSet<String> copy() {
      return Collections.unmodifiableSortedSet(new TreeSet<>(this));
    }

    @Override
    public SortedSet<String> subSet(String fromElement, String toElement) {
      return copy().subSet(fromElement, toElement);
    }

    @Override
    public SortedSet<String> headSet(String toElement) {
      return copy().headSet(toElement);
    }

    @Override
    public SortedSet<String> tailSet(String fromElement) {
      return copy().tailSet(fromElement);
    }
  }
}
