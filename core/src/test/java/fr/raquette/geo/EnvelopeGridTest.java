package fr.raquette.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.raquette.io.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;

/** The fast path EnvelopeGrid finds the envelopes its oracle, JTS's STRtree, finds. */
class EnvelopeGridTest {
  private static void sameAsTree(Envelope[] envelopes, List<Envelope> queries) {
    STRtree tree = new STRtree();
    for (int i = 0; i < envelopes.length; i++) {
      if (envelopes[i] != null) {
        tree.insert(envelopes[i], i);
      }
    }
    EnvelopeGrid grid = new EnvelopeGrid(envelopes);
    for (Envelope q : queries) {
      @SuppressWarnings("unchecked")
      SortedSet<Integer> expected = new TreeSet<>(tree.query(q));
      List<Integer> found = new ArrayList<>();
      grid.query(q, found::add);
      SortedSet<Integer> once = new TreeSet<>(found);
      assertEquals(found.size(), once.size(), "each envelope once: " + q);
      assertEquals(expected, once, q.toString());
    }
  }

  @Test
  void randomEnvelopesTouchingLargeAndDegenerate() {
    Random random = new Random(2154);
    for (int round = 0; round < 20; round++) {
      int n = 1 + random.nextInt(500);
      Envelope[] envelopes = new Envelope[n];
      for (int i = 0; i < n; i++) {
        envelopes[i] = random.nextInt(20) == 0 ? null : envelope(random);
      }
      List<Envelope> queries = new ArrayList<>();
      for (int k = 0; k < 300; k++) {
        // Some queries are indexed envelopes themselves: boundaries that meet exactly.
        Envelope e = envelopes[random.nextInt(n)];
        queries.add(e != null && random.nextBoolean() ? new Envelope(e) : envelope(random));
      }
      sameAsTree(envelopes, queries);
    }
  }

  /** Mostly commune-sized, on a coarse lattice so that edges meet; a few points and giants. */
  private static Envelope envelope(Random random) {
    double x = -63 + Math.round(random.nextDouble() * 1200) / 100.0;
    double y = -22 + Math.round(random.nextDouble() * 7300) / 1000.0;
    double w =
        switch (random.nextInt(10)) {
          case 0 -> 0;
          case 1 -> 1 + 3 * random.nextDouble();
          default -> Math.round(random.nextDouble() * 20) / 100.0;
        };
    double h = random.nextInt(10) == 0 ? 0 : Math.round(random.nextDouble() * 20) / 100.0;
    return new Envelope(x, x + w, y, y + h);
  }

  /** Every outline of France, queried with its envelope widened as Landmasses widens it. */
  @Test
  void theOutlinesOfFrance() {
    Path file = Path.of("../../shared/open-data/france/communes-france-2018.geojson");
    Assumptions.assumeTrue(Files.isRegularFile(file), "the real data is not beside the project");
    Outlines o = OutlinesReader.read(file, file.getFileName().toString(), null, new Problems());
    List<Envelope> envelopes = new ArrayList<>();
    List<Envelope> queries = new ArrayList<>();
    for (Geometry g : o.byCode().values()) {
      envelopes.add(g.getEnvelopeInternal());
      Envelope e = new Envelope(g.getEnvelopeInternal());
      e.expandBy(0.0065, 0.0045);
      queries.add(e);
    }
    assertTrue(envelopes.size() > 34_000);
    sameAsTree(envelopes.toArray(new Envelope[0]), queries);
  }
}
