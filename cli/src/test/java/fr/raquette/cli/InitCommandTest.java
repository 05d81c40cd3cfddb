package fr.raquette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {
  /** The tiny national files of the core tests (real rows of shared/open-data/france). */
  static final Path NATIONAL = Path.of("../core/src/test/resources/init/national");

  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void initWritesAFolderThatValidates() {
    assertTrue(Files.isDirectory(NATIONAL));
    Path t = tmp.resolve("creuse");
    Run init =
        run(
            "init",
            t.toString(),
            "--from",
            NATIONAL.toString(),
            "--departement",
            "23",
            "--lang",
            "en");
    assertEquals(0, init.code(), init.err());
    assertTrue(init.out().contains("6 communes, population 6,145"), init.out());
    assertTrue(init.out().contains("arrondissements-municipaux-france.csv — no record"));
    // No terminal here: no progress escapes in what a pipe or a log receives.
    assertFalse(init.err().contains("\033"), init.err());
    Run validate = run("validate", t.toString());
    assertEquals(0, validate.code(), validate.out() + validate.err());
    assertTrue(validate.out().contains("Communes : 6"), validate.out());
  }

  @Test
  void optionsCombineAndTheFrenchAliasWorks() {
    Path t = tmp.resolve("mix");
    Run init =
        run(
            "initialiser",
            t.toString(),
            "--from",
            NATIONAL.toString(),
            "--communes",
            "69123,23001",
            "--region",
            "52",
            "--epci",
            "200067544");
    assertEquals(0, init.code(), init.err());
    assertTrue(init.out().contains("→ 5 communes"), init.out());
    assertEquals(0, run("validate", t.toString()).code());
  }

  @Test
  void aMalformedCodeIsAUsageError() throws Exception {
    Path t = tmp.resolve("t");
    Run r = run("init", t.toString(), "--from", NATIONAL.toString(), "--departement", "234");
    assertEquals(ExitCode.USAGE, r.code());
    assertTrue(r.err().contains("«\u00a0234\u00a0» n'est pas un code de département"), r.err());
    assertEquals(ExitCode.USAGE, run("init", t.toString(), "--from", NATIONAL.toString()).code());
    assertEquals(List.of(), list(tmp));
  }

  @Test
  void aPerimeterMatchingNoCommuneIsBadDataAndWritesNothing() throws Exception {
    Run r =
        run(
            "init",
            tmp.resolve("t").toString(),
            "--from",
            NATIONAL.toString(),
            "--epci",
            "200000000");
    assertEquals(ExitCode.BAD_DATA, r.code());
    assertTrue(r.err().contains("ne correspond à aucune commune : EPCI 200000000"), r.err());
    assertEquals(List.of(), list(tmp));
  }

  @Test
  void anExistingFolderIsRefusedWithoutForce() throws Exception {
    Path t = tmp.resolve("t");
    Files.createDirectories(t);
    Files.writeString(t.resolve("notes.txt"), "mine");
    String[] args = {"init", t.toString(), "--from", NATIONAL.toString(), "--departement", "69"};
    Run r = run(args);
    assertEquals(ExitCode.CANNOT_WRITE, r.code());
    assertTrue(r.err().contains("--force"), r.err());
    assertTrue(Files.exists(t.resolve("notes.txt")));
    String[] forced = {
      "init", t.toString(), "--from", NATIONAL.toString(), "--departement", "69", "--force"
    };
    // --force never replaces a folder that init did not write.
    assertEquals(ExitCode.CANNOT_WRITE, run(forced).code());
    assertTrue(Files.exists(t.resolve("notes.txt")));
    Path made = tmp.resolve("made");
    assertEquals(
        0,
        run("init", made.toString(), "--from", NATIONAL.toString(), "--departement", "69").code());
    Files.writeString(made.resolve("besoins.csv"), "the user's own needs");
    Run again =
        run(
            "init",
            made.toString(),
            "--from",
            NATIONAL.toString(),
            "--departement",
            "69",
            "--force");
    assertEquals(0, again.code(), again.err());
    // --force replaces what init wrote, and names and keeps the user's file.
    assertEquals("the user's own needs", Files.readString(made.resolve("besoins.csv")));
    assertTrue(again.err().contains("besoins.csv"), again.err());
  }

  static List<Path> list(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.toList();
    }
  }
}
