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
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The territory's communes indexed once for every theme: commune {@code i} is the i-th code in code
 * order, with its anchor point and its BPE equipment flattened into arrays.
 *
 * <p>The themes scan every commune's equipment, and walking tree maps of boxed doubles was most of
 * a theme's time on all of France. Commune i's entries are {@code equipmentStart[i] ..
 * equipmentStart[i + 1] - 1}, by type code order (types are numbered in that order), with the
 * amounts of the territory's maps.
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
  final int[] equipmentStart;
  final int[] equipmentType;
  final double[] equipmentAmount;

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
    this.land = new int[codes.size()];
    fr.raquette.geo.Landmasses lands = fr.raquette.geo.Landmasses.of(territory.outlines());
    for (int i = 0; i < codes.size(); i++) {
      reported[i] = territory.inPerimeter(codes.get(i));
      land[i] = lands.landOf(codes.get(i));
    }
    this.ownKm = ownDistances(aligned(codes, territory.outlines()));
    List<SortedMap<String, Double>> equipmentOf = aligned(codes, territory.equipment());
    this.typeCodes = typeCodes(territory, equipmentOf);
    Map<String, Integer> typeId = new HashMap<>();
    for (String t : typeCodes) {
      typeId.put(t, typeId.size());
    }
    int entries = equipmentOf.stream().mapToInt(m -> m == null ? 0 : m.size()).sum();
    this.equipmentStart = new int[codes.size() + 1];
    this.equipmentType = new int[entries];
    this.equipmentAmount = new double[entries];
    int at = 0;
    for (int i = 0; i < codes.size(); i++) {
      SortedMap<String, Double> m = equipmentOf.get(i);
      if (m != null) {
        // Walked in type code order, that is in type number order.
        Map<String, Double> sorted = m.comparator() == null ? m : new TreeMap<>(m);
        for (Map.Entry<String, Double> e : sorted.entrySet()) {
          equipmentType[at] = typeId.get(e.getKey());
          equipmentAmount[at] = e.getValue();
          at++;
        }
      }
      equipmentStart[i + 1] = at;
    }
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
   * from that list (a territory built by hand) is added.
   */
  private static List<String> typeCodes(
      Territory territory, List<SortedMap<String, Double>> equipmentOf) {
    Set<String> types = new TreeSet<>(territory.equipmentVintage().keySet());
    for (SortedMap<String, Double> m : equipmentOf) {
      if (m != null) {
        types.addAll(m.keySet());
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
