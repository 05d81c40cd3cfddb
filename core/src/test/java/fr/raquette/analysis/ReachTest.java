package fr.raquette.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import fr.raquette.territory.GeoPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReachTest {
  private static GeoPoint randomPoint(Random random) {
    return new GeoPoint(1 + 3 * random.nextDouble(), 45 + 2 * random.nextDouble());
  }

  /** {@code n} random anchors, with no anchor (null) at every index {@code i % every == at}. */
  private static GeoPoint[] anchorsWithHoles(Random random, int n, int every, int at) {
    GeoPoint[] anchors = new GeoPoint[n];
    for (int i = 0; i < n; i++) {
      anchors[i] = i % every == at ? null : randomPoint(random);
    }
    return anchors;
  }

  @Test
  void rowsHoldEveryPlaceWithinTheRadiusInPlaceOrderWithTheDistanceFromTheAnchor() {
    Random random = new Random(11);
    // More communes than one chunk, so that rows computed apart are joined.
    GeoPoint[] anchors = anchorsWithHoles(random, 2500, 17, 5);
    List<GeoPoint> places = new ArrayList<>();
    for (int p = 0; p < 400; p++) {
      places.add(p % 13 == 2 ? null : p % 7 == 0 ? anchors[p] : randomPoint(random));
    }
    double radius = 25;
    Reach reach = Reach.of(anchors, places, radius);
    long pairs = 0;
    for (int i = 0; i < anchors.length; i++) {
      List<String> expected = new ArrayList<>();
      for (int p = 0; p < places.size(); p++) {
        if (anchors[i] != null && places.get(p) != null) {
          double km = anchors[i].distanceKm(places.get(p));
          if (km <= radius) {
            expected.add(p + "@" + km);
          }
        }
      }
      List<String> actual = new ArrayList<>();
      for (int k = reach.rowStart(i); k < reach.rowEnd(i); k++) {
        actual.add(reach.place(k) + "@" + reach.km(k));
      }
      assertEquals(expected, actual, "row of commune " + i);
      pairs += actual.size();
    }
    assertTrue(pairs > 10_000, "the radius must reach places: " + pairs);
  }

  @Test
  void communeRowsHoldEveryCommuneWithinTheRadiusEachPairMeasuredOnce() {
    Random random = new Random(5);
    GeoPoint[] anchors = new GeoPoint[2300];
    for (int i = 0; i < anchors.length; i++) {
      anchors[i] =
          i % 19 == 3
              ? null
              : i % 23 == 7 && anchors[i - 1] != null ? anchors[i - 1] : randomPoint(random);
    }
    double radius = 12;
    Reach reach = Reach.ofCommunes(anchors, radius);
    long pairs = 0;
    for (int i = 0; i < anchors.length; i++) {
      List<String> expected = new ArrayList<>();
      for (int j = 0; j < anchors.length; j++) {
        if (anchors[i] != null && anchors[j] != null) {
          double km = anchors[Math.min(i, j)].distanceKm(anchors[Math.max(i, j)]);
          if (km <= radius) {
            expected.add(j + "@" + km);
          }
        }
      }
      List<String> actual = new ArrayList<>();
      for (int k = reach.rowStart(i); k < reach.rowEnd(i); k++) {
        actual.add(reach.place(k) + "@" + reach.km(k));
      }
      assertEquals(expected, actual, "row of commune " + i);
      pairs += actual.size();
    }
    assertTrue(pairs > 20_000, "the radius must reach communes: " + pairs);
  }

  @Test
  void rowsOfSomeCommunesAreTheirRowsOfAllCommunesAtThatRadius() {
    Random random = new Random(8);
    GeoPoint[] anchors = anchorsWithHoles(random, 1500, 31, 4);
    boolean[] from = new boolean[anchors.length];
    for (int i = 0; i < from.length; i++) {
      from[i] = i % 9 == 1 || i % 31 == 4;
    }
    Reach.Places communes = Reach.Places.of(anchors);
    Reach all = Reach.ofCommunes(communes, 15);
    Reach some = Reach.ofSome(communes, from, 15);
    for (int j = 0; j < anchors.length; j++) {
      List<String> expected = new ArrayList<>();
      if (from[j]) {
        for (int k = all.rowStart(j); k < all.rowEnd(j); k++) {
          expected.add(all.place(k) + "@" + all.km(k));
        }
      }
      List<String> actual = new ArrayList<>();
      for (int k = some.rowStart(j); k < some.rowEnd(j); k++) {
        actual.add(some.place(k) + "@" + some.km(k));
      }
      assertEquals(expected, actual, "row of commune " + j);
    }
  }

  @Test
  void rowsOfSomeCommunesAroundTheirNarrowerRowsAreTheRowsSearchedAtThatRadius() {
    Random random = new Random(10);
    // Several chunks; communes at the same point (0 km apart) and communes without an anchor.
    GeoPoint[] anchors = anchorsWithHoles(random, 2 * 1024 + 300, 23, 5);
    for (int i = 40; i < anchors.length; i += 37) {
      anchors[i] = anchors[i - 3];
    }
    boolean[] from = new boolean[anchors.length];
    for (int i = 0; i < from.length; i++) {
      from[i] = i % 4 == 1 || i % 23 == 5 || i % 37 == 3;
    }
    Reach.Places communes = Reach.Places.of(anchors);
    Reach inner = Reach.ofCommunes(communes, 12);
    for (double radius : new double[] {12.01, 18, 30}) {
      Reach expected = Reach.ofSome(communes, from, radius, true);
      Reach actual = Reach.ofSomeAround(communes, from, radius, inner);
      long pairs = assertSameRows(expected, actual, anchors.length, radius);
      assertTrue(pairs > 10_000, radius + " km: " + pairs);
    }
  }

  @Test
  void rowsWithinANarrowerRadiusAreTheRowsSearchedAtThatRadius() {
    Random random = new Random(9);
    // Rows in several blocks, which within() counts and copies on every core.
    GeoPoint[] anchors = anchorsWithHoles(random, 3 * Reach.ROW_BLOCK + 100, 29, 6);
    Reach.Places communes = Reach.Places.of(anchors);
    Reach wide = Reach.ofCommunes(communes, 20);
    for (double radius : new double[] {20, 15, 7.5, 1e-9}) {
      Reach expected = Reach.ofCommunes(communes, radius);
      Reach actual = wide.within(radius);
      long pairs = assertSameRows(expected, actual, anchors.length, radius);
      assertTrue(radius < 1 || pairs > 10_000, radius + " km: " + pairs);
    }
  }

  @Test
  void placesWithinANarrowerRadiusAreThePlacesSearchedAtThatRadius() {
    Random random = new Random(13);
    GeoPoint[] anchors = anchorsWithHoles(random, 2 * Reach.ROW_BLOCK + 50, 21, 2);
    List<GeoPoint> places = new ArrayList<>();
    for (int p = 0; p < 700; p++) {
      places.add(p % 11 == 4 ? null : p % 5 == 0 ? anchors[p] : randomPoint(random));
    }
    Reach wide = Reach.of(anchors, places, 45);
    for (double radius : new double[] {45, 30, 12.5}) {
      Reach expected = Reach.of(anchors, places, radius);
      Reach actual = wide.within(radius);
      long pairs = assertSameRows(expected, actual, anchors.length, radius);
      assertTrue(pairs > 10_000, radius + " km: " + pairs);
    }
  }

  @Test
  void theBandOfEveryPairIsHowManyLimitsAreBelowItsDistance() {
    Random random = new Random(12);
    GeoPoint[] anchors = anchorsWithHoles(random, 3000, 19, 3);
    Reach reach = Reach.ofCommunes(Reach.Places.of(anchors), 30);
    // Pairs in several blocks, counted on every core; a limit equal to some pair's distance.
    assertTrue(reach.km.length > 3 * Reach.PAIR_BLOCK, "pairs: " + reach.km.length);
    double exact = reach.km(reach.rowStart(1) + 1);
    for (double[] limits :
        List.of(
            new double[] {10, 20, 30},
            new double[] {5, exact, 20},
            new double[] {15},
            new double[] {7.5, 15, 22.5, 30})) {
      byte[] bands = reach.bands(limits);
      for (int p = 0; p < reach.km.length; p++) {
        int below = 0;
        for (double l : limits) {
          below += l < reach.km(p) ? 1 : 0;
        }
        if (bands[p] != below) {
          fail("pair " + p + " at " + reach.km(p) + " km: band " + bands[p] + ", not " + below);
        }
      }
      assertSame(bands, reach.bands(limits.clone()), "counted once per limits");
    }
  }

  /** Asserts that both have the same row for each of the {@code n} communes; their pairs. */
  private static long assertSameRows(Reach expected, Reach actual, int n, double radius) {
    long pairs = 0;
    for (int i = 0; i < n; i++) {
      assertEquals(rowOf(expected, i), rowOf(actual, i), "row of commune " + i + " at " + radius);
      pairs += actual.rowEnd(i) - actual.rowStart(i);
    }
    return pairs;
  }

  private static List<String> rowOf(Reach reach, int i) {
    List<String> row = new ArrayList<>();
    for (int k = reach.rowStart(i); k < reach.rowEnd(i); k++) {
      row.add(reach.place(k) + "@" + reach.km(k));
    }
    return row;
  }

  @Test
  void noCommuneOrNoPlaceGivesEmptyRows() {
    assertEquals(0, Reach.of(new GeoPoint[0], List.of(new GeoPoint(2, 46)), 10).rowStart(0));
    Reach none = Reach.of(new GeoPoint[] {new GeoPoint(2, 46), null}, List.of(), 10);
    assertEquals(0, none.rowEnd(0));
    assertEquals(0, none.rowEnd(1));
  }
}
