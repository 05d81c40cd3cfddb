package fr.raquette.report.map;

import fr.raquette.territory.Territory;
import java.util.ArrayList;
import java.util.List;

/**
 * The basemaps of one report: each territory's outlines projected, fitted and simplified once, then
 * shared by every map drawn in the same frame. Owned by whoever draws the maps of a report (one per
 * report written) and handed to each map: nothing outlives it. Maps drawn in parallel wait for the
 * first one to build a basemap rather than each building its own.
 */
public final class Basemaps {
  /** A basemap and what it was built for: a territory (the same object) and a box. */
  private record Entry(Territory territory, Box box, Basemap base) {}

  /** Where a basemap is fitted: the box's corner and size, and the text scale. */
  private record Box(double left, double top, double width, double height, double k) {}

  private final List<Entry> built = new ArrayList<>();

  /** An empty set: each basemap is built by the first map that needs it. */
  public Basemaps() {}

  /** The basemap of {@code t} in this box, built on the first call (see {@link Basemap#of}). */
  synchronized Basemap of(
      Territory t, double left, double top, double boxWidth, double boxHeight, double k) {
    Box box = new Box(left, top, boxWidth, boxHeight, k);
    for (Entry e : built) {
      if (e.territory() == t && e.box().equals(box)) {
        return e.base();
      }
    }
    Basemap b = Basemap.of(t, left, top, boxWidth, boxHeight, k);
    built.add(new Entry(t, box, b));
    return b;
  }
}
