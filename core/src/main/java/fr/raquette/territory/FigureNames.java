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
 * unmodifiable sorted map and set {@link Commune#figures()} and {@link Commune#imputed()} give. The
 * equipment counts of a commune by TYPEQU are read so too, from two arrays ({@link #sparse}).
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

  /**
   * A sparse map: name {@code ids[i]} → {@code values[i]}, ids ascending (equipment counts by
   * TYPEQU: a commune has a few dozen of the 190 types). The arrays are kept, not copied.
   */
  public SortedMap<String, Double> sparse(int[] ids, double[] values) {
    return new Sparse(this, ids, values);
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
    return m instanceof View v ? v.names : null;
  }

  /** Whether a map or set is one of these views, immutable already. */
  static boolean isView(Object o) {
    return o instanceof View || o instanceof Members;
  }

  /**
   * An unmodifiable sorted map over the names, walked by position: {@link #first()}, then {@link
   * #next}, up to {@link #end()}.
   */
  private abstract static class View extends AbstractMap<String, Double>
      implements SortedMap<String, Double> {
    final FigureNames names;

    View(FigureNames names) {
      this.names = names;
    }

    /** The position of a name's value, or -1. */
    abstract int find(Object key);

    abstract int first();

    abstract int next(int at);

    abstract int last();

    abstract int end();

    abstract String nameAt(int at);

    abstract double valueAt(int at);

    @Override
    public Double get(Object key) {
      int at = find(key);
      return at < 0 ? null : valueAt(at);
    }

    @Override
    public boolean containsKey(Object key) {
      return find(key) >= 0;
    }

    @Override
    public java.util.Set<Map.Entry<String, Double>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public Iterator<Map.Entry<String, Double>> iterator() {
          return new Iterator<>() {
            private int at = first();

            @Override
            public boolean hasNext() {
              return at < end();
            }

            @Override
            public Map.Entry<String, Double> next() {
              if (at >= end()) {
                throw new NoSuchElementException();
              }
              Map.Entry<String, Double> e =
                  new AbstractMap.SimpleImmutableEntry<>(nameAt(at), valueAt(at));
              at = View.this.next(at);
              return e;
            }
          };
        }

        @Override
        public int size() {
          return View.this.size();
        }
      };
    }

    @Override
    public Comparator<? super String> comparator() {
      return null;
    }

    @Override
    public String firstKey() {
      if (isEmpty()) {
        throw new NoSuchElementException();
      }
      return nameAt(first());
    }

    @Override
    public String lastKey() {
      if (isEmpty()) {
        throw new NoSuchElementException();
      }
      return nameAt(last());
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

  /** A value for every name, NaN where unknown: positions are name numbers. */
  private static final class Values extends View {
    private final double[] values;
    private final int size;

    Values(FigureNames names, double[] values) {
      super(names);
      if (values.length != names.size()) {
        throw new IllegalArgumentException(values.length + " values for " + names.size());
      }
      this.values = values;
      int n = 0;
      for (double v : values) {
        n += Double.isNaN(v) ? 0 : 1;
      }
      this.size = n;
    }

    @Override
    int find(Object key) {
      int k = names.indexOf(key);
      return k < 0 || Double.isNaN(values[k]) ? -1 : k;
    }

    @Override
    int first() {
      return next(-1);
    }

    @Override
    int next(int at) {
      int k = at + 1;
      while (k < values.length && Double.isNaN(values[k])) {
        k++;
      }
      return k;
    }

    @Override
    int last() {
      int k = values.length - 1;
      while (k >= 0 && Double.isNaN(values[k])) {
        k--;
      }
      return k;
    }

    @Override
    int end() {
      return values.length;
    }

    @Override
    String nameAt(int at) {
      return names.name(at);
    }

    @Override
    double valueAt(int at) {
      return values[at];
    }

    @Override
    public int size() {
      return size;
    }
  }

  /** Values for some names: position {@code i} holds name {@code ids[i]}. */
  private static final class Sparse extends View {
    private final int[] ids;
    private final double[] values;

    Sparse(FigureNames names, int[] ids, double[] values) {
      super(names);
      if (ids.length != values.length) {
        throw new IllegalArgumentException(ids.length + " names for " + values.length + " values");
      }
      for (int i = 1; i < ids.length; i++) {
        if (ids[i] <= ids[i - 1]) {
          throw new IllegalArgumentException("names not ascending at " + i);
        }
      }
      this.ids = ids;
      this.values = values;
    }

    @Override
    int find(Object key) {
      int k = names.indexOf(key);
      int at = k < 0 ? -1 : java.util.Arrays.binarySearch(ids, k);
      return Math.max(-1, at);
    }

    @Override
    int first() {
      return 0;
    }

    @Override
    int next(int at) {
      return at + 1;
    }

    @Override
    int last() {
      return ids.length - 1;
    }

    @Override
    int end() {
      return ids.length;
    }

    @Override
    String nameAt(int at) {
      return names.name(ids[at]);
    }

    @Override
    double valueAt(int at) {
      return values[at];
    }

    @Override
    public int size() {
      return ids.length;
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
