package fr.raquette.load;

import fr.raquette.i18n.Messages;
import fr.raquette.io.Problems;
import fr.raquette.territory.EquipmentPoint;
import fr.raquette.territory.FigureNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The equipment of the territory from its BPE files: counts per commune of the target COG and
 * vintage, then for each TYPEQU the newest vintage that has it (an older vintage's count of that
 * type is superseded, and said).
 *
 * @param equipment commune → TYPEQU → count, each type from its newest vintage
 * @param vintageOf TYPEQU → the vintage its counts come from
 * @param points the located equipment, in the target COG, sorted
 */
record BpeVintages(
    SortedMap<String, SortedMap<String, Double>> equipment,
    SortedMap<String, Integer> vintageOf,
    List<EquipmentPoint> points) {

  /**
   * Chooses the vintages and says what was superseded, and the types no nomenclature knows.
   *
   * @param labels the TYPEQU labels the folder gives (a type they name is known)
   */
  static BpeVintages of(
      List<BpeReader.Data> bpe, Map<String, String> labels, Changes changes, Problems problems) {
    Map<Integer, Map<String, TypeCounts>> byVintage = byVintage(bpe, changes);
    // byVintage is in ascending order, so the last vintage put for a type is its newest.
    Map<String, Integer> newest = new HashMap<>();
    byVintage.forEach(
        (vintage, m) ->
            m.values()
                .forEach(
                    types -> {
                      for (int i = 0; i < types.size(); i++) {
                        newest.put(types.type(i), vintage);
                      }
                    }));
    Map<String, TypeCounts> kept = new HashMap<>();
    Map<Integer, TreeSet<String>> superseded = new TreeMap<>();
    byVintage.forEach((vintage, m) -> keepNewest(vintage, m, newest, kept, superseded));
    // PointsInCommunes changes the counts of communes where it places points: maps it can change
    // then; else each commune's counts are two arrays over the types' names, shared.
    boolean placing = bpe.stream().anyMatch(d -> !d.unplaced.isEmpty());
    SortedMap<String, SortedMap<String, Double>> equipment =
        sorted(kept, new FigureNames(newest.keySet()), placing);
    superseded.forEach(
        (vintage, types) ->
            problems.info(
                "BPE " + (vintage == 0 ? Messages.text("load.bpe.vintage.unknown") : "" + vintage),
                0,
                0,
                Messages.text("load.bpe.superseded", types.size(), Codes.abbreviate(types))));
    reportUnknownTypes(bpe, labels, problems);
    return new BpeVintages(equipment, new TreeMap<>(newest), points(bpe, changes.cog()));
  }

  /**
   * The counts of every file per vintage and commune of the target COG. Counts are added up in hash
   * maps; each sum adds the same numbers in the same order (file, then commune code as written, in
   * code order).
   */
  private static Map<Integer, Map<String, TypeCounts>> byVintage(
      List<BpeReader.Data> bpe, Changes changes) {
    Map<Integer, Map<String, TypeCounts>> byVintage = new TreeMap<>();
    for (BpeReader.Data d : bpe) {
      for (Map.Entry<Integer, Map<String, TypeCounts>> v : d.counts.entrySet()) {
        Map<String, TypeCounts> dest = byVintage.computeIfAbsent(v.getKey(), x -> new HashMap<>());
        // The codes in order: sorted as an array, not a tree (a million compares fewer).
        String[] codes = v.getValue().keySet().toArray(new String[0]);
        java.util.Arrays.sort(codes);
        for (String code : codes) {
          TypeCounts types = v.getValue().get(code);
          String to = changes.resolve(d.file, code, d.records(code), types.total());
          if (to != null) {
            dest.computeIfAbsent(to, x -> new TypeCounts()).addAll(types);
          }
        }
      }
    }
    return byVintage;
  }

  /**
   * Keeps the counts of one vintage whose type has no newer vintage: a commune's count of a type
   * comes from one vintage only, so it is kept once, never added.
   */
  private static void keepNewest(
      int vintage,
      Map<String, TypeCounts> counts,
      Map<String, Integer> newest,
      Map<String, TypeCounts> kept,
      Map<Integer, TreeSet<String>> superseded) {
    counts.forEach(
        (code, types) -> {
          TypeCounts own = null;
          for (int i = 0; i < types.size(); i++) {
            String t = types.type(i);
            if (newest.get(t).intValue() == vintage) {
              if (own == null) {
                own = kept.computeIfAbsent(code, x -> new TypeCounts());
              }
              own.add(t, types.count(i));
            } else {
              superseded.computeIfAbsent(vintage, x -> new TreeSet<>()).add(t);
            }
          }
        });
  }

  /** Each commune's counts by type, sorted: maps to change, or arrays over the types' names. */
  private static SortedMap<String, SortedMap<String, Double>> sorted(
      Map<String, TypeCounts> kept, FigureNames types, boolean changeable) {
    String[] codes = kept.keySet().toArray(new String[0]);
    java.util.Arrays.sort(codes);
    Ascending<SortedMap<String, Double>> equipment = new Ascending<>();
    for (String code : codes) {
      TypeCounts counts = kept.get(code);
      long[] byType = new long[counts.size()];
      for (int i = 0; i < counts.size(); i++) {
        byType[i] = (long) types.indexOf(counts.type(i)) << 32 | i;
      }
      java.util.Arrays.sort(byType);
      int[] ids = new int[byType.length];
      double[] values = new double[byType.length];
      for (int j = 0; j < byType.length; j++) {
        ids[j] = (int) (byType[j] >>> 32);
        values[j] = counts.count((int) byType[j]);
      }
      SortedMap<String, Double> m = types.sparse(ids, values);
      equipment.add(code, changeable ? new TreeMap<>(m) : m);
    }
    return equipment.toTreeMap();
  }

  /** The located equipment whose commune is in the target COG, sorted. */
  private static List<EquipmentPoint> points(List<BpeReader.Data> bpe, CogReconciler cog) {
    List<EquipmentPoint> points = new ArrayList<>();
    for (BpeReader.Data d : bpe) {
      for (BpeReader.Point p : d.points) {
        String to = cog.resolve(p.code()).to();
        if (to != null) {
          points.add(new EquipmentPoint(to, p.typequ(), p.position()));
        }
      }
    }
    points.sort(
        Comparator.comparing(EquipmentPoint::commune)
            .thenComparing(EquipmentPoint::typequ)
            .thenComparingDouble(p -> p.position().lon())
            .thenComparingDouble(p -> p.position().lat()));
    return points;
  }

  /**
   * A TYPEQU of the right form but in no nomenclature is most often a typo: it would be counted but
   * belong to no theme, so it is said once per file.
   */
  private static void reportUnknownTypes(
      List<BpeReader.Data> bpe, Map<String, String> labels, Problems problems) {
    fr.raquette.themes.BpeNomenclature known = fr.raquette.themes.BpeNomenclature.builtIn2013();
    for (BpeReader.Data d : bpe) {
      Map<String, long[]> unknown = new TreeMap<>();
      communesPerType(d)
          .forEach(
              (t, n) -> {
                if (!known.contains(t) && !labels.containsKey(t)) {
                  unknown.put(t, n);
                }
              });
      if (!unknown.isEmpty()) {
        List<String> listed = new ArrayList<>();
        unknown.forEach(
            (t, n) -> listed.add(t + " (" + Messages.text("load.bpe.communes", n[0]) + ")"));
        problems.warning(
            d.file,
            0,
            0,
            Messages.text("load.bpe.unknown.types", unknown.size(), Codes.abbreviate(listed)));
      }
    }
  }

  /** How many communes of a file have each type (each distinct type then looked up once). */
  private static Map<String, long[]> communesPerType(BpeReader.Data d) {
    Map<String, long[]> communes = new HashMap<>();
    for (Map<String, TypeCounts> byCode : d.counts.values()) {
      for (TypeCounts types : byCode.values()) {
        for (int i = 0; i < types.size(); i++) {
          communes.computeIfAbsent(types.type(i), x -> new long[1])[0]++;
        }
      }
    }
    return communes;
  }
}
