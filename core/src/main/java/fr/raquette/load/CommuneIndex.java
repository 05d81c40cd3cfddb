package fr.raquette.load;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * What the communes files say about codes, as the loader and {@code raquette init} both read it:
 * the communes (TYPECOM {@code COM}) by code, and for every other code (arrondissement, commune
 * déléguée or associée) the commune it belongs to and its TYPECOM.
 */
public final class CommuneIndex {
  private final Map<String, CommunesReader.Row> communes = new TreeMap<>();
  private final Map<String, String> parentOf = new HashMap<>();
  private final Map<String, String> parentType = new HashMap<>();

  /**
   * Adds the rows of one communes file: a commune already met keeps its first row.
   *
   * @param twice told of a commune met again: its new row, then the row kept
   * @return whether the file held at least one commune
   */
  public boolean add(
      Map<String, CommunesReader.Row> rows,
      BiConsumer<CommunesReader.Row, CommunesReader.Row> twice) {
    boolean any = false;
    for (CommunesReader.Row r : rows.values()) {
      if (r.type().equals(CommunesReader.COM)) {
        any = true;
        CommunesReader.Row before = communes.putIfAbsent(r.code(), r);
        if (before != null) {
          twice.accept(r, before);
        }
      } else if (!r.parent().isEmpty() && !r.parent().equals(r.code())) {
        parentOf.put(r.code(), r.parent());
        parentType.put(r.code(), r.type());
      }
    }
    return any;
  }

  /** The communes by code (mutable: {@link Arrondissements#apply} changes it). */
  public Map<String, CommunesReader.Row> communes() {
    return communes;
  }

  Map<String, String> parentOf() {
    return parentOf;
  }

  Map<String, String> parentType() {
    return parentType;
  }

  /** Makes the arrondissements of the split cities communes ({@link Arrondissements#apply}). */
  void apply(Arrondissements arm, java.util.Collection<Map<String, CommunesReader.Row>> files) {
    arm.apply(files, communes, parentOf, parentType);
  }

  /**
   * A reconciler to the given communes, every commune of the index known.
   *
   * @param passage retired code → the communes that took it
   * @param splitCities the cities diagnosed by arrondissement
   */
  public CogReconciler reconciler(
      Set<String> targets, Map<String, TreeSet<String>> passage, Set<String> splitCities) {
    return new CogReconciler(
        targets, communes.keySet(), parentOf, parentType, passage, splitCities);
  }
}
