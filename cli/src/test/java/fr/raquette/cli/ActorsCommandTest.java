package fr.raquette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorsCommandTest {
  private static final String FIXTURE = "src/test/resources/actors/territory";
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "actors");
  private static final Path CREUSE = Path.of("..", "data-samples", "creuse");

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private static Run actors(String... more) {
    List<String> a = new ArrayList<>(List.of("actors", FIXTURE));
    a.addAll(List.of(more));
    Run r = run(a.toArray(new String[0]));
    assertEquals(0, r.code(), r.err());
    return r;
  }

  private static void golden(String name, String actual) {
    Golden.assertMatches(GOLDEN.resolve(name), actual);
  }

  @Test
  void tableWithEquipmentAndSummary() {
    Run r = actors("--with-equipment");
    golden("table.txt", r.out());
    for (String line : r.out().split("\n")) {
      assertTrue(line.length() <= 80, line);
    }
    assertEquals("", r.err());
  }

  @Test
  void tableNearACommuneInEnglish() {
    golden("near-en.txt", actors("--near", "gouzon", "--radius", "20", "--lang", "en").out());
  }

  @Test
  void summaryAlone() {
    golden("summary.txt", actors("--theme", "Santé", "--with-equipment", "--summary").out());
  }

  @Test
  void csvExcelDialect() {
    String csv = actors("--near", "Boussac", "--radius", "30", "--format", "csv").out();
    assertTrue(csv.startsWith("\uFEFFid;nom;"), csv);
    golden("near.csv", csv);
  }

  @Test
  void csvRfc4180Dialect() {
    golden("all-rfc4180.csv", actors("--format", "csv", "--csv-dialect", "rfc4180").out());
  }

  @Test
  void json() {
    golden("near.json", actors("--near", "Boussac", "--radius", "30", "--format", "json").out());
  }

  @Test
  void markdown() {
    golden("equipment.md", actors("--with-equipment", "--format", "md").out());
  }

  @Test
  void jsonAndCsvHoldTheSameRows() throws IOException {
    for (String[] filter :
        List.of(
            new String[] {"--with-equipment"},
            new String[] {"--near", "Boussac", "--radius", "30", "--with-equipment"})) {
      List<String> base = new ArrayList<>(List.of(filter));
      base.addAll(List.of("--format"));
      List<String> j = new ArrayList<>(base);
      j.add("json");
      List<String> c = new ArrayList<>(base);
      c.addAll(List.of("csv", "--csv-dialect", "rfc4180"));
      JsonNode array = new ObjectMapper().readTree(actors(j.toArray(new String[0])).out());
      List<CSVRecord> records =
          CSVFormat.RFC4180
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .build()
              .parse(new StringReader(actors(c.toArray(new String[0])).out()))
              .getRecords();
      assertEquals(array.size(), records.size());
      assertTrue(array.size() > 5, "rows: " + array.size());
      for (int i = 0; i < records.size(); i++) {
        CSVRecord rec = records.get(i);
        JsonNode obj = array.get(i);
        List<String> fields = new ArrayList<>();
        obj.fieldNames().forEachRemaining(fields::add);
        assertEquals(rec.getParser().getHeaderNames(), fields, "same fields, same order");
        for (String f : fields) {
          assertEquals(rec.get(f), text(obj.get(f)), "row " + i + ", " + f);
        }
      }
    }
  }

  /** A JSON value as the CSV writes it: lists joined with |, null as empty. */
  private static String text(JsonNode v) {
    if (v.isNull()) {
      return "";
    }
    if (v.isArray()) {
      List<String> parts = new ArrayList<>();
      v.forEach(x -> parts.add(x.asText()));
      return String.join("|", parts);
    }
    return v.isNumber() ? v.decimalValue().toPlainString() : v.asText();
  }

  @Test
  void emptyResultSaysSoOnStandardErrorAndSucceeds() {
    Run r = actors("--type", "mission-locale", "--format", "csv", "--csv-dialect", "rfc4180");
    assertTrue(r.out().startsWith("id,nom,commune,code_commune,precision,"), r.out());
    assertEquals(1, r.out().split("\n").length, "the header only");
    assertEquals(
        "Aucun acteur ne correspond à ces critères (Filtres : type mission-locale).\n", r.err());
    r = actors("--search", "piscine", "--format", "json", "--lang", "en");
    assertEquals("[ ]\n", r.out());
    assertEquals("No actor matches these filters (Filters: text 'piscine').\n", r.err());
  }

  @Test
  void communeNamesIgnoreCaseAndAccents() {
    Run r = actors("--commune", "chenerailles", "--format", "csv", "--csv-dialect", "rfc4180");
    assertTrue(r.out().contains("Association intercommunale"), r.out());
    assertEquals(2, r.out().split("\n").length);
  }

  @Test
  void ambiguousCommuneIsAUsageErrorListingTheCandidates() {
    Run r = run("acteurs", FIXTURE, "--commune", "saint priest");
    assertEquals(2, r.code());
    assertTrue(
        r.err()
            .contains(
                "« saint priest » désigne plusieurs communes : Saint-Priest (23227),"
                    + " Saint-Priest (69290). Donnez son code."),
        r.err());
  }

  @Test
  void unknownCommuneSuggests() {
    Run r = run("actors", FIXTURE, "--near", "Bousac", "--lang", "en");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("did you mean: Boussac (23031)?"), r.err());
  }

  @Test
  void usageErrors() {
    assertEquals(2, run("actors", FIXTURE, "--radius", "5").code());
    assertEquals(2, run("actors", FIXTURE, "--near", "Boussac", "--radius", "-1").code());
    assertEquals(2, run("actors", FIXTURE, "--theme", "astrologie").code());
    assertEquals(2, run("actors", FIXTURE, "--format", "xml").code());
    assertEquals(2, run("actors", FIXTURE, "--format", "csv", "--summary").code());
  }

  @Test
  void writesToAFileAndRefusesToOverwrite(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("acteurs.json");
    Run r = actors("--format", "json", "-o", file.toString());
    assertEquals("", r.out());
    assertTrue(r.err().contains("Écrit dans"), r.err());
    assertTrue(Files.readString(file, StandardCharsets.UTF_8).startsWith("[\n  {\n"));
    assertEquals(4, run("actors", FIXTURE, "-o", file.toString()).code());
    assertEquals(0, run("actors", FIXTURE, "-o", file.toString(), "--force").code());
  }

  @Test
  void creuseDigitalActorsNearBoussac() throws IOException {
    Run r =
        run(
            "actors",
            CREUSE.toString(),
            "--theme",
            "numerique",
            "--near",
            "Boussac",
            "--radius",
            "20",
            "--format",
            "json");
    assertEquals(0, r.code(), r.err());
    JsonNode rows = new ObjectMapper().readTree(r.out());
    List<String> ids = new ArrayList<>();
    rows.forEach(n -> ids.add(n.get("id").asText()));
    // France services sites: 137 Boussac, 2957 Gouzon, 1190 Genouillac (the local duplicate of
    // 137 is merged into it), and across the border, in the sample's context ring, 1309
    // Sainte-Sévère-sur-Indre (36) and 14 Huriel (03).
    assertEquals(
        List.of(
            "france-services:137",
            "france-services:2957",
            "france-services:1190",
            "france-services:1309",
            "france-services:14"),
        ids);
    assertEquals(List.of("france-services", "local"), sources(rows.get(0)));
    // Boussac's anchor (the interior point of its outline) is at 46.34826 N, 2.221508 E (the
    // position of its equipment rows, see below). Gouzon's site is at 46.191151 N, 2.238193 E:
    // haversine with R = 6371.0088 km, Δφ = -0.157109°, Δλ = 0.016685°, gives 17.5168 km.
    assertEquals(17.52, rows.get(1).get("distance_km").asDouble(), 1e-9);
    assertEquals(0.38, rows.get(0).get("distance_km").asDouble(), 1e-9);
    assertEquals(17.61, rows.get(2).get("distance_km").asDouble(), 1e-9);

    Run anchor =
        run(
            "actors",
            CREUSE.toString(),
            "--commune",
            "23031",
            "--theme",
            "sante",
            "--with-equipment",
            "--format",
            "json");
    JsonNode eq = new ObjectMapper().readTree(anchor.out()).get(0);
    assertEquals("23031", eq.get("code_commune").asText());
    assertEquals(46.34826, eq.get("latitude").asDouble(), 1e-9);
    assertEquals(2.221508, eq.get("longitude").asDouble(), 1e-9);

    Run table =
        run(
            "actors",
            CREUSE.toString(),
            "--theme",
            "numerique",
            "--near",
            "Boussac",
            "--radius",
            "20");
    assertTrue(table.out().contains("France services de Gouzon"), table.out());
    assertTrue(table.out().contains("17,5 km"), table.out());
  }

  private static List<String> sources(JsonNode row) {
    List<String> s = new ArrayList<>();
    row.get("sources").forEach(n -> s.add(n.asText()));
    return s;
  }
}
