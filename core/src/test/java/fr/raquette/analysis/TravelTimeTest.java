package fr.raquette.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.raquette.access.Method;
import fr.raquette.io.Problem;
import fr.raquette.load.LoadOptions;
import fr.raquette.load.TerritoryLoader;
import fr.raquette.territory.Territory;
import fr.raquette.themes.ThemeCatalog;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Travel times of a {@code couts} file (docs/methode.md, section 2): catchments in minutes for the
 * pairs listed, on the fixture {@code territories/couts} (four communes in a row, a general
 * practitioner in Bourg, 11003; see its README).
 */
class TravelTimeTest {
  @TempDir Path dir;

  static Path fixture() throws URISyntaxException {
    return Path.of(TravelTimeTest.class.getResource("/territories/couts").toURI());
  }

  /** The fixture's folder with another couts file; none when {@code couts} is null. */
  private Path folder(String couts) throws Exception {
    Path to = Files.createTempDirectory(dir, "t");
    try (Stream<Path> s = Files.list(fixture())) {
      for (Path p : s.toList()) {
        if (!p.getFileName().toString().equals("couts.csv")) {
          Files.copy(p, to.resolve(p.getFileName()));
        }
      }
    }
    if (couts != null) {
      Files.writeString(
          to.resolve("couts.csv"), "origin;destination;minutes\n" + couts, StandardCharsets.UTF_8);
    }
    return to;
  }

  static Territory load(Path folder) {
    return TerritoryLoader.load(folder, new LoadOptions(false, s -> Optional.of(s), null));
  }

  static Diagnosis diagnose(Territory t) {
    return Diagnoser.run(
        t,
        ThemeCatalog.builtIn(),
        new DiagnosisOptions(Method.E2SFCA, List.of("sante"), 30, 5, Yardstick.builtIn(), 1, true));
  }

  /** The general practitioner element of Santé in one commune. */
  static ElementOutcome medecin(Diagnosis d, String commune) {
    for (Indicator i : d.themes().get(0).indicators()) {
      if (i.commune().equals(commune)) {
        return i.elements().stream()
            .filter(o -> o.element().id().equals("medecin"))
            .findFirst()
            .orElseThrow();
      }
    }
    throw new AssertionError("no commune " + commune);
  }

  @Test
  void minutesReverseTheKilometreOrderAndChangeTheClasses() throws Exception {
    Diagnosis km = diagnose(load(folder(null)));
    assertEquals(Classification.TROU, medecin(km, "11001").classification());
    assertEquals(23.2, medecin(km, "11001").nearestKm(), 0.1);
    assertNotEquals(Classification.TROU, medecin(km, "11002").classification());
    assertEquals(ElementOutcome.Basis.DISTANCE, medecin(km, "11002").basis());
    assertEquals(ElementOutcome.Basis.DISTANCE, medecin(km, "11004").basis());

    Diagnosis min = diagnose(load(fixture()));
    ElementOutcome ouest = medecin(min, "11001");
    assertEquals(ElementOutcome.Basis.TRAVEL_TIME, ouest.basis());
    assertNotEquals(Classification.TROU, ouest.classification());
    assertEquals(18.0, ouest.nearestKm());
    ElementOutcome milieu = medecin(min, "11002");
    assertEquals(Classification.TROU, milieu.classification());
    assertEquals(35.0, milieu.nearestKm());
    assertEquals("Bourg", milieu.nearestPlace());
    // Severity in minutes: P × (1 + e / D) with e = 35 − 30, D = 30.
    assertEquals(1000 * (1 + 5.0 / 30), milieu.severity(), 1e-9);
    // Est is in no pair of the file: not judged, rather than a gap.
    assertEquals(Classification.NON_EVALUABLE, medecin(min, "11004").classification());
    assertEquals(ElementOutcome.Basis.NO_TRAVEL_TIME, medecin(min, "11004").basis());
  }

  @Test
  void theNationalYardstickInKmIsNotUsedForMinutes() throws Exception {
    ElementSummary km = summary(diagnose(load(folder(null))));
    ElementSummary min = summary(diagnose(load(fixture())));
    assertNotEquals(Yardstick.Fallback.OTHER_DEFINITION, km.yardstick().note());
    assertEquals(Yardstick.Kind.TERRITORY, min.yardstick().kind());
    assertEquals(Yardstick.Fallback.OTHER_DEFINITION, min.yardstick().note());
  }

  private static ElementSummary summary(Diagnosis d) {
    return d.themes().get(0).elements().stream()
        .filter(e -> e.element().id().equals("medecin"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void badLinesAreLocatedAndSkipped() throws Exception {
    Territory t = load(fixture());
    List<String> where =
        t.problems().stream()
            .filter(p -> p.file().equals("couts.csv") && p.severity() == Problem.Severity.WARNING)
            .map(p -> p.line() + ":" + p.column())
            .toList();
    // A time that is not a number (at its cell), a code that is not a commune code, a pair twice.
    assertEquals(List.of("5:13", "6:1", "7:1"), where);
    assertEquals(2, t.travelTimes().pairs());
    assertEquals(35.0, t.travelTimes().between("11002", "11003"));
  }

  /**
   * The rules of a diagnosis in minutes, one row each: the couts file, a commune, what becomes of
   * the general practitioner there ({@code en-portee}: a score, covered or weak answer against the
   * territory's mean; {@code trou}; {@code non-evaluable}), and the minutes to the nearest one
   * (null: none quoted).
   */
  static Stream<Arguments> rules() {
    return Stream.of(
        Arguments.of("listed as written", "11001;11003;18\n", "11001", "en-portee", 18.0),
        Arguments.of("reverse pair used", "11003;11001;18\n", "11001", "en-portee", 18.0),
        Arguments.of(
            "the pair as written wins over its reverse",
            "11003;11001;18\n11001;11003;40\n",
            "11001",
            "trou",
            40.0),
        Arguments.of("exactly the catchment is in", "11001;11003;30\n", "11001", "en-portee", 30.0),
        Arguments.of("beyond the catchment", "11001;11003;30.5\n", "11001", "trou", 30.5),
        Arguments.of("an unlisted pair is out of reach", "11001;11002;5\n", "11001", "trou", null),
        Arguments.of(
            "own supply, time not listed: 0 min", "11001;11003;18\n", "11003", "en-portee", 0.0),
        Arguments.of(
            "own supply at its listed time", "11003;11003;12\n", "11003", "en-portee", 12.0),
        Arguments.of(
            "a commune in no pair is not judged",
            "11001;11003;18\n",
            "11002",
            "non-evaluable",
            null),
        Arguments.of("decimal comma", "11001;11003;25,5\n", "11001", "en-portee", 25.5));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void rule(String name, String couts, String commune, String cls, Double minutes)
      throws Exception {
    ElementOutcome o = medecin(diagnose(load(folder(couts))), commune);
    String found =
        o.classification() == Classification.TROU
                || o.classification() == Classification.NON_EVALUABLE
            ? o.classification().id()
            : o.score() != null ? "en-portee" : "sans offre a portee";
    assertEquals(cls, found, name);
    if (minutes == null) {
      assertNull(o.nearestKm(), name);
    } else {
      assertEquals(minutes, o.nearestKm(), 1e-9, name);
    }
  }

  @Test
  void withoutCoutsTheTerritoryHasNoTravelTimes() throws Exception {
    Territory t = load(folder(null));
    assertTrue(t.travelTimes().isEmpty());
  }
}
