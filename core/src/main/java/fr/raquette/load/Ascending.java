package fr.raquette.load;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Entries added in ascending order of their codes, made a {@link TreeMap} in one pass: the TreeMap
 * copied from a sorted map builds its tree without a comparison, where a put per entry walks down
 * and rebalances it (some fifteen comparisons of codes each, for every one of the 35,000 communes
 * of France, in several maps of the load). The map is the same TreeMap, entry for entry.
 *
 * <p>Rows of a file come in code order most often, not always: {@link #putIfAbsent} takes them in
 * any order, in a TreeMap from the first that does not ascend.
 *
 * @param <V> the values
 */
final class Ascending<V> {
  private String[] keys = new String[64];
  private Object[] values = new Object[64];
  private int size;
  private TreeMap<String, V> tree;

  /**
   * As {@link java.util.Map#putIfAbsent} on the map made: the value already there for {@code key},
   * or null when it was added.
   */
  @SuppressWarnings("unchecked")
  V putIfAbsent(String key, V value) {
    if (tree == null) {
      int after = size == 0 ? 1 : key.compareTo(keys[size - 1]);
      if (after > 0) {
        add(key, value);
        return null;
      }
      if (after == 0) {
        return (V) values[size - 1];
      }
      tree = toTreeMap();
    }
    return tree.putIfAbsent(key, value);
  }

  /** Adds an entry; its key must come after the last one's. */
  void add(String key, V value) {
    if (tree != null || size > 0 && keys[size - 1].compareTo(key) >= 0) {
      throw new IllegalArgumentException(key + " does not come after " + keys[size - 1]);
    }
    if (size == keys.length) {
      keys = java.util.Arrays.copyOf(keys, 2 * size);
      values = java.util.Arrays.copyOf(values, 2 * size);
    }
    keys[size] = key;
    values[size] = value;
    size++;
  }

  /** A TreeMap of the entries added (the one {@link #putIfAbsent} went on with, if it did). */
  TreeMap<String, V> toTreeMap() {
    return tree != null ? tree : new TreeMap<>(new Sorted());
  }

  /** The entries as the sorted map TreeMap's constructor reads: its size and its entries. */
  private final class Sorted extends AbstractMap<String, V> implements SortedMap<String, V> {
    @Override
    public Set<Map.Entry<String, V>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public Iterator<Map.Entry<String, V>> iterator() {
          return new Iterator<>() {
            private int at;

            @Override
            public boolean hasNext() {
              return at < size;
            }

            @Override
            @SuppressWarnings("unchecked")
            public Map.Entry<String, V> next() {
              if (at >= size) {
                throw new NoSuchElementException();
              }
              Map.Entry<String, V> e = new SimpleImmutableEntry<>(keys[at], (V) values[at]);
              at++;
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
      return null; // natural order, as the TreeMap made
    }

    @Override
    public String firstKey() {
      if (size == 0) {
        throw new NoSuchElementException();
      }
      return keys[0];
    }

    @Override
    public String lastKey() {
      if (size == 0) {
        throw new NoSuchElementException();
      }
      return keys[size - 1];
    }

    // Only TreeMap's constructor reads this map, and it asks for no range.
    @Override
    public SortedMap<String, V> subMap(String fromKey, String toKey) {
      throw new UnsupportedOperationException();
    }

    @Override
    public SortedMap<String, V> headMap(String toKey) {
      throw new UnsupportedOperationException();
    }

    @Override
    public SortedMap<String, V> tailMap(String fromKey) {
      throw new UnsupportedOperationException();
    }
  }
}
