package fr.raquette.report.map;

import fr.raquette.territory.Territory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The basemaps of one report: each territory's outlines projected, fitted and simplified once, then
 * shared by every map drawn in the same frame. Owned by whoever draws the maps of a report (one per
 * report written) and handed to each map: nothing outlives it. Maps drawn in parallel wait for the
 * first one to build a basemap rather than each building its own; they wait on a future, not on a
 * lock, so that a worker of a {@link java.util.concurrent.ForkJoinPool} that waits lets the pool
 * put another thread on the builder's parallel work, and a basemap being built does not hold up the
 * maps of another.
 */
public final class Basemaps {
  /** A basemap and what it was built for: a territory (the same object) and a box. */
  private record Entry(Territory territory, Box box, CompletableFuture<Basemap> base) {}

  /** Where a basemap is fitted: the box's corner and size, and the text scale. */
  private record Box(double left, double top, double width, double height, double k) {}

  private final List<Entry> built = new ArrayList<>();

  /** An empty set: each basemap is built by the first map that needs it. */
  public Basemaps() {}

  /** The basemap of {@code t} in this box, built on the first call (see {@link Basemap#of}). */
  Basemap of(Territory t, double left, double top, double boxWidth, double boxHeight, double k) {
    Box box = new Box(left, top, boxWidth, boxHeight, k);
    CompletableFuture<Basemap> base = null;
    CompletableFuture<Basemap> mine = null;
    synchronized (this) {
      for (Entry e : built) {
        if (e.territory() == t && e.box().equals(box)) {
          base = e.base();
        }
      }
      if (base == null) {
        mine = new CompletableFuture<>();
        built.add(new Entry(t, box, mine));
      }
    }
    if (mine == null) {
      // What its building threw is thrown here as it was.
      return fr.raquette.io.Waiting.result(base, "waiting for the basemap");
    }
    try {
      Basemap b = Basemap.of(t, left, top, boxWidth, boxHeight, k);
      mine.complete(b);
      return b;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    }
  }
}
