package fr.raquette.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.raquette.territory.GeoPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

class SpatialIndexTest {

  /** Points over metropolitan France and Réunion, some of them repeated. */
  private static List<GeoPoint> randomPoints(Random random, int n) {
    List<GeoPoint> points = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (i % 10 == 9) {
        points.add(points.get(random.nextInt(points.size())));
      } else if (i % 10 == 8) {
        points.add(
            new GeoPoint(55.2 + 0.6 * random.nextDouble(), -21.4 + 0.6 * random.nextDouble()));
      } else {
        points.add(new GeoPoint(-5 + 15 * random.nextDouble(), 41 + 10 * random.nextDouble()));
      }
    }
    return points;
  }

  private record Hit(int index, double km) {}

  private static List<Hit> bruteWithin(List<GeoPoint> points, GeoPoint p, double km) {
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      double d = p.distanceKm(points.get(i));
      if (d <= km) {
        hits.add(new Hit(i, d));
      }
    }
    return hits;
  }

  private static Optional<SpatialIndex.Nearest> bruteNearest(
      List<GeoPoint> points, GeoPoint p, IntPredicate filter) {
    int best = -1;
    double bestKm = Double.POSITIVE_INFINITY;
    for (int i = 0; i < points.size(); i++) {
      double d = p.distanceKm(points.get(i));
      if (filter.test(i) && d < bestKm) {
        best = i;
        bestKm = d;
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(new SpatialIndex.Nearest(best, bestKm));
  }

  private static List<Hit> within(SpatialIndex index, GeoPoint p, double km) {
    List<Hit> hits = new ArrayList<>();
    index.withinKm(p, km, (i, d) -> hits.add(new Hit(i, d)));
    return hits;
  }

  @Test
  void withinKmMatchesABruteForceLoop() {
    Random random = new Random(20260101);
    List<GeoPoint> points = randomPoints(random, 3000);
    SpatialIndex index = new SpatialIndex(points);
    List<GeoPoint> queries = randomPoints(random, 60);
    int nonEmpty = 0;
    for (GeoPoint q : queries) {
      for (double km : new double[] {0, 3, 20, 75, 400, 800, 20_000}) {
        List<Hit> expected = bruteWithin(points, q, km);
        assertEquals(expected, within(index, q, km), q + " within " + km + " km");
        nonEmpty += expected.isEmpty() ? 0 : 1;
      }
    }
    assertTrue(nonEmpty > 200, "the radii must find points: " + nonEmpty);
  }

  @Test
  void aPointExactlyAtTheRadiusIsIncluded() {
    Random random = new Random(7);
    List<GeoPoint> points = randomPoints(random, 500);
    SpatialIndex index = new SpatialIndex(points);
    for (int k = 0; k < 200; k++) {
      GeoPoint q = points.get(random.nextInt(points.size()));
      int target = random.nextInt(points.size());
      double km = q.distanceKm(points.get(target));
      List<Hit> hits = within(index, q, km);
      assertTrue(hits.contains(new Hit(target, km)), "point " + target + " at " + km + " km");
      assertEquals(bruteWithin(points, q, km), hits);
    }
  }

  @Test
  void nearestMatchesABruteForceLoopWithAndWithoutFilter() {
    Random random = new Random(42);
    List<GeoPoint> points = randomPoints(random, 2000);
    SpatialIndex index = new SpatialIndex(points);
    IntPredicate rare = i -> i % 97 == 3;
    IntPredicate reunionOnly = i -> points.get(i).lat() < 0;
    for (GeoPoint q : randomPoints(random, 300)) {
      assertEquals(bruteNearest(points, q, i -> true), index.nearest(q), q.toString());
      assertEquals(bruteNearest(points, q, rare), index.nearest(q, rare), q.toString());
      assertEquals(
          bruteNearest(points, q, reunionOnly), index.nearest(q, reunionOnly), q.toString());
    }
  }

  @Test
  void anyWithinKmAgreesWithItsOracleTheNearestPoint() {
    Random random = new Random(11);
    List<GeoPoint> points = randomPoints(random, 300);
    SpatialIndex index = new SpatialIndex(points);
    int yes = 0;
    int no = 0;
    for (GeoPoint q : randomPoints(random, 400)) {
      Optional<SpatialIndex.Nearest> nearest = index.nearest(q);
      // Around the nearest distance (exactly at it included), small and very wide radii.
      double d = nearest.orElseThrow().km();
      for (double km : new double[] {0, d, Math.nextDown(d), d * 0.9, d * 1.1, 5, 30, 600}) {
        boolean expected = nearest.filter(n -> n.km() <= km).isPresent();
        assertEquals(expected, index.anyWithinKm(q, km), q + " " + km);
        yes += expected ? 1 : 0;
        no += expected ? 0 : 1;
      }
    }
    assertTrue(yes > 100 && no > 100, yes + " in range, " + no + " not");
    assertTrue(!new SpatialIndex(List.of()).anyWithinKm(new GeoPoint(2, 46), 1000));
  }

  @Test
  void nearestBreaksTiesByLowestIndexAndIsEmptyWhenNothingMatches() {
    GeoPoint a = new GeoPoint(2.0, 46.0);
    SpatialIndex index = new SpatialIndex(List.of(new GeoPoint(3, 47), a, a));
    assertEquals(Optional.of(new SpatialIndex.Nearest(1, 0.0)), index.nearest(a));
    assertEquals(2, index.nearest(a, i -> i != 1).orElseThrow().index());
    assertEquals(Optional.empty(), index.nearest(a, i -> false));
    assertEquals(Optional.empty(), new SpatialIndex(List.of()).nearest(a));
  }

  @Test
  void visitsInIndexOrder() {
    Random random = new Random(3);
    List<GeoPoint> points = randomPoints(random, 1000);
    SpatialIndex index = new SpatialIndex(points);
    List<Integer> seen = new ArrayList<>();
    index.withinKm(new GeoPoint(2.5, 46.5), 300, (i, d) -> seen.add(i));
    assertTrue(seen.size() > 10);
    assertEquals(seen.stream().sorted().toList(), seen);
  }

  @Test
  void refusesBadInput() {
    SpatialIndex index = new SpatialIndex(List.of(new GeoPoint(2, 46)));
    assertThrows(
        IllegalArgumentException.class,
        () -> index.withinKm(new GeoPoint(2, 46), -1, (i, d) -> {}));
    assertThrows(
        IllegalArgumentException.class,
        () -> index.withinKm(new GeoPoint(2, 46), Double.NaN, (i, d) -> {}));
    assertThrows(
        IllegalArgumentException.class,
        () -> new SpatialIndex(List.of(new GeoPoint(Double.NaN, 46))));
  }
}
