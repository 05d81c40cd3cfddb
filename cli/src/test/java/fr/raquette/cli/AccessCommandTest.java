package fr.raquette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessCommandTest {

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private static String fixture(String name) {
    try {
      return Path.of(AccessCommandTest.class.getResource("/access/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String[] args(String method, String... more) {
    List<String> a = new ArrayList<>();
    a.addAll(
        List.of(
            "access",
            "--demand",
            fixture("demand.csv"),
            "--supply",
            fixture("supply.csv"),
            "--costs",
            fixture("costs.csv"),
            "--method",
            method));
    a.addAll(List.of(more));
    return a.toArray(new String[0]);
  }

  @Test
  void twoStepToStandardOutput() {
    // Catchment 10: R_X = 3 / (a 100 + b 200) = 0.01, R_Y = 1 / (b 200 + c 100) = 1/300.
    // a = 1000 × 0.01 = 10; b = 1000 × (0.01 + 1/300); c = 1000/300; d (only X at 25): no score.
    Run r = run(args("2sfca", "--max-cost", "10"));
    assertEquals(0, r.code(), r.err());
    assertEquals("id;score\na;10.000000\nb;13.333333\nc;3.333333\nd;\n", r.out());
    assertTrue(
        r.err().contains("costs.csv:9:1: attention: l'origine «\u00a0zz\u00a0» n'est pas dans "),
        r.err());
    assertTrue(r.err().contains("1 ligne de coût ignorée"), r.err());
    assertTrue(r.err().contains("4 lieux de demande, 3 avec un score"), r.err());
  }

  @Test
  void enhancedTwoStepWithDefaultBands() {
    // Bands 5:1, 10:0.68, 20:0.22: a-X 1, b-X 0.68, b-Y 0.68, c-Y 1, a-Y 0.22, d-X out.
    // R_X = 3 / (100 + 0.68 × 200) = 3/236; R_Y = 1 / (0.22 × 100 + 0.68 × 200 + 100) = 1/258.
    // a = 1000 × (3/236 + 0.22/258) = 13.564578; b = 1000 × 0.68 × (3/236 + 1/258) = 11.279727;
    // c = 1000/258 = 3.875969.
    Run r = run(args("e2sfca", "--lang", "en", "--quiet"));
    assertEquals(0, r.code(), r.err());
    assertEquals("id;score\na;13.564578\nb;11.279727\nc;3.875969\nd;\n", r.out());
    assertEquals("", r.err(), "--quiet prints nothing");
  }

  @Test
  void threeStepThroughTheAlias() {
    // Bands as above. Selection weights G = W / ΣW per place, then G×W in both steps:
    //   a: ΣW = 1.22, G×W: a-X 1/1.22 = 0.819672, a-Y 0.22²/1.22 = 0.039672
    //   b: ΣW = 1.36, G×W: b-X = b-Y = 0.5 × 0.68 = 0.34;   c: c-Y 1.
    // R_X = 3 / (100 × 0.819672 + 200 × 0.34) = 3 / 149.9672
    // R_Y = 1 / (100 × 0.039672 + 200 × 0.34 + 100 × 1) = 1 / 171.9672
    // a = 1000 × (0.819672 R_X + 0.039672 R_Y) = 16.627723; b = 1000 × 0.34 × (R_X + R_Y)
    //   = 8.778608; c = 1000 R_Y = 5.815062.
    Run r = run(args("3sfca", "--quiet"));
    String[] a = args("3sfca", "--quiet");
    a[0] = "accessibilite";
    Run viaAlias = run(a);
    assertEquals(0, r.code(), r.err());
    assertEquals("id;score\na;16.627723\nb;8.778608\nc;5.815062\nd;\n", r.out());
    assertEquals(r.out(), viaAlias.out());
  }

  @Test
  void floatingCatchmentWithNeighbours() {
    // Catchment 10. Supply in reach: a: X (3); b: X, Y (4); c: Y (1); d: none.
    // Demand in reach: a: a + b = 300; b: a + b + c = 400 (b-c is exactly 10); c: b + c = 300.
    // a = 3/300 → 10; b = 4/400 → 10; c = 1/300 → 3.333333; d: no score.
    Run r =
        run(args("fca", "--max-cost", "10", "--neighbour-costs", fixture("neighbours.csv"), "-q"));
    assertEquals(0, r.code(), r.err());
    assertEquals("id;score\na;10.000000\nb;10.000000\nc;3.333333\nd;\n", r.out());
  }

  @Test
  void writesAFileAndRefusesToOverwriteItWithoutForce(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("access.csv");
    Run first = run(args("2sfca", "--max-cost", "10", "-q", "-o", out.toString()));
    assertEquals(0, first.code(), first.err());
    assertEquals("", first.out());
    String written = Files.readString(out, StandardCharsets.UTF_8);
    assertEquals("id;score\na;10.000000\nb;13.333333\nc;3.333333\nd;\n", written);

    Run again = run(args("e2sfca", "-q", "-o", out.toString()));
    assertEquals(4, again.code());
    assertTrue(again.err().contains("existe déjà ; ajoutez --force"), again.err());
    assertEquals(written, Files.readString(out, StandardCharsets.UTF_8), "left untouched");

    Run forced = run(args("e2sfca", "-q", "--force", "-o", out.toString()));
    assertEquals(0, forced.code(), forced.err());
    assertTrue(Files.readString(out, StandardCharsets.UTF_8).contains("a;13.564578"));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(out), files.toList(), "no temporary file left behind");
    }
  }

  @Test
  void usageErrorsExitWithTwo() {
    Run noMethod =
        run(
            "access",
            "--demand",
            fixture("demand.csv"),
            "--supply",
            fixture("supply.csv"),
            "--costs",
            fixture("costs.csv"));
    assertEquals(2, noMethod.code());
    assertTrue(noMethod.err().contains("--method"), noMethod.err());

    Run unknown = run(args("4sfca"));
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().contains("fca, 2sfca, e2sfca ou 3sfca attendu"), unknown.err());

    Run weightsWithTwoStep = run(args("2sfca", "--weights", "5:1,10:0.5"));
    assertEquals(2, weightsWithTwoStep.code());
    assertTrue(weightsWithTwoStep.err().contains("donnez --max-cost"), weightsWithTwoStep.err());

    Run badWeights = run(args("e2sfca", "--weights", "10:1,5:0.5"));
    assertEquals(2, badWeights.code());
    assertTrue(
        badWeights.err().contains("les limites des bandes doivent croître"), badWeights.err());

    Run fcaAlone = run(args("fca"));
    assertEquals(2, fcaAlone.code());
    assertTrue(fcaAlone.err().contains("--neighbour-costs"), fcaAlone.err());
    assertEquals("", fcaAlone.out());
  }

  @Test
  void aBadFileExitsWithThreeAndSaysWhere() {
    Run r =
        run(
            "access",
            "--demand",
            fixture("demand-bad.csv"),
            "--supply",
            fixture("supply.csv"),
            "--costs",
            fixture("costs.csv"),
            "--method",
            "2sfca");
    assertEquals(3, r.code());
    assertTrue(
        r.err()
            .contains(
                "demand-bad.csv:3:3: un nombre est attendu (demand) ; trouvé «\u00a0deux cents\u00a0»"),
        r.err());
    assertFalse(r.err().contains("Exception"), "no stack trace: " + r.err());
    assertEquals("", r.out());
  }

  @Test
  void helpTeachesEveryMethod() {
    Run r = run("access", "--help");
    assertEquals(0, r.code());
    for (String s : List.of("fca ", "2sfca ", "e2sfca ", "3sfca ", "--weights", "Exemples :")) {
      assertTrue(r.out().contains(s), s + " in:\n" + r.out());
    }
  }
}
