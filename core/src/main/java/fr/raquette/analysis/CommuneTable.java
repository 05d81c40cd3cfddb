package fr.raquette.analysis;

import fr.raquette.territory.Commune;
import fr.raquette.territory.GeoPoint;
import fr.raquette.territory.Territory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * The territory's communes indexed once for every theme: commune {@code i} is the i-th code in code
 * order, with its anchor point and its BPE equipment flattened into arrays.
 *
 * <p>The themes look up the equipment of their types, and walking tree maps of boxed doubles was
 * most of a theme's time on all of France. The entries of type t (types are numbered in type code
 * order) are {@code typeStart[t] .. typeStart[t + 1] - 1}, in commune order, with the amounts of
 * the territory's maps: an element reads the entries of its few types, not every commune's.
 */
final class CommuneTable {
  final List<String> codes;
  final Commune[] communes;
  final GeoPoint[] anchors;

  /** Whether commune i is reported on (the perimeter), not only in the context ring. */
  final boolean[] reported;

  /**
   * Commune i's landmass ({@link fr.raquette.geo.Landmasses}), -1 without an outline: the nearest
   * offer is looked for on the commune's own land, never across the sea.
   */
  final int[] land;

  final List<String> typeCodes;
  final int[] typeStart;
  final int[] typeCommune;
  final double[] typeAmount;

  /**
   * How far a commune's own supply is from its inhabitants, in km: {@code (2/3)·√(area/π)} for a
   * commune of more than {@link #LARGE_KM2} km² (area of its outline), 0 otherwise
   * (docs/methode.md, "Bords").
   */
  final double[] ownKm;

  /** Above this area (km²), a commune's own supply is not at 0 km from its inhabitants. */
  static final double LARGE_KM2 = 100;

  private final Map<String, Integer> indexOf = new HashMap<>();

  CommuneTable(Territory territory) {
    this.codes = new ArrayList<>(territory.communes().keySet());
    this.communes = territory.communes().values().toArray(new Commune[0]);
    this.anchors = aligned(codes, territory.anchors()).toArray(new GeoPoint[0]);
    for (int i = 0; i < codes.size(); i++) {
      indexOf.put(codes.get(i), i);
    }
    this.reported = new boolean[codes.size()];
    for (int i = 0; i < codes.size(); i++) {
      reported[i] = territory.inPerimeter(codes.get(i));
    }
    // The landmasses (a tenth of a second or two on all of France) and the equipment together.
    int[][] land = new int[1][];
    Equipment[] equipment = new Equipment[1];
    double[][] own = new double[1][];
    Together.run(
        () -> land[0] = lands(codes, territory),
        () -> {
          own[0] = ownDistances(aligned(codes, territory.outlines()));
          equipment[0] = Equipment.of(territory, aligned(codes, territory.equipment()));
        });
    this.land = land[0];
    this.ownKm = own[0];
    this.typeCodes = equipment[0].typeCodes();
    this.typeStart = equipment[0].typeStart();
    this.typeCommune = equipment[0].typeCommune();
    this.typeAmount = equipment[0].typeAmount();
  }

  /** The equipment by type ({@link CommuneTable}'s {@code type*} arrays). */
  private record Equipment(
      List<String> typeCodes, int[] typeStart, int[] typeCommune, double[] typeAmount) {

    /**
     * From the equipment of each commune in table order (null for none). Each commune's entries are
     * read once (on France, 35,000 maps of a few dozen types whose entries are made as they are
     * read): a sorted set of every type met, and a second walk of the maps, took two thirds of the
     * table's time.
     */
    static Equipment of(Territory territory, List<SortedMap<String, Double>> equipmentOf) {
      int entries = equipmentOf.stream().mapToInt(m -> m == null ? 0 : m.size()).sum();
      String[] type = new String[entries];
      int[] typeCommune = new int[entries];
      double[] typeAmount = new double[entries];
      int at = 0;
      for (int i = 0; i < equipmentOf.size(); i++) {
        SortedMap<String, Double> m = equipmentOf.get(i);
        if (m != null) {
          for (Map.Entry<String, Double> e : m.entrySet()) {
            type[at] = e.getKey();
            typeCommune[at] = i;
            typeAmount[at++] = e.getValue();
          }
        }
      }
      List<String> typeCodes = CommuneTable.typeCodes(territory, type);
      Map<String, Integer> typeId = new HashMap<>();
      for (String t : typeCodes) {
        typeId.put(t, typeId.size());
      }
      int[] id = new int[entries];
      int[] typeStart = new int[typeCodes.size() + 1];
      for (int e = 0; e < entries; e++) {
        id[e] = typeId.get(type[e]);
        typeStart[id[e] + 1]++;
      }
      for (int t = 0; t < typeCodes.size(); t++) {
        typeStart[t + 1] += typeStart[t];
      }
      // Entries in commune order: each type's entries come out in commune order.
      int[] next = java.util.Arrays.copyOf(typeStart, typeCodes.size());
      int[] communeByType = new int[entries];
      double[] amountByType = new double[entries];
      for (int e = 0; e < entries; e++) {
        int slot = next[id[e]]++;
        communeByType[slot] = typeCommune[e];
        amountByType[slot] = typeAmount[e];
      }
      return new Equipment(typeCodes, typeStart, communeByType, amountByType);
    }
  }

  private static int[] lands(List<String> codes, Territory territory) {
    fr.raquette.geo.Landmasses lands = fr.raquette.geo.Landmasses.of(territory.outlines());
    int[] land = new int[codes.size()];
    for (int i = 0; i < land.length; i++) {
      land[i] = lands.landOf(codes.get(i));
    }
    return land;
  }

  private static double[] ownDistances(List<org.locationtech.jts.geom.Geometry> outlines) {
    double[] own = new double[outlines.size()];
    for (int i = 0; i < own.length; i++) {
      double area = areaKm2(outlines.get(i));
      own[i] = area > LARGE_KM2 ? 2.0 / 3.0 * Math.sqrt(area / Math.PI) : 0;
    }
    return own;
  }

  /**
   * The area of a WGS84 outline in km², its degrees scaled at its centre's latitude (a local
   * equal-area approximation, well within a percent at a commune's size); 0 for no outline.
   */
  static double areaKm2(org.locationtech.jts.geom.Geometry g) {
    if (g == null || g.isEmpty()) {
      return 0;
    }
    double lat = g.getEnvelopeInternal().centre().y;
    double kmPerDeg = 6371.0088 * Math.PI / 180;
    return g.getArea() * kmPerDeg * kmPerDeg * Math.cos(Math.toRadians(lat));
  }

  /**
   * The type codes: the territory lists every one of them with its vintage, sorted; a type missing
   * from that list (a territory built by hand) is added. {@code met}: the type of every entry.
   */
  private static List<String> typeCodes(Territory territory, String[] met) {
    Set<String> types = new TreeSet<>(territory.equipmentVintage().keySet());
    // Looked up by hash: a tree set compared every entry with several codes.
    Set<String> listed = new java.util.HashSet<>(types);
    for (String t : met) {
      if (listed.add(t)) {
        types.add(t);
      }
    }
    return List.copyOf(types);
  }

  /**
   * The values of {@code map} for each of the sorted {@code codes}, null where it has none: one
   * walk through both instead of a tree lookup per code.
   */
  static <V> List<V> aligned(List<String> codes, SortedMap<String, V> map) {
    List<V> out = new ArrayList<>(Collections.nCopies(codes.size(), (V) null));
    if (map.comparator() != null) {
      for (int i = 0; i < codes.size(); i++) {
        out.set(i, map.get(codes.get(i)));
      }
      return out;
    }
    int i = 0;
    for (Map.Entry<String, V> e : map.entrySet()) {
      while (i < codes.size() && codes.get(i).compareTo(e.getKey()) < 0) {
        i++;
      }
      if (i < codes.size() && codes.get(i).equals(e.getKey())) {
        out.set(i, e.getValue());
      }
    }
    return out;
  }

  int size() {
    return codes.size();
  }

  /** The index of a commune code, or null when the code is not a commune of the territory. */
  Integer indexOf(String code) {
    return indexOf.get(code);
  }

  /** A commune's name, or the code itself when it is not a commune of the territory. */
  String name(String code) {
    Integer i = indexOf.get(code);
    return i == null ? code : communes[i].name();
  }

  /**
   * Whether supply in commune {@code where} is on the landmass of commune i: the nearest offer is
   * never across the sea. A commune without an outline is on no known land and does not restrict.
   */
  boolean sameLand(int i, String where) {
    return sameLand(i, landOf(where));
  }

  /**
   * As {@link #sameLand(int, String)} with the landmass of the supply's commune ({@link #landOf}),
   * looked up once per offer rather than once per commune × offer.
   */
  boolean sameLand(int i, int whereLand) {
    return whereLand < 0 || whereLand == land[i];
  }

  /** The landmass of commune {@code where}, -1 when unknown (no outline, not in the territory). */
  int landOf(String where) {
    Integer j = indexOf(where);
    return j == null ? -1 : land[j];
  }
}
