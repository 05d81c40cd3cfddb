package fr.raquette.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.raquette.io.DataException;
import fr.raquette.io.Problem;
import fr.raquette.territory.Actor;
import fr.raquette.territory.CogChange;
import fr.raquette.territory.Territory;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@fr.raquette.i18n.InEnglish
class TerritoryLoaderTest {
  static final Set<String> THEMES = Set.of("sante", "mobilite", "numerique");

  static LoadOptions options(boolean strict) {
    return new LoadOptions(
        strict,
        s -> {
          String k = s.strip().toLowerCase(Locale.ROOT);
          return THEMES.contains(k) ? Optional.of(k) : Optional.empty();
        },
        null);
  }

  static Path fixture(String name) throws URISyntaxException {
    return Path.of(TerritoryLoaderTest.class.getResource("/territories/" + name).toURI());
  }

  @Test
  void miniTerritoryIsReconciled() throws Exception {
    Territory t = TerritoryLoader.load(fixture("mini"), options(false));
    assertEquals(3, t.communes().size());
    assertEquals(1394 + 1019 + 144, t.totalPopulation());
    // 23023 is a commune déléguée of 23001: its doctor is counted in 23001.
    assertEquals(3, t.equipmentCount("23001", "D201"));
    // 23121 is a retired code taken by 23002 (passage table).
    assertEquals(1, t.equipmentCount("23002", "B101"));
    // Implicit zero: no row means no equipment.
    assertEquals(0, t.equipmentCount("23003", "D201"));
    assertTrue(
        t.cogChanges().stream()
            .anyMatch(
                c ->
                    c.from().equals("23023")
                        && "23001".equals(c.to())
                        && c.reason() == CogChange.Reason.DELEGUEE));
    CogChange unknown =
        t.cogChanges().stream().filter(c -> c.from().equals("23999")).findFirst().orElseThrow();
    assertNull(unknown.to());
    assertEquals(CogChange.Reason.UNKNOWN, unknown.reason());
    assertTrue(t.usable());
  }

  @Test
  void oldOutlinesAreMergedIntoTheirCommune() throws Exception {
    Territory t = TerritoryLoader.load(fixture("mini"), options(false));
    assertEquals(Set.of("23001", "23002", "23003"), t.outlines().keySet());
    // Two 0.05° squares side by side.
    assertEquals(0.005, t.outlines().get("23001").getArea(), 1e-9);
    assertTrue(
        t.outlines()
            .get("23001")
            .contains(
                t.outlines()
                    .get("23001")
                    .getFactory()
                    .createPoint(
                        new org.locationtech.jts.geom.Coordinate(
                            t.anchors().get("23001").lon(), t.anchors().get("23001").lat()))));
  }

  @Test
  void badRowsAreReportedWithTheirPlace() throws Exception {
    Territory t = TerritoryLoader.load(fixture("mini"), options(false));
    Problem bad =
        t.problems().stream()
            .filter(p -> p.message().contains("NB_EQUIP 'x'"))
            .findFirst()
            .orElseThrow();
    assertEquals("bpe2013-mini.csv:6:12", bad.location());
    assertTrue(
        t.problems().stream()
            .anyMatch(
                p ->
                    p.location().startsWith("besoins.csv:5")
                        && p.message().contains("unknown theme 'astrologie'")));
    assertTrue(
        t.problems().stream()
            .anyMatch(
                p ->
                    p.file().equals("bpe2013-mini.csv")
                        && p.message().contains("23999")
                        && p.severity() == Problem.Severity.WARNING));
  }

  @Test
  void strictStopsAtTheFirstSkippedRow() throws Exception {
    DataException e =
        assertThrows(
            DataException.class, () -> TerritoryLoader.load(fixture("mini"), options(true)));
    assertTrue(e.getMessage().contains(":"), e.getMessage());
  }

  @Test
  void franceServicesWithQuotedLineBreaksAndNeedsThroughOldCodes() throws Exception {
    Territory t = TerritoryLoader.load(fixture("mini"), options(false));
    assertEquals(1, t.actors().size());
    Actor a = t.actors().get(0);
    assertEquals("23003", a.commune());
    assertEquals(Actor.Precision.POINT, a.precision());
    assertEquals(2, t.needs().size());
    assertTrue(
        t.needs().stream()
            .anyMatch(n -> n.commune().equals("23002") && n.theme().equals("mobilite")));
  }

  @Test
  void windows1252AndBomAndTwoACodes(@TempDir Path dir) throws IOException {
    Files.write(
        dir.resolve("communes.csv"),
        ("CODGEO;LIBGEO;PMUN\n2A004;Ajaccio;1000\n2A041;Bocognano;300\n")
            .getBytes(Charset.forName("windows-1252")));
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = "DEPCOM;TYPEQU;NB_EQUIP\n2A004;D201;3,0\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(body, 0, all, bom.length, body.length);
    Files.write(dir.resolve("bpe.csv"), all);
    Files.writeString(
        dir.resolve("contours.geojson"),
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"code\":\"2A004\"},"
            + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[8.7,41.9],[8.8,41.9],[8.8,42.0],[8.7,42.0],[8.7,41.9]]]}}]}");
    Territory t = TerritoryLoader.load(dir, options(false));
    assertEquals(Set.of("2A004", "2A041"), t.communes().keySet());
    assertEquals(3, t.equipmentCount("2A004", "D201"));
    assertTrue(t.inputs().stream().anyMatch(f -> f.encoding().equals("UTF-8 (BOM)")));
  }

  @Test
  void arrondissementsRollUpToTheirCommune(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("communes.csv"), "CODGEO;LIBGEO;TYPECOM;PMUN\n69123;Lyon;COM;519127\n");
    Files.writeString(
        dir.resolve("bpe.csv"),
        "DEPCOM;TYPEQU;NB_EQUIP\n69381;D201;10\n69389;D201;5\n69123;A101;1\n");
    Territory t = TerritoryLoader.load(dir, options(false));
    assertEquals(15, t.equipmentCount("69123", "D201"));
    assertEquals(1, t.equipmentCount("69123", "A101"));
    assertFalse(t.usable(), "no outlines: not usable");
  }

  @Test
  void needsOfAFileMarkedIllustrativeAreMarkedAndSaidSo(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("communes.csv"), "CODGEO;LIBGEO;PMUN\n23001;A;800\n23002;B;300\n");
    String header = "code_commune;commune;thematique;public;description;source;personnes;date\n";
    Files.writeString(
        dir.resolve("besoins-exemple.csv"),
        "# ILLUSTRATIF — besoins fictifs\n" + header + "23001;A;sante;aînés;x;test;4;\n");
    Files.writeString(
        dir.resolve("besoins-abs.csv"),
        "# Analyse des besoins sociaux 2025\n" + header + "23002;B;sante;aînés;y;ABS;6;\n");
    Territory t = TerritoryLoader.load(dir, options(false));
    assertEquals(
        List.of("23001:true", "23002:false"),
        t.needs().stream().map(n -> n.commune() + ":" + n.illustrative()).sorted().toList());
    String said = fr.raquette.i18n.Messages.text("load.needs.illustrative");
    assertEquals(
        List.of("besoins-exemple.csv"),
        t.problems().stream().filter(p -> p.message().equals(said)).map(p -> p.file()).toList());
  }

  @Test
  void codesWrittenAsNumbersArePadded(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("communes.csv"), "CODGEO;LIBGEO;PMUN\n01001;L'Abergement;800\n");
    Files.writeString(dir.resolve("bpe.csv"), "DEPCOM;TYPEQU;NB_EQUIP\n1001;D201;1\n");
    Territory t = TerritoryLoader.load(dir, options(false));
    assertEquals(1, t.equipmentCount("01001", "D201"));
    assertTrue(t.problems().stream().anyMatch(p -> p.message().contains("padded")));
  }

  @Test
  void aDataFileTheManifestDoesNotListIsNotReadAndSaidSo(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("communes.csv"), "CODGEO;LIBGEO;PMUN\n23001;A;800\n");
    Files.writeString(dir.resolve("bpe.csv"), "DEPCOM;TYPEQU;NB_EQUIP\n23001;D201;1\n");
    Files.writeString(dir.resolve("notes.md"), "pas une donnée\n");
    Files.writeString(
        dir.resolve("territoire.yaml"),
        "nom: Test\nfichiers:\n  - chemin: communes.csv\n    role: communes\n");
    Territory t = TerritoryLoader.load(dir, options(false));
    assertEquals(0, t.equipmentCount("23001", "D201"), "bpe.csv is not listed: not read");
    String unlisted = fr.raquette.i18n.Messages.text("load.file.unlisted");
    assertEquals(
        List.of("bpe.csv"),
        t.problems().stream().filter(p -> p.message().equals(unlisted)).map(p -> p.file()).toList(),
        "said for the data file, not for notes.md nor the listed one");
  }

  @Test
  void manifestPathOutsideTheFolderIsRefused(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("territoire.yaml"),
        "nom: Test\nfichiers:\n  - chemin: ../../etc/passwd\n    role: communes\n");
    DataException e =
        assertThrows(DataException.class, () -> TerritoryLoader.load(dir, options(false)));
    assertTrue(e.getMessage().contains("leaves the territory folder"), e.getMessage());
  }

  @Test
  void manifestUnknownKeyGivesLineAndColumn(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("territoire.yaml"), "nom: Test\nperimetre:\n  departement: [\"23\"]\n");
    DataException e =
        assertThrows(DataException.class, () -> TerritoryLoader.load(dir, options(false)));
    assertTrue(e.getMessage().startsWith("territoire.yaml:3:"), e.getMessage());
    assertTrue(e.getMessage().contains("unknown key 'departement'"), e.getMessage());
  }

  @Test
  void perimeterKeepsOnlyItsCommunes(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("communes.csv"),
        "CODGEO;LIBGEO;DEP;EPCI;PMUN\n23001;A;23;200067189;10\n87001;B;87;200000000;20\n");
    Files.writeString(
        dir.resolve("bpe.csv"), "DEPCOM;TYPEQU;NB_EQUIP\n23001;D201;1\n87001;D201;1\n");
    Files.writeString(
        dir.resolve("territoire.yaml"), "nom: Test\nperimetre:\n  departements: [\"23\"]\n");
    Territory t = TerritoryLoader.load(dir, options(false));
    assertEquals(Set.of("23001"), t.communes().keySet());
    assertTrue(
        t.cogChanges().stream()
            .anyMatch(c -> c.from().equals("87001") && c.reason() == CogChange.Reason.OUTSIDE));
  }

  @Test
  void aRingLoadsEveryCommuneAndReportsOnThePerimeter(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("communes.csv"),
        "CODGEO;LIBGEO;DEP;EPCI;PMUN\n23001;A;23;200067189;10\n87001;B;87;200000000;20\n");
    Files.writeString(
        dir.resolve("bpe.csv"), "DEPCOM;TYPEQU;NB_EQUIP\n23001;D201;1\n87001;D201;1\n");
    Files.writeString(
        dir.resolve("territoire.yaml"),
        "nom: Test\nperimetre:\n  departements: [\"23\"]\nanneau_km: 100\n");
    Territory t = TerritoryLoader.load(dir, options(false));
    assertEquals(Set.of("23001", "87001"), t.communes().keySet());
    assertEquals(Set.of("23001"), t.perimeter());
    assertTrue(t.hasRing());
    assertEquals(1, t.equipmentCount("87001", "D201"));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "anneau_km: -5|'anneau_km' must be a width in km",
        "anneau_km: loin|'anneau_km' must be a number",
        "anneau_km: 100|'anneau_km' needs a 'perimetre'",
      })
  void badRingWidthsAreRefused(String yaml, String message, @TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("territoire.yaml"), "nom: Test\n" + yaml + "\n");
    DataException e =
        assertThrows(DataException.class, () -> TerritoryLoader.load(dir, options(false)));
    assertTrue(e.getMessage().startsWith("territoire.yaml:2:"), e.getMessage());
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }
}
