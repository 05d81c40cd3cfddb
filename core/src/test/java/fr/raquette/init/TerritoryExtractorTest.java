package fr.raquette.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.raquette.io.DataException;
import fr.raquette.io.OutputException;
import fr.raquette.io.Problem;
import fr.raquette.io.TextFile;
import fr.raquette.load.LoadOptions;
import fr.raquette.load.Manifest;
import fr.raquette.load.TerritoryLoader;
import fr.raquette.report.OutputFolder;
import fr.raquette.territory.Actor;
import fr.raquette.territory.CogChange;
import fr.raquette.territory.Commune;
import fr.raquette.territory.Territory;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@fr.raquette.i18n.InEnglish
class TerritoryExtractorTest {
  @TempDir Path tmp;

  static Path national() throws URISyntaxException {
    return Path.of(TerritoryExtractorTest.class.getResource("/init/national").toURI());
  }

  static LoadOptions load() {
    return new LoadOptions(false, s -> Optional.empty(), null);
  }

  static InitOptions perimeter(
      List<String> deps, List<String> epci, List<String> communes, List<String> regions) {
    return new InitOptions(deps, epci, communes, regions, null);
  }

  Extraction extract(InitOptions o) throws Exception {
    return TerritoryExtractor.extract(national(), tmp.resolve("t"), false, o);
  }

  /**
   * The national fixture loaded whole with the same perimeter in a manifest: what the extracted
   * folder must give, since the loader reconciles the copied rows again.
   */
  Territory reference(InitOptions o) throws Exception {
    Path copy = tmp.resolve("national-copy");
    Files.createDirectories(copy);
    try (Stream<Path> s = Files.list(national())) {
      for (Path p : s.toList()) {
        Files.copy(p, copy.resolve(p.getFileName()));
      }
    }
    String yaml =
        "perimetre:\n"
            + "  departements: "
            + yamlList(o.departements())
            + "\n  epci: "
            + yamlList(o.epci())
            + "\n  communes: "
            + yamlList(o.communes())
            + "\n  regions: "
            + yamlList(o.regions())
            + "\n";
    Files.writeString(copy.resolve(Manifest.FILE_NAME), yaml);
    return TerritoryLoader.load(copy, load());
  }

  static String yamlList(List<String> l) {
    List<String> q = new ArrayList<>();
    l.forEach(c -> q.add("\"" + c + "\""));
    return "[" + String.join(", ", q) + "]";
  }

  /** Extracts, loads the result, and checks it equals the national files under the perimeter. */
  Territory extractAndCompare(InitOptions o) throws Exception {
    Territory ref = reference(o);
    Extraction x = extract(o);
    Territory t = TerritoryLoader.load(x.folder(), load());
    assertTrue(t.usable(), () -> t.problems().toString());
    assertEquals(ref.communes(), t.communes());
    assertEquals(ref.totalPopulation(), x.population());
    assertEquals(ref.communes().size(), x.communes());
    assertEquals(ref.equipment(), t.equipment());
    assertEquals(ref.equipmentVintage(), t.equipmentVintage());
    assertEquals(names(ref.actors()), names(t.actors()));
    assertEquals(ref.outlines().keySet(), t.outlines().keySet());
    for (String code : ref.outlines().keySet()) {
      assertEquals(ref.outlines().get(code).getArea(), t.outlines().get(code).getArea(), 1e-12);
    }
    assertEquals(placed(ref.cogChanges()), placed(t.cogChanges()));
    return t;
  }

  static List<String> names(List<Actor> actors) {
    return actors.stream().map(a -> a.commune() + " " + a.name()).sorted().toList();
  }

  /** Codes brought into the territory, per file: drops differ, since outside rows are gone. */
  static Map<String, Long> placed(List<CogChange> changes) {
    Map<String, Long> m = new TreeMap<>();
    for (CogChange c : changes) {
      if (c.to() != null) {
        m.merge(
            c.file() + " " + c.from() + "→" + c.to() + " " + c.reason(), c.records(), Long::sum);
      }
    }
    return m;
  }

  static Extraction.FileResult file(Extraction x, String source) {
    return x.files().stream().filter(f -> f.source().equals(source)).findFirst().orElseThrow();
  }

  @Test
  void departementKeepsItsCommunesAndTheRowsOfTheirOldCodes() throws Exception {
    InitOptions o = perimeter(List.of("23"), null, null, null);
    Territory t = extractAndCompare(o);
    assertEquals(6, t.communes().size());
    assertEquals(1394 + 1019 + 1558 + 206 + 825 + 1143, t.totalPopulation());
    Extraction x = TerritoryExtractor.extract(national(), tmp.resolve("t2"), false, o);
    assertEquals(6, file(x, "communes-france.csv").kept());
    assertEquals(11, file(x, "communes-france.csv").read());
    // The arrondissements of Lyon have nothing to do in Creuse: the file is not written.
    assertNull(file(x, "arrondissements-municipaux-france.csv").written());
    assertFalse(Files.exists(x.folder().resolve("arrondissements-municipaux-france.csv")));
    // COMD 23023, 23126, 23189 and COMA 23094 stay, so the loader places their rows again.
    assertEquals(4, file(x, "communes-deleguees-associees-france.csv").kept());
    // BPE rows of the old codes 23023 (déléguée), 23121 and 23161 (retired) are kept.
    String bpe =
        Files.readString(x.folder().resolve("bpe2013-communes-france.csv"), StandardCharsets.UTF_8);
    assertTrue(bpe.startsWith("DEPCOM;TYPEQU;NB_EQUIP\n"));
    assertTrue(bpe.contains("\n23023;"));
    assertTrue(bpe.contains("\n23121;"));
    assertTrue(bpe.contains("\n23161;"));
    assertFalse(bpe.contains("\n15001;"));
    assertFalse(bpe.contains("\n69"));
    // Outlines of 2018 of the merged communes are kept, to be unioned on load.
    assertEquals(9, file(x, "communes-france-2018.geojson").kept());
    assertTrue(
        t.cogChanges().stream()
            .anyMatch(
                c ->
                    c.from().equals("23121")
                        && "23109".equals(c.to())
                        && c.file().equals("communes-france-2018.geojson")));
  }

  @Test
  void epciKeepsItsCommunes() throws Exception {
    Territory t = extractAndCompare(perimeter(null, List.of("200067544"), null, null));
    assertEquals(List.of("23093", "23149"), List.copyOf(t.communes().keySet()));
  }

  @Test
  void regionKeepsItsDepartements() throws Exception {
    Territory t = extractAndCompare(perimeter(null, null, null, List.of("84")));
    assertEquals(List.of("69001", "69003", "69123", "69135"), List.copyOf(t.communes().keySet()));
  }

  @Test
  void lyonKeepsItsArrondissements() throws Exception {
    InitOptions o = perimeter(null, null, List.of("69123"), null);
    Territory t = extractAndCompare(o);
    assertEquals(List.of("69123"), List.copyOf(t.communes().keySet()));
    Extraction x = TerritoryExtractor.extract(national(), tmp.resolve("t2"), false, o);
    assertEquals(3, file(x, "arrondissements-municipaux-france.csv").kept());
    // BPE counts Lyon by arrondissement: 6 rows of each of the 3 in the fixture.
    assertEquals(18, file(x, "bpe2013-communes-france.csv").kept());
    assertEquals(2, t.actors().size());
    assertTrue(t.actors().stream().allMatch(a -> a.commune().equals("69123")));
  }

  @Test
  void perimetersCombineAsAUnionAndRowsAreCopiedByteForByte() throws Exception {
    InitOptions o = perimeter(List.of("72"), null, List.of("69123", "23001"), null);
    Territory t = extractAndCompare(o);
    assertEquals(List.of("23001", "69123", "72176"), List.copyOf(t.communes().keySet()));
    String source = Files.readString(national().resolve("france-services-france-20240801.csv"));
    String copied = Files.readString(tmp.resolve("t/france-services-france-20240801.csv"));
    // The Le Lude record holds a line break inside quotes: it is copied whole, as it was.
    String record = recordOf(source, "\"72176\"");
    assertTrue(record.contains("\n"), "the fixture record spans lines");
    assertTrue(copied.contains(record));
    assertFalse(copied.contains("\"59410\""));
    String header = source.substring(0, source.indexOf('\n') + 1);
    assertTrue(copied.startsWith(header));
    // Every line of the extracted GeoJSON is a feature of the source, unchanged.
    String geo = Files.readString(national().resolve("communes-france-2018.geojson"));
    List<String> lines =
        Files.readAllLines(tmp.resolve("t/communes-france-2018.geojson"), StandardCharsets.UTF_8);
    assertEquals("{\"type\":\"FeatureCollection\",\"features\":[", lines.get(0));
    assertEquals("]}", lines.get(lines.size() - 1));
    for (String l : lines.subList(1, lines.size() - 1)) {
      String feature = l.endsWith(",") ? l.substring(0, l.length() - 1) : l;
      assertTrue(geo.contains(feature));
    }
  }

  /** The physical text of the CSV record holding {@code marker}, from its line to the next one. */
  static String recordOf(String text, String marker) {
    int at = text.indexOf(marker);
    int start = text.lastIndexOf("\n\"", at) + 1;
    int end = text.indexOf("\n\"", at);
    return text.substring(start, end + 1);
  }

  @Test
  void manifestAndReadmeDescribeTheFolder() throws Exception {
    Extraction x = extract(perimeter(List.of("23"), null, null, null));
    Manifest m = Manifest.parse(TextFile.read(x.folder().resolve(Manifest.FILE_NAME), "m"));
    assertEquals(List.of("23"), m.perimeter().departements());
    assertEquals("t", m.name());
    Map<String, String> roles = new TreeMap<>();
    m.files().forEach(f -> roles.put(f.path(), f.role()));
    assertEquals("communes", roles.get("communes-france.csv"));
    assertEquals("passage-cog", roles.get("communes-deleguees-associees-france.csv"));
    assertEquals("passage-cog", roles.get("cog-passage-2026.csv"));
    assertEquals("contours", roles.get("communes-france-2018.geojson"));
    assertEquals("bpe", roles.get("bpe18-enseignement-france.csv"));
    assertEquals("france-services", roles.get("france-services-france-20240801.csv"));
    assertFalse(roles.containsKey("arrondissements-municipaux-france.csv"));
    String readme = Files.readString(x.folder().resolve("README.md"));
    assertTrue(readme.contains("département 23"));
    assertTrue(readme.contains("`communes-france.csv`"));
    assertTrue(readme.contains("arrondissements-municipaux-france.csv"));
  }

  @Test
  void perimeterMatchingNothingWritesNothing() throws Exception {
    DataException e =
        assertThrows(
            DataException.class, () -> extract(perimeter(List.of("01"), null, null, null)));
    assertTrue(e.getMessage().contains("matches no commune"), e.getMessage());
    assertTrue(e.getMessage().contains("département 01"), e.getMessage());
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(List.of(), s.toList());
    }
  }

  @Test
  void anOldCommuneCodeIsRefusedWithItsNewCode() throws Exception {
    DataException e =
        assertThrows(
            DataException.class, () -> extract(perimeter(null, null, List.of("23023"), null)));
    assertTrue(e.getMessage().contains("now part of 23149"), e.getMessage());
    // One good code does not excuse a wrong one: a typo would silently shrink the territory.
    assertThrows(
        DataException.class, () -> extract(perimeter(List.of("23", "24"), null, null, null)));
  }

  @Test
  void malformedCodesAreRefusedAtConstruction() {
    assertThrows(IllegalArgumentException.class, () -> perimeter(List.of("2C"), null, null, null));
    assertThrows(
        IllegalArgumentException.class, () -> perimeter(null, List.of("12345"), null, null));
    assertThrows(
        IllegalArgumentException.class, () -> perimeter(null, null, List.of("2301"), null));
    assertThrows(IllegalArgumentException.class, () -> perimeter(null, null, null, List.of("7")));
    assertThrows(IllegalArgumentException.class, () -> perimeter(null, null, null, null));
    InitOptions o = perimeter(List.of("2a", "23", "23"), null, null, null);
    assertEquals(List.of("23", "2A"), o.departements());
  }

  @Test
  void anExistingFolderIsReplacedOnlyWithForce() throws Exception {
    Path target = tmp.resolve("t");
    Files.createDirectories(target);
    Files.writeString(target.resolve("keep.txt"), "mine");
    InitOptions o = perimeter(List.of("23"), null, null, null);
    assertThrows(
        OutputException.class, () -> TerritoryExtractor.extract(national(), target, false, o));
    assertTrue(Files.exists(target.resolve("keep.txt")));
    // --force replaces only a folder that init wrote, never a folder of someone's files.
    assertThrows(
        OutputException.class, () -> TerritoryExtractor.extract(national(), target, true, o));
    assertTrue(Files.exists(target.resolve("keep.txt")));
    Path made = tmp.resolve("made");
    TerritoryExtractor.extract(national(), made, false, o);
    Files.writeString(made.resolve("old.txt"), "from an earlier extraction");
    assertEquals(List.of("old.txt"), OutputFolder.kept(made, OutputFolder.Kind.TERRITORY));
    TerritoryExtractor.extract(national(), made, true, o);
    // --force replaces what init wrote; a file the user added is kept.
    assertEquals("from an earlier extraction", Files.readString(made.resolve("old.txt")));
    assertTrue(Files.exists(made.resolve(Manifest.FILE_NAME)));
  }

  @Test
  void unknownCodesOfThePerimeterAreReportedNotDroppedSilently() throws Exception {
    Path src = tmp.resolve("src");
    Files.createDirectories(src);
    try (Stream<Path> s = Files.list(national())) {
      for (Path p : s.toList()) {
        Files.copy(p, src.resolve(p.getFileName()));
      }
    }
    // 23999 is no commune code at all: made up for this test.
    Files.writeString(
        src.resolve("bpe2013-communes-france.csv"),
        "23999;D201;1\n",
        java.nio.file.StandardOpenOption.APPEND);
    Extraction x =
        TerritoryExtractor.extract(
            src, tmp.resolve("t"), false, perimeter(List.of("23"), null, null, null));
    assertTrue(
        x.problems().stream()
            .anyMatch(
                p ->
                    p.severity() == Problem.Severity.WARNING
                        && p.file().equals("bpe2013-communes-france.csv")
                        && p.message().contains("23999")),
        x.problems().toString());
  }

  /**
   * A ring holds the communes whose anchor is within its width of a perimeter commune's anchor; the
   * manifest says the perimeter and the width, and the loader reports on the perimeter only.
   */
  @Test
  void ringAroundACommuneHoldsTheCommunesWithinItsWidth() throws Exception {
    String home = "23093";
    Territory all = TerritoryLoader.load(national(), load());
    double km = 25;
    Extraction x = extract(new InitOptions(null, null, List.of(home), null, km, null));
    Territory t = TerritoryLoader.load(x.folder(), load());
    assertTrue(t.usable(), () -> t.problems().toString());
    // The fixture's communes are scattered: only those whose outlines touch are on one land.
    fr.raquette.geo.Landmasses lands = fr.raquette.geo.Landmasses.of(all.outlines());
    java.util.SortedSet<String> expected = new java.util.TreeSet<>();
    all.anchors()
        .forEach(
            (code, at) -> {
              if (at.distanceKm(all.anchors().get(home)) <= km && lands.sameLand(code, home)) {
                expected.add(code);
              }
            });
    assertTrue(expected.size() > 1 && expected.size() < all.communes().size(), expected::toString);
    assertEquals(expected, t.communes().keySet());
    assertEquals(java.util.Set.of(home), t.perimeter());
    assertTrue(t.hasRing());
    assertFalse(t.inPerimeter(expected.last()));
    assertEquals(expected.size() - 1, x.ringCommunes());
    String yaml = Files.readString(x.folder().resolve(Manifest.FILE_NAME));
    assertTrue(yaml.contains("anneau_km: 25 "), yaml);
    // Same anchors as when the national files are loaded whole.
    t.anchors().forEach((code, at) -> assertEquals(all.anchors().get(code), at, code));
  }

  @Test
  void noRingKeepsTheOldManifest() throws Exception {
    Extraction x = extract(new InitOptions(List.of("23"), null, null, null, 0, null));
    Territory t = TerritoryLoader.load(x.folder(), load());
    assertEquals(0, x.ringCommunes());
    assertTrue(t.perimeter().isEmpty());
    assertFalse(t.hasRing());
    assertFalse(Files.readString(x.folder().resolve(Manifest.FILE_NAME)).contains("anneau_km"));
  }

  /** The real national files, when the shared data is beside the repository (CI, dev machines). */
  @Test
  void creuseFromTheRealNationalFilesEqualsTheSample() throws Exception {
    Path france = Path.of("../../shared/open-data/france");
    Assumptions.assumeTrue(Files.isDirectory(france));
    double ring = Ring.defaultKm(fr.raquette.themes.ThemeCatalog.builtIn());
    Extraction x =
        TerritoryExtractor.extract(
            france,
            tmp.resolve("creuse"),
            false,
            new InitOptions(List.of("23"), null, null, null, ring, null));
    Territory t = TerritoryLoader.load(x.folder(), load());
    Territory sample = TerritoryLoader.load(Path.of("../data-samples/creuse"), load());
    assertTrue(t.usable(), () -> t.problems().toString());
    assertEquals(255, t.perimeterCommunes().size());
    assertEquals(115_527, t.perimeterPopulation());
    assertEquals(2_570, x.ringCommunes());
    assertEquals(sample.perimeter(), t.perimeter());
    // The sample was made by this extraction (data-samples/rebuild.sh): the same communes, figures
    // of the census, households and income files included.
    assertEquals(sample.communes(), t.communes());
    Commune ahun = t.communes().get("23001");
    assertEquals(213.99, ahun.figure("POP75P"), 1e-9);
    assertEquals(40.98, ahun.figure("POP80P_PSEUL"), 1e-9);
    assertEquals(1596.0, ahun.figure("POP@2011"), 1e-9);
    assertEquals(21460.0, ahun.figure("MED"), 1e-9);
    // TP6021 is 's' (secret) for Ahun: never read as 0, imputed from its EPCI and flagged.
    assertTrue(ahun.isImputed("TP60"));
    assertFalse(ahun.isImputed("MED"));
    assertEquals(sample.equipment(), t.equipment());
    assertEquals(sample.outlines().keySet(), t.outlines().keySet());
    assertEquals(
        sample.actors().stream().filter(a -> a.sources().contains("france-services")).count(),
        t.actors().size());
  }
}
