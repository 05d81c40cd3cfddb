package fr.raquette.init;

import fr.raquette.geo.Landmasses;
import fr.raquette.geo.SpatialIndex;
import fr.raquette.territory.GeoPoint;
import fr.raquette.themes.Theme;
import fr.raquette.themes.ThemeCatalog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The context ring of a perimeter: the communes whose anchor (the point distances are measured
 * from) lies within a given distance of the anchor of some commune of the perimeter on the same
 * landmass. Their supply and demand enter the catchments of the perimeter's communes, so that the
 * perimeter's results are those of a national run; they are never reported on.
 *
 * <p>Why anchors: the diagnosis measures every distance between anchors, so a ring measured the
 * same way holds exactly the communes a national run could use, no more.
 */
public final class Ring {
  /** The widest catchment factor the sensitivity analysis tries (catchments at 0.75× and 1.5×). */
  public static final double SENSITIVITY = 1.5;

  /** No reason quotes a nearest offer farther than this, so the ring need not be wider for it. */
  public static final double NEAREST_OFFER_KM = fr.raquette.analysis.Diagnoser.NEAREST_OFFER_KM;

  private Ring() {}

  /**
   * The default width: twice the widest catchment of the themes (a commune's supply is shared with
   * the communes within a catchment of it, which are within two of the perimeter) at the
   * sensitivity factor, and at least the reach of the nearest-offer search. 100 km with the
   * built-in themes (2 × 1.5 × 30 km = 90 km, less than 100).
   */
  public static double defaultKm(ThemeCatalog catalog) {
    double widest = 0;
    for (Theme t : catalog.all()) {
      widest = Math.max(widest, t.bands().max());
    }
    return Math.max(2 * SENSITIVITY * widest, NEAREST_OFFER_KM);
  }

  /**
   * The ring: communes outside {@code perimeter} within {@code km} of one of its communes, anchor
   * to anchor, on the same landmass. Communes without an anchor are never in it.
   */
  public static SortedSet<String> of(
      Set<String> perimeter, Map<String, GeoPoint> anchors, Landmasses lands, double km) {
    if (km <= 0) {
      return Collections.emptySortedSet();
    }
    List<String> codes = new ArrayList<>(anchors.keySet());
    List<GeoPoint> points = new ArrayList<>();
    for (String c : codes) {
      points.add(anchors.get(c));
    }
    SpatialIndex index = new SpatialIndex(points);
    SortedSet<String> ring = new TreeSet<>();
    for (String p : perimeter) {
      GeoPoint at = anchors.get(p);
      if (at == null) {
        continue;
      }
      index.withinKm(
          at,
          km,
          (i, d) -> {
            String c = codes.get(i);
            if (!perimeter.contains(c) && !ring.contains(c) && lands.sameLand(p, c)) {
              ring.add(c);
            }
          });
    }
    return Collections.unmodifiableSortedSet(ring);
  }
}
