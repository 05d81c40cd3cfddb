package fr.raquette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of bad inputs: each case of {@code bad-inputs/cases.csv} is a small territory folder
 * (the {@code _base} territory with the case's files laid over it) run through the whole tool. It
 * must end with the expected exit code and say the expected message, with no stack trace, and write
 * nothing into the territory folder.
 */
class BadInputsTest {
  static final Path CORPUS = Path.of("src", "test", "resources", "bad-inputs");

  /** One line of cases.csv. */
  record Case(String name, String command, int exit, String maxFileBytes, String fragment) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (String line : Files.readAllLines(CORPUS.resolve("cases.csv"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("case;")) {
        continue;
      }
      String[] f = line.split(";", 5);
      assertEquals(5, f.length, "cases.csv: case;command;exit;max_file_bytes;message_fragment");
      out.add(
          Arguments.of(new Case(f[0], f[1].strip(), Integer.parseInt(f[2]), f[3].strip(), f[4])));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void badInputGetsAClearAnswer(Case c, @TempDir Path tmp) throws IOException {
    Path folder = tmp.resolve("territoire");
    Set<String> before = prepare(c, folder, tmp);
    Cli r = run(c, folder, tmp);

    String all = r.out() + r.err();
    englishCheck(c, all);
    assertEquals(c.exit(), r.code(), all);
    assertTrue(all.contains(c.fragment()), "expected «" + c.fragment() + "» in:\n" + all);
    assertFalse(all.contains("\tat "), all);
    assertFalse(all.contains("Exception"), all);
    assertFalse(all.contains("internal error"), all);
    // A zip entry named ../../evil.csv is only read, never written anywhere.
    assertFalse(Files.exists(folder.resolve("../../evil.csv").normalize()));
    Set<String> after = listing(tmp);
    after.removeIf(p -> p.equals("out") || p.startsWith("out/"));
    before.removeIf(p -> p.equals("out") || p.startsWith("out/"));
    // The hidden folders of a killed run writing the same report are the next run's to remove.
    before.removeIf(p -> p.startsWith(".out.tmp-2147483646"));
    assertEquals(before, after, "the run changed files outside its report");
    afterwards(c.name(), tmp, all);
  }

  /** Lays the case's territory out in {@code folder}; returns what {@code tmp} holds then. */
  private static Set<String> prepare(Case c, Path folder, Path tmp) throws IOException {
    Path source = CORPUS.resolve(c.name());
    assertTrue(Files.isDirectory(source), "no folder for case " + c.name());
    assemble(source, folder);
    generate(c.name(), folder, tmp);
    return listing(tmp);
  }

  /** Runs the case's command on the folder, with these arguments after it. */
  private static Cli run(Case c, Path folder, Path tmp, String... more) {
    List<String> args = new ArrayList<>(List.of(c.command().split(" +")));
    args.add(1, folder.toString());
    args.addAll(List.of(more));
    args.replaceAll(a -> a.replace("{out}", tmp.resolve("out").toString()));
    // As JAVA_OPTS=-Draquette.maxFileBytes=N gives it to Main.
    return Cli.runLimited(Main.maxFileBytes(c.maxFileBytes()), args.toArray(new String[0]));
  }

  /**
   * The same inputs under {@code --lang en}: the message is English, with the same location and
   * exit code, and none of the French one is left. A few cases, one per reader.
   */
  static Stream<Arguments> inEnglish() {
    return Stream.of(
        Arguments.of(
            "csv-empty",
            "communes.csv: warning: the file is empty (or holds only '#' comments): ignored"),
        Arguments.of(
            "csv-comma-unquoted",
            "communes.csv:2: warning: this row has 10 fields where the header has 9 (a value"
                + " holding the separator ',' without quotes?); row skipped"),
        Arguments.of(
            "bpe-typequ-unknown",
            "bpe2013.csv: warning: 1 equipment type(s) are neither in the built-in BPE 2013"
                + " nomenclature nor in a bpe-codes file: D999 (1 commune)"),
        Arguments.of(
            "geojson-null-geometry",
            "contours.geojson:3:1: warning: feature #2 (code 23002) has no geometry (null):"
                + " skipped"),
        Arguments.of(
            "manifest-wrong-type-number",
            "territoire.yaml:8:21: 'parametres.rayon_acteurs_km' must be a number (decimal point:"
                + " 12.5); found the text 'loin'"),
        Arguments.of(
            "zip-corrupt",
            "communes.zip: not a readable zip file (zip END header not found): the download may be"
                + " incomplete"),
        Arguments.of(
            "no-outlines", "error: no commune outlines (GeoJSON) found: distances need them"),
        Arguments.of("option-nan", "'NaN' is not a finite number"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inEnglish")
  void englishRunSpeaksEnglish(String name, String english, @TempDir Path tmp) throws IOException {
    Case c =
        cases()
            .map(a -> (Case) a.get()[0])
            .filter(k -> k.name().equals(name))
            .findFirst()
            .orElseThrow();
    Path folder = tmp.resolve("territoire");
    prepare(c, folder, tmp);
    Cli r = run(c, folder, tmp, "--lang", "en");
    String all = r.out() + r.err();
    assertEquals(c.exit(), r.code(), all);
    assertTrue(all.contains(english), "expected «" + english + "» in:\n" + all);
    assertFalse(all.contains(c.fragment()), "the French message is still there:\n" + all);
  }

  /** What some cases must leave behind, beyond their message. */
  private static void afterwards(String name, Path tmp, String printed) throws IOException {
    Path out = tmp.resolve("out");
    assertFalse(printed.contains("\u001B]"), "an escape sequence reached the terminal");
    assertFalse(printed.contains("root:x:0:0"), "a file reached through a link was quoted");
    assertFalse(
        printed.contains("ReadFeature") || printed.contains("not enabled for parser"),
        "a library's advice to programmers leaked");
    switch (name) {
      case "out-md-injection" -> {
        String md = Files.readString(out.resolve("rapport.md"));
        // Shown as text (\\<img … \\>), never live.
        assertFalse(java.util.regex.Pattern.compile("(?<!\\\\)<(img|b)").matcher(md).find(), md);
        assertFalse(md.contains("\n# Titre"), md);
        assertFalse(md.contains("\n![x]"), md);
        assertFalse(md.contains("\n| a | b |"), md);
        String html = Files.readString(out.resolve("rapport.html"));
        assertFalse(html.contains("<img src=x"), "the HTML was already safe and stays so");
      }
      case "out-terminal-escapes" -> assertFalse(printed.contains("\u001B"), printed);
      case "out-svg-noncharacter" -> {
        try (Stream<Path> s = Files.list(out.resolve("cartes"))) {
          for (Path svg : s.toList()) {
            try {
              javax.xml.parsers.DocumentBuilderFactory.newInstance()
                  .newDocumentBuilder()
                  .parse(svg.toFile());
            } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
              throw new AssertionError(svg + " is not well-formed XML: " + e.getMessage(), e);
            }
          }
        }
      }
      case "force-keeps-user-files" -> {
        assertEquals("mine", Files.readString(out.resolve("notes-reunion.txt")));
        assertTrue(Files.exists(out.resolve("mes-donnees/communes.csv")));
        assertTrue(Files.exists(out.resolve("rapport.md")));
        assertFalse(Files.exists(out.resolve("cartes/ancienne.svg")), "ours, replaced");
      }
      case "force-stale-temporary-folder" ->
          assertFalse(Files.exists(tmp.resolve(".out.tmp-2147483646-1")));
      case "out-fifo" -> assertFalse(Files.isRegularFile(out), "the pipe is still a pipe");
      case "out-csv-formula-report" -> {
        // Every CSV of the report: the formula-like name only ever behind a quote.
        for (String csv : List.of("indicateurs.csv", "trous.csv", "suivi.csv")) {
          String text = Files.readString(out.resolve(csv));
          if (csv.equals("indicateurs.csv")) {
            assertTrue(text.contains("'=HYPERLINK"), text); // every commune is a row there
          }
          assertFalse(
              java.util.regex.Pattern.compile("(^|[;\"])[=@]").matcher(text).find(),
              csv + ": a cell a spreadsheet would run:\n" + text);
        }
        // The workbook holds text, never a formula.
        try (java.util.zip.ZipFile xlsx =
            new java.util.zip.ZipFile(out.resolve("raquette.xlsx").toFile())) {
          StringBuilder xml = new StringBuilder();
          for (ZipEntry e : java.util.Collections.list(xlsx.entries())) {
            xml.append(new String(xlsx.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
          }
          assertFalse(xml.toString().contains("<f>") || xml.toString().contains("<f "), "formula");
          assertTrue(
              xml.toString().contains("&apos;=HYPERLINK")
                  || xml.toString().contains("'=HYPERLINK"));
        }
      }
      case "duplicate-copy", "duplicate-symlink", "duplicate-manifest-twice" ->
          // The equipment of the base territory is read once: one BPE file listed.
          assertEquals(1, printed.lines().filter(l -> l.contains("— bpe")).count(), printed);
      case "duplicate-subfolder" -> {
        // Equipment counted once: the same indicators as the base territory alone.
        assertEquals(baseIndicators(tmp), Files.readString(out.resolve("indicateurs.csv")));
      }
      default -> {
        // Nothing more to check.
      }
    }
  }

  /**
   * Words of an English sentence that no French message holds. A French run (the default) must
   * print none of them, outside file names and quoted values.
   */
  static final java.util.regex.Pattern ENGLISH =
      java.util.regex.Pattern.compile(
          "\\b(the|is|are|not|no|expected|found|skipped|ignored|missing|unknown|cannot|should|"
              + "row|rows|column|with|which|this|was|were|has|have|read as|looks|ends|file|must|"
              + "feature|outline|repaired|merged|invalid|malformed|and|or|of|to|from|line|value|"
              + "number|characters|removed)\\b");

  private static void englishCheck(Case c, String all) {
    String words =
        all.replaceAll(
            "'[^'\\n]*'|\"[^\"\\n]*\"|«[^»\\n]*»|\\S*[/\\\\]\\S*|\\S+\\.(csv|geojson|yaml|zip|json)\\S*",
            "");
    java.util.regex.Matcher m = ENGLISH.matcher(words);
    boolean english = m.find();
    assertFalse(english, "English in a French run («" + (english ? m.group() : "") + "»):\n" + all);
  }

  /** The base territory, minus the files named in the case's .drop, with the case's files over. */
  private static void assemble(Path source, Path folder) throws IOException {
    copy(CORPUS.resolve("_base"), folder, Set.of());
    Path drop = source.resolve(".drop");
    if (Files.exists(drop)) {
      for (String name : Files.readAllLines(drop)) {
        if (!name.isBlank()) {
          Files.delete(folder.resolve(name.strip()));
        }
      }
    }
    copy(source, folder, Set.of(".drop", ".generated", ".note"));
  }

  private static void copy(Path from, Path to, Set<String> skip) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.sorted().toList()) {
        Path rel = from.relativize(p);
        if (rel.getNameCount() == 1 && skip.contains(rel.toString())) {
          continue;
        }
        Path target = to.resolve(rel.toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  /** What the cases marked .generated need: links and a zip bomb, made at test time. */
  private static void generate(String name, Path folder, Path tmp) throws IOException {
    switch (name) {
      case "manifest-symlink-out" -> {
        Path outside = Files.writeString(tmp.resolve("outside.csv"), "DEPCOM;TYPEQU;NB_EQUIP\n");
        Files.createSymbolicLink(folder.resolve("lien.csv"), outside);
      }
      case "manifest-symlink-dangling" ->
          Files.createSymbolicLink(folder.resolve("lien.csv"), tmp.resolve("absent.csv"));
      case "symlink-out-no-manifest" -> {
        Path outside =
            Files.writeString(tmp.resolve("bpe-outside.csv"), "DEPCOM;TYPEQU;NB_EQUIP\n");
        Files.createSymbolicLink(folder.resolve("bpe-lien.csv"), outside);
      }
      case "zip-bomb" -> {
        // 20 MB of one row compresses to a few kB: past a 1 MB limit, reading must stop there.
        byte[] row =
            "23001;Ahun;COM;;23;75;200067189;CC Creuse Sud Ouest;1394\n"
                .getBytes(StandardCharsets.UTF_8);
        try (OutputStream file = Files.newOutputStream(folder.resolve("communes.zip"));
            ZipOutputStream zip = new ZipOutputStream(file)) {
          zip.putNextEntry(new ZipEntry("communes.csv"));
          for (int written = 0; written < 20_000_000; written += row.length) {
            zip.write(row);
          }
          zip.closeEntry();
        }
      }
      case "force-keeps-user-files" -> {
        // An earlier report into which the user put their own files.
        Path out = tmp.resolve("out");
        Files.createDirectories(out.resolve("mes-donnees"));
        Files.createDirectories(out.resolve("cartes"));
        Files.writeString(
            out.resolve(".raquette-rapport"), "# ours\nrapport.md\ncartes/ancienne.svg\n");
        Files.writeString(out.resolve("rapport.md"), "old");
        Files.writeString(out.resolve("cartes/ancienne.svg"), "<svg/>");
        Files.writeString(out.resolve("notes-reunion.txt"), "mine");
        Files.writeString(out.resolve("mes-donnees/communes.csv"), "CODGEO\n");
      }
      case "force-stale-temporary-folder" -> {
        Path stale = Files.createDirectories(tmp.resolve(".out.tmp-2147483646-1"));
        Files.writeString(stale.resolve(".raquette-rapport"), "# ours\n");
        Files.write(stale.resolve("indicateurs.csv"), new byte[4096]);
      }
      case "manifest-link-out", "themes-link-out" -> {
        String file = name.startsWith("manifest") ? "territoire.yaml" : "themes.yaml";
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "root:x:0:0:secret\n");
        Files.createSymbolicLink(folder.resolve(file), secret);
      }
      case "fifo-data-file" -> mkfifo(folder.resolve("besoins.csv"));
      case "zip-bzip2", "zip-encrypted" -> {
        // A stored entry, then its headers patched: method 12 (bzip2), or flag bit 0 (encrypted).
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        byte[] csv = Files.readAllBytes(folder.resolve("communes.csv"));
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
          ZipEntry e = new ZipEntry("communes.csv");
          e.setMethod(ZipEntry.STORED);
          e.setSize(csv.length);
          java.util.zip.CRC32 crc = new java.util.zip.CRC32();
          crc.update(csv);
          e.setCrc(crc.getValue());
          zip.putNextEntry(e);
          zip.write(csv);
          zip.closeEntry();
        }
        byte[] z = bytes.toByteArray();
        boolean bzip2 = name.equals("zip-bzip2");
        for (int i = 0; i + 4 <= z.length; i++) {
          int sig =
              (z[i] & 0xff)
                  | (z[i + 1] & 0xff) << 8
                  | (z[i + 2] & 0xff) << 16
                  | (z[i + 3] & 0xff) << 24;
          int at = sig == 0x04034b50 ? i + 6 : sig == 0x02014b50 ? i + 8 : -1;
          if (at >= 0) {
            if (bzip2) {
              z[at + 2] = 12; // compression method
            } else {
              z[at] |= 1; // general purpose flag: encrypted
            }
          }
        }
        Files.delete(folder.resolve("communes.csv"));
        Files.write(folder.resolve("communes.zip"), z);
      }
      case "out-fifo" -> mkfifo(tmp.resolve("out"));
      case "geojson-many-same-code" -> {
        // 2,000 squares of one commune: a union per duplicate with the growing outline was
        // quadratic (minutes); the pieces are now united once.
        StringBuilder g = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[\n");
        for (int i = 0; i < 2000; i++) {
          double x = 1.85 + (i % 50) * 0.002;
          double y = 45.95 + (i / 50) * 0.002;
          g.append(i == 0 ? "" : ",\n")
              .append("{\"type\":\"Feature\",\"properties\":{\"code\":\"23001\"},")
              .append("\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[")
              .append(String.format(java.util.Locale.ROOT, "[%.3f,%.3f],", x, y))
              .append(String.format(java.util.Locale.ROOT, "[%.3f,%.3f],", x + 0.001, y))
              .append(String.format(java.util.Locale.ROOT, "[%.3f,%.3f],", x + 0.001, y + 0.001))
              .append(String.format(java.util.Locale.ROOT, "[%.3f,%.3f],", x, y + 0.001))
              .append(String.format(java.util.Locale.ROOT, "[%.3f,%.3f]]]}}", x, y));
        }
        Files.writeString(folder.resolve("contours-doublons.geojson"), g.append("\n]}\n"));
      }
      case "duplicate-symlink" ->
          Files.createSymbolicLink(folder.resolve("bpe-lien.csv"), Path.of("bpe2013.csv"));
      default -> {
        // Nothing to add.
      }
    }
  }

  /** The indicators of the base territory alone, for the cases that must not change them. */
  private static String baseIndicators(Path tmp) throws IOException {
    Path base = tmp.resolve("base");
    copy(CORPUS.resolve("_base"), base, Set.of());
    Path out = tmp.resolve("base-out");
    Cli r = Cli.run("diagnose", base.toString(), "-o", out.toString(), "--format", "csv");
    assertEquals(0, r.code(), r.err());
    return Files.readString(out.resolve("indicateurs.csv"));
  }

  private static void mkfifo(Path p) throws IOException {
    Process mk = new ProcessBuilder("mkfifo", p.toString()).start();
    try {
      assertEquals(0, mk.waitFor(), "mkfifo");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Set<String> listing(Path dir) throws IOException {
    Set<String> names = new TreeSet<>();
    try (Stream<Path> s = Files.walk(dir)) {
      s.forEach(p -> names.add(dir.relativize(p).toString().replace('\\', '/')));
    }
    return names;
  }
}
