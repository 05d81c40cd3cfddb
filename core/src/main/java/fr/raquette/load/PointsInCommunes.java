package fr.raquette.load;

import fr.raquette.geo.CommuneLocator;
import fr.raquette.i18n.Messages;
import fr.raquette.io.Problem;
import fr.raquette.io.Problems;
import fr.raquette.territory.EquipmentPoint;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import org.locationtech.jts.geom.Geometry;

/**
 * Places equipment that has coordinates and no commune code (a local list, a BPE-like file with
 * {@code LAMBERT_X/LAMBERT_Y} or {@code LONGITUDE/LATITUDE} and no {@code DEPCOM}) in the commune
 * whose outline contains it ({@link CommuneLocator}: on a shared border, the lower code). Each
 * point counts as its {@code NB_EQUIP} (1 by default) of its type in that commune, with its file's
 * vintage under the rule of the newest vintage per type. A point outside every outline of the
 * territory is skipped with a located warning ({@code file:line:col}), the first {@link #LISTED} of
 * a file one by one, the others counted.
 */
final class PointsInCommunes {
  /** Points outside every outline told one by one per file; the others are counted. */
  static final int LISTED = 20;

  private PointsInCommunes() {}

  static void place(
      List<BpeReader.Data> bpe,
      SortedMap<String, Geometry> outlines,
      SortedMap<String, SortedMap<String, Double>> equipment,
      SortedMap<String, Integer> vintageOf,
      List<EquipmentPoint> points,
      Problems problems) {
    if (bpe.stream().allMatch(d -> d.unplaced.isEmpty())) {
      return; // files with commune codes only: nothing changes
    }
    CommuneLocator locator = new CommuneLocator(outlines);
    for (BpeReader.Data d : bpe) {
      placeFile(d, locator, equipment, vintageOf, points, problems);
    }
    equipment.values().removeIf(java.util.Map::isEmpty);
    points.sort(
        Comparator.comparing(EquipmentPoint::commune)
            .thenComparing(EquipmentPoint::typequ)
            .thenComparingDouble(p -> p.position().lon())
            .thenComparingDouble(p -> p.position().lat()));
  }

  /** Places the points of one file; says those outside, how many were placed or superseded. */
  private static void placeFile(
      BpeReader.Data d,
      CommuneLocator locator,
      SortedMap<String, SortedMap<String, Double>> equipment,
      SortedMap<String, Integer> vintageOf,
      List<EquipmentPoint> points,
      Problems problems) {
    long outside = 0;
    long placed = 0;
    long superseded = 0;
    for (BpeReader.Unplaced u : d.unplaced) {
      String code = locator.communeOf(u.position());
      if (code == null) {
        if (outside++ < LISTED) {
          problems.add(
              Problem.warning(
                  u.origin().file(),
                  u.origin().line(),
                  u.column(),
                  Messages.text(
                      "bpe.point.outside",
                      coordinate(u.position().lon()),
                      coordinate(u.position().lat()),
                      u.typequ())));
        }
        continue;
      }
      Integer v = vintageOf.get(u.typequ());
      if (v != null && v > u.vintage()) {
        superseded++;
        continue;
      }
      if (v != null && v < u.vintage()) {
        // A newer vintage of the type: the older counts and points of it give way.
        equipment.values().forEach(m -> m.remove(u.typequ()));
        points.removeIf(p -> p.typequ().equals(u.typequ()));
      }
      vintageOf.put(u.typequ(), u.vintage());
      equipment
          .computeIfAbsent(code, x -> new TreeMap<>())
          .merge(u.typequ(), u.count(), Double::sum);
      points.add(new EquipmentPoint(code, u.typequ(), u.position()));
      placed++;
    }
    if (outside > LISTED) {
      problems.warning(d.file, 0, 0, Messages.text("bpe.point.outside.more", outside - LISTED));
    }
    if (placed > 0) {
      problems.info(d.file, 0, 0, Messages.text("load.points.placed", placed));
    }
    if (superseded > 0) {
      problems.info(d.file, 0, 0, Messages.text("load.points.superseded", superseded));
    }
  }

  private static String coordinate(double d) {
    return String.format(Locale.ROOT, "%.5f", d);
  }
}
