package fr.raquette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each typed option refuses a bad value through Main: exit 2, in French, naming the option. */
class OptionValuesTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "diagnose | --format      | md,pdf   | valeur invalide pour --format : format inconnu « pdf » : attendu parmi md, csv, svg, png, html, xlsx",
        "diagnose | --format      | ' , '    | valeur invalide pour --format : aucun format donné : attendu parmi md, csv",
        "diagnose | --map-style   | rainbow  | valeur invalide pour --map-style : le style de carte est « classes » ou « quantiles », pas « rainbow »",
        "diagnose | --csv-dialect | tsv      | valeur invalide pour --csv-dialect : dialecte CSV inconnu « tsv »",
        "gaps     | --format      | xml      | valeur invalide pour --format : format inconnu « xml » : csv, md ou geojson attendu",
        "gaps     | --csv-dialect | tsv      | valeur invalide pour --csv-dialect : dialecte CSV inconnu « tsv »",
        "actors   | --format      | xml      | valeur invalide pour --format : format inconnu « xml » : table, csv, json ou md attendu",
        "actors   | --csv-dialect | tsv      | valeur invalide pour --csv-dialect : dialecte CSV inconnu « tsv »",
        "simulate | --format      | html     | valeur invalide pour --format : format inconnu « html » : md ou csv attendu",
        "suggest  | --csv-dialect | tsv      | valeur invalide pour --csv-dialect : dialecte CSV inconnu « tsv »",
        "compare  | --format      | pdf      | valeur invalide pour --format : format inconnu « pdf » : md ou csv attendu",
      })
  void badValueIsAFrenchUsageError(String command, String option, String value, String said) {
    List<String> args = new ArrayList<>(List.of(command, Cli.sample("creuse")));
    if (command.equals("compare")) {
      args.add(Cli.sample("rhone"));
    }
    args.addAll(List.of(option, value, "-o", dir.resolve("out").toString()));
    Cli r = Cli.run(args.toArray(String[]::new));
    assertEquals(ExitCode.USAGE, r.code(), r.err());
    // The catalogue's non-breaking spaces around the value are compared as plain ones.
    assertTrue(r.err().replace('\u00a0', ' ').contains(said), r.err());
    assertTrue(r.err().contains("raquette " + command + " --help"), r.err());
    assertFalse(Files.exists(dir.resolve("out")), "nothing written before the refusal");
  }

  @ParameterizedTest
  @CsvSource({"diagnose, --map-style", "gaps, --format", "simulate, --format"})
  void badValueInEnglish(String command, String option) {
    Cli r = Cli.run(command, Cli.sample("creuse"), option, "x", "--lang", "en");
    assertEquals(ExitCode.USAGE, r.code(), r.err());
    assertTrue(r.err().contains("invalid value for " + option + ": "), r.err());
    assertFalse(r.err().contains("expected one of ["), r.err());
  }

  @ParameterizedTest
  @CsvSource({"diagnose, --format, md", "gaps, --format, md", "actors, --csv-dialect, rfc4180"})
  void givenTwiceIsStillRefused(String command, String option, String value) {
    Cli r = Cli.run(command, Cli.sample("creuse"), option, value, option, value);
    assertEquals(ExitCode.USAGE, r.code(), r.err());
    assertTrue(r.err().contains(option + " est donnée deux fois"), r.err());
  }
}
