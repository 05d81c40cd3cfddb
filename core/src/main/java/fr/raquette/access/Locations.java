package fr.raquette.access;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Demand or supply locations as read from a table: ids in file order, with their values. Index
 * {@code i} is the one {@link CostMatrix} and {@link AccessibilityEngine} use.
 */
public final class Locations {
  private final String file;
  private final String[] ids;
  private final double[] values;
  private final Map<String, Integer> index;

  /**
   * @param file where they come from, for messages
   * @param ids distinct ids
   * @param values one finite value {@code >= 0} per id
   */
  public Locations(String file, List<String> ids, double[] values) {
    if (file == null || ids == null || values == null || ids.size() != values.length) {
      throw new IllegalArgumentException("need as many values as ids");
    }
    this.file = file;
    this.ids = ids.toArray(new String[0]);
    this.values = values.clone();
    this.index = new HashMap<>(ids.size() * 2);
    for (int i = 0; i < this.ids.length; i++) {
      if (!(values[i] >= 0) || !Double.isFinite(values[i])) {
        throw new IllegalArgumentException("value of '" + this.ids[i] + "' is " + values[i]);
      }
      if (index.putIfAbsent(this.ids[i], i) != null) {
        throw new IllegalArgumentException("id '" + this.ids[i] + "' appears twice");
      }
    }
  }

  /** The file the locations were read from, as named in messages. */
  public String file() {
    return file;
  }

  public int size() {
    return ids.length;
  }

  public String id(int i) {
    return ids[i];
  }

  public double value(int i) {
    return values[i];
  }

  /** A copy of the values, by index. */
  public double[] values() {
    return values.clone();
  }

  /** The index of {@code id}, or -1. */
  public int indexOf(String id) {
    Integer i = index.get(id);
    return i == null ? -1 : i;
  }
}
