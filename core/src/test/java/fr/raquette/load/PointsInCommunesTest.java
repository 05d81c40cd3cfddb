package fr.raquette.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.raquette.geo.CommuneLocator;
import fr.raquette.io.Problem;
import fr.raquette.territory.GeoPoint;
import fr.raquette.territory.Territory;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Equipment with coordinates and no commune code, placed by point in polygon (fixture {@code
 * territories/points}, see its README).
 */
class PointsInCommunesTest {
  static Territory load() throws Exception {
    Path folder = Path.of(PointsInCommunesTest.class.getResource("/territories/points").toURI());
    return TerritoryLoader.load(folder, new LoadOptions(false, s -> Optional.of(s), null));
  }

  /** The rule of point in polygon, one row each: a point and the commune it is in (null: none). */
  static Stream<Arguments> points() {
    return Stream.of(
        Arguments.of("inside Ouest", 2.05, 46.02, "11001"),
        Arguments.of("inside Est", 2.20, 46.03, "11002"),
        Arguments.of("on the shared border: the lower code", 2.15, 46.02, "11001"),
        Arguments.of("on an outer edge: in", 2.30, 46.02, "11002"),
        Arguments.of("on a corner of both", 2.15, 46.05, "11001"),
        Arguments.of("outside every outline", 3.50, 46.02, null),
        Arguments.of("just outside", 2.30001, 46.02, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("points")
  void pointInPolygon(String name, double lon, double lat, String commune) throws Exception {
    CommuneLocator locator = new CommuneLocator(load().outlines());
    assertEquals(commune, locator.communeOf(new GeoPoint(lon, lat)), name);
  }

  @Test
  void equipmentWithoutCodesIsCountedInItsCommune() throws Exception {
    Territory t = load();
    // Ouest: lines 2 and 7 (D201) and the border point of line 4 (D301); Est: 2 D201 of line 3
    // and the nurse of the Lambert-93 file.
    assertEquals(2.0, t.equipmentCount("11001", "D201"));
    assertEquals(1.0, t.equipmentCount("11001", "D301"));
    assertEquals(2.0, t.equipmentCount("11002", "D201"));
    assertEquals(1.0, t.equipmentCount("11002", "D232"));
    assertEquals(0.0, t.equipmentCount("11001", "B203"));
    assertEquals(5, t.equipmentPoints().size());
  }

  @Test
  void pointsOutsideOrWithoutCoordinatesAreLocated() throws Exception {
    List<String> warnings =
        load().problems().stream()
            .filter(p -> p.severity() == Problem.Severity.WARNING)
            .map(p -> p.file() + ":" + p.line() + ":" + p.column())
            .toList();
    // Line 5 outside both outlines, line 6 without coordinates, at the LONGITUDE column.
    assertEquals(List.of("equipements-locaux.csv:5:8", "equipements-locaux.csv:6:8"), warnings);
    assertTrue(
        load().problems().stream()
            .anyMatch(
                p -> p.message().contains("(3.50000 ; 46.02000)") && p.message().contains("D201")),
        load().problems().toString());
  }
}
