package fr.raquette.territory;

import fr.raquette.io.Problem;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import org.locationtech.jts.geom.Geometry;

/**
 * A loaded territory, every commune code already in the target COG. Immutable once built by the
 * loader; maps are sorted by code so that everything derived from it is deterministic.
 *
 * @param name the territory's name (manifest); when blank, the name of what the perimeter's
 *     communes make up ({@link TerritoryNames#of}), never the folder's name
 * @param cogYear the COG year codes were brought to (from the communes file or the manifest)
 * @param communes communes by code
 * @param outlines WGS84 outline by commune code; a commune may lack one (reported)
 * @param anchors a point inside each commune (interior point of its outline), used for distances
 * @param equipment BPE counts by commune, then TYPEQU code; zeros are implicit (no entry)
 * @param equipmentVintage for each TYPEQU code, the BPE vintage its counts come from
 * @param equipmentPoints BPE equipment with coordinates, when a per-equipment file was given
 * @param bpeLabels label of each TYPEQU code, when a code list was given
 * @param actors existing actors, one per actor after merging
 * @param needs declared needs
 * @param inputs the files read, with their digest
 * @param cogChanges codes reconciled or dropped, by file
 * @param problems everything worth telling, sorted
 * @param perimeter codes of the communes the report is about; the other communes are the context
 *     ring, whose supply and demand enter the catchments but which are never reported on. Empty
 *     means every commune is in the perimeter (a folder without a ring).
 * @param iris the IRIS of the territory's communes, when IRIS outlines or census figures were given
 *     (need measured by quartier); empty otherwise
 * @param travelTimes travel times in minutes from a {@code couts} file, {@link TravelTimes#NONE}
 *     without one (the diagnosis then measures straight-line kilometres)
 */
public record Territory(
    String name,
    String cogYear,
    SortedMap<String, Commune> communes,
    SortedMap<String, Geometry> outlines,
    SortedMap<String, GeoPoint> anchors,
    SortedMap<String, SortedMap<String, Double>> equipment,
    SortedMap<String, Integer> equipmentVintage,
    List<EquipmentPoint> equipmentPoints,
    Map<String, String> bpeLabels,
    List<Actor> actors,
    List<DeclaredNeed> needs,
    List<InputFile> inputs,
    List<CogChange> cogChanges,
    List<Problem> problems,
    SortedSet<String> perimeter,
    List<Iris> iris,
    TravelTimes travelTimes) {

  public Territory {
    perimeter = perimeter == null ? java.util.Collections.emptySortedSet() : perimeter;
    if (name == null || name.isBlank()) {
      SortedSet<String> p = perimeter;
      name =
          TerritoryNames.of(
              p.isEmpty()
                  ? communes.values()
                  : communes.values().stream().filter(c -> p.contains(c.code())).toList());
    }
    iris = iris == null ? List.of() : List.copyOf(iris);
    travelTimes = travelTimes == null ? TravelTimes.NONE : travelTimes;
  }

  /** A territory without IRIS. */
  public Territory(
      String name,
      String cogYear,
      SortedMap<String, Commune> communes,
      SortedMap<String, Geometry> outlines,
      SortedMap<String, GeoPoint> anchors,
      SortedMap<String, SortedMap<String, Double>> equipment,
      SortedMap<String, Integer> equipmentVintage,
      List<EquipmentPoint> equipmentPoints,
      Map<String, String> bpeLabels,
      List<Actor> actors,
      List<DeclaredNeed> needs,
      List<InputFile> inputs,
      List<CogChange> cogChanges,
      List<Problem> problems,
      SortedSet<String> perimeter) {
    this(
        name,
        cogYear,
        communes,
        outlines,
        anchors,
        equipment,
        equipmentVintage,
        equipmentPoints,
        bpeLabels,
        actors,
        needs,
        inputs,
        cogChanges,
        problems,
        perimeter,
        List.of(),
        TravelTimes.NONE);
  }

  /** Whether the commune is reported on (in the perimeter, not in the context ring). */
  public boolean inPerimeter(String code) {
    return perimeter.isEmpty() || perimeter.contains(code);
  }

  /** Whether the territory carries a context ring around its perimeter. */
  public boolean hasRing() {
    return !perimeter.isEmpty() && perimeter.size() < communes.size();
  }

  /** The population of every commune loaded, context ring included. */
  public long totalPopulation() {
    return communes.values().stream().mapToLong(Commune::population).sum();
  }

  /** The communes reported on: every commune without a ring, the perimeter's with one. */
  public SortedMap<String, Commune> perimeterCommunes() {
    if (perimeter.isEmpty()) {
      return communes;
    }
    SortedMap<String, Commune> out = new java.util.TreeMap<>();
    for (String code : perimeter) {
      Commune c = communes.get(code);
      if (c != null) {
        out.put(code, c);
      }
    }
    return java.util.Collections.unmodifiableSortedMap(out);
  }

  /** The population of the communes reported on (the perimeter's). */
  public long perimeterPopulation() {
    return perimeterCommunes().values().stream().mapToLong(Commune::population).sum();
  }

  /**
   * Whether the border effect is corrected: the folder was extracted with a context ring ({@code
   * anneau_km}), even one left empty because the perimeter is a whole island.
   */
  public boolean borderCorrected() {
    return !perimeter.isEmpty();
  }

  /** Whether no problem of severity ERROR was found. */
  public boolean usable() {
    return problems.stream().noneMatch(p -> p.severity() == Problem.Severity.ERROR)
        && !communes.isEmpty();
  }

  /** The count of one TYPEQU code in one commune, 0 when absent (zeros are implicit in BPE). */
  public double equipmentCount(String commune, String typequ) {
    SortedMap<String, Double> m = equipment.get(commune);
    if (m == null) {
      return 0;
    }
    Double v = m.get(typequ);
    return v == null ? 0 : v;
  }
}
