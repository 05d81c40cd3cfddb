package fr.raquette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.raquette.analysis.NationalReference;
import fr.raquette.io.TextFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code raquette reference} end to end, on the tiny national files of the core tests. */
class ReferenceCommandTest {
  @TempDir Path tmp;

  @Test
  void computesAReferenceThatTheDiagnosisUses() throws Exception {
    Path ref = tmp.resolve("ref.csv");
    Cli r =
        Cli.run(
            "reference",
            "--from",
            InitCommandTest.NATIONAL.toString(),
            "--method",
            "e2sfca",
            "-o",
            ref.toString());
    assertEquals(ExitCode.OK, r.code(), r.err());
    NationalReference read = NationalReference.read(ref);
    assertTrue(read.command().startsWith("raquette reference --from "), read.command());
    // One row per element judged by distance (20 in the built-in baskets) × 3 scales, one method.
    long elements =
        fr.raquette.themes.ThemeCatalog.builtIn().all().stream()
            .flatMap(th -> th.elements().stream())
            .filter(e -> e.scale().byDistance())
            .count();
    assertEquals(20, elements);
    assertEquals(elements * 3, read.rows().size());
    // The header names every input with its SHA-256, as read again here.
    Path communes = InitCommandTest.NATIONAL.resolve("communes-france.csv");
    String sha = TextFile.read(communes, "communes-france.csv").sha256();
    assertTrue(
        read.inputs().contains(new NationalReference.Input("communes-france.csv", sha)),
        read.inputs().toString());
    // Numérique counts France services: 8 of the 11 communes reach one, 3 stay out.
    NationalReference.Row num =
        read.row("numerique", "numerique", fr.raquette.access.Method.E2SFCA, 1).orElseThrow();
    assertEquals(8, num.communesWithScore());
    assertEquals(3, num.communesWithout());

    // Not over an existing file without --force.
    Cli again =
        Cli.run("reference", "--from", InitCommandTest.NATIONAL.toString(), "-o", ref.toString());
    assertEquals(ExitCode.CANNOT_WRITE, again.code(), again.err());

    // The diagnosis of a territory cut from the same files, against that reference.
    Path t = tmp.resolve("t");
    Cli init =
        Cli.run(
            "init",
            t.toString(),
            "--from",
            InitCommandTest.NATIONAL.toString(),
            "--departement",
            "23");
    assertEquals(ExitCode.OK, init.code(), init.err());
    Path out = tmp.resolve("rapport");
    Cli diag =
        Cli.run(
            "diagnose",
            t.toString(),
            "--reference",
            ref.toString(),
            "--format",
            "md",
            "-o",
            out.toString());
    assertEquals(ExitCode.OK, diag.code(), diag.err());
    String md = Files.readString(out.resolve("rapport.md"));
    assertTrue(md.contains("**moyenne nationale**"), md);
    assertTrue(md.contains("`ref.csv`") || md.contains(ref.toString()), md);
  }

  @Test
  void refusesWhatItCannotUse() {
    Cli fca =
        Cli.run("reference", "--from", InitCommandTest.NATIONAL.toString(), "--method", "fca");
    assertEquals(ExitCode.USAGE, fca.code(), fca.err());
    Cli missing = Cli.run("reference");
    assertEquals(ExitCode.USAGE, missing.code(), missing.err());
    Cli badRef =
        Cli.run("gaps", Cli.sample("creuse"), "--reference", tmp.resolve("absent.csv").toString());
    assertEquals(ExitCode.BAD_DATA, badRef.code(), badRef.err());
    assertTrue(badRef.err().contains("absent.csv"), badRef.err());
  }

  @Test
  void theTerritoryYardstickKeepsTheFormerBehaviour() {
    Cli own =
        Cli.run("gaps", Cli.sample("creuse"), "--reference", "territoire", "--theme", "numerique");
    assertEquals(ExitCode.OK, own.code(), own.err());
    assertTrue(own.out().contains("de la moyenne du territoire"), own.out());
    Cli nat = Cli.run("gaps", Cli.sample("creuse"), "--theme", "numerique");
    assertEquals(ExitCode.OK, nat.code(), nat.err());
    assertTrue(!nat.out().contains("de la moyenne du territoire"), nat.out());
  }
}
