package fr.raquette.report.map;

import fr.raquette.report.map.Basemap.Panel;
import fr.raquette.report.map.Basemap.Town;
import fr.raquette.report.map.MapDrawing.Anchor;
import fr.raquette.territory.Commune;
import fr.raquette.territory.GeoPoint;
import fr.raquette.territory.Territory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The names of the main towns of a map: the most populated communes of the perimeter, each named
 * beside its dot (right, left, above or below, the first that fits) unless its name would overlap
 * another name or dot or leave its panel; then the next town is tried. Text is measured with the
 * average glyph advance of the map's fonts, so that placing needs no font.
 */
final class Towns {
  private Towns() {}

  /** Names at most on the main panel, and on each inset. */
  static final int MAIN = 12;

  static final int INSET = 1;

  /** Towns tried per panel, beyond which the rest are too small to matter. */
  private static final int TRIED = 60;

  /** The most populated first, then by code. */
  private static final Comparator<Commune> ORDER =
      Comparator.comparingLong(Commune::population).reversed().thenComparing(Commune::code);

  static List<Town> place(Territory t, Basemap b) {
    Map<String, List<Commune>> byZone = tried(t, b);
    List<double[]> taken = new ArrayList<>();
    List<Town> towns = new ArrayList<>();
    for (Panel p : b.panels) {
      int max = p == b.panels.get(0) ? MAIN : INSET;
      int placed = 0;
      for (Commune c : byZone.getOrDefault(p.zone(), List.of())) {
        if (placed >= max) {
          break;
        }
        Town town = placeOne(c, t.anchors().get(c.code()), p, b.k, taken);
        if (town != null) {
          towns.add(town);
          placed++;
        }
      }
    }
    return towns;
  }

  /**
   * By zone, the {@link #TRIED} first communes of the perimeter in {@link #ORDER} that have an
   * anchor, in that order: kept in a bounded heap while going over the perimeter once, rather than
   * sorting all of it (thirty-five thousand communes on a map of France) for sixty names.
   */
  private static Map<String, List<Commune>> tried(Territory t, Basemap b) {
    Map<String, PriorityQueue<Commune>> best = new HashMap<>();
    for (String code : b.perimeter) {
      Commune c = t.communes().get(code);
      if (c == null || t.anchors().get(c.code()) == null) {
        continue;
      }
      // The heap's head is the last of the kept ones in ORDER, the first to give way.
      PriorityQueue<Commune> q =
          best.computeIfAbsent(
              MapProjection.zone(c.code()), z -> new PriorityQueue<>(ORDER.reversed()));
      if (q.size() == TRIED && ORDER.compare(c, q.peek()) > 0) {
        continue; // it would give way at once: the kept ones stay the same
      }
      q.add(c);
      if (q.size() > TRIED) {
        q.poll();
      }
    }
    Map<String, List<Commune>> byZone = new HashMap<>();
    best.forEach(
        (zone, q) -> {
          List<Commune> l = new ArrayList<>(q);
          l.sort(ORDER);
          byZone.put(zone, l);
        });
    return byZone;
  }

  private static Town placeOne(Commune c, GeoPoint at, Panel p, double k, List<double[]> taken) {
    double[] m = p.projection().project(at.lon(), at.lat());
    double x = p.x(m[0]);
    double y = p.y(m[1]);
    double size = (p.zone().equals(MapProjection.METRO) || p.label().isEmpty() ? 10.5 : 9) * k;
    double r = 2.2 * k;
    double[] dot = {x - r, y - r, x + r, y + r};
    if (overlaps(dot, taken) || !within(dot, p)) {
      return null;
    }
    double w = c.name().length() * size * MapDrawing.EM_ADVANCE;
    double up = 0.75 * size;
    double down = 0.25 * size;
    double gap = 3.5 * k;
    // Right, left, above, below: text position, anchor and box.
    Object[][] tries = {
      {x + r + gap, y + 0.35 * size, Anchor.START},
      {x - r - gap, y + 0.35 * size, Anchor.END},
      {x, y - r - gap, Anchor.MIDDLE},
      {x, y + r + gap + up, Anchor.MIDDLE},
    };
    for (Object[] tr : tries) {
      double tx = (double) tr[0];
      double ty = (double) tr[1];
      Anchor a = (Anchor) tr[2];
      double x0 =
          switch (a) {
            case START -> tx;
            case MIDDLE -> tx - w / 2;
            case END -> tx - w;
          };
      double[] box = {x0 - k, ty - up - k, x0 + w + k, ty + down + k};
      if (!overlaps(box, taken) && within(box, p)) {
        taken.add(dot);
        taken.add(box);
        return new Town(c.code(), c.name(), x, y, tx, ty, a, size);
      }
    }
    return null;
  }

  private static boolean overlaps(double[] b, List<double[]> taken) {
    for (double[] o : taken) {
      if (b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3]) {
        return true;
      }
    }
    return false;
  }

  private static boolean within(double[] b, Panel p) {
    double[] cell = p.cell();
    return b[0] >= cell[0]
        && b[2] <= cell[0] + cell[2]
        && b[1] >= cell[1]
        && b[3] <= cell[1] + cell[3];
  }
}
