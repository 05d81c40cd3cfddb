package fr.raquette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.raquette.i18n.CatalogueParity;
import fr.raquette.i18n.Lang;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** The help speaks French by default, English with --lang en, and --lang is strict. */
class HelpTest {
  static final String[] COMMANDS = {"validate", "diagnose", "gaps", "actors", "init", "access"};

  @Test
  void everyHelpKeyExistsInBothLanguages() throws IOException {
    assertEquals("", CatalogueParity.differences("fr/raquette/cli/help.properties"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"FR", "EN"})
  void everyCommandAndOptionIsDescribed(Lang lang) {
    CommandLine cl =
        Main.commandLine(
            new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), lang);
    List<String> undescribed = new ArrayList<>();
    check(cl, undescribed);
    assertEquals(List.of(), undescribed);
  }

  private static void check(CommandLine cl, List<String> undescribed) {
    CommandSpec spec = cl.getCommandSpec();
    if (String.join("", spec.usageMessage().description()).isBlank()
        && String.join("", spec.usageMessage().header()).isBlank()) {
      undescribed.add(spec.qualifiedName());
    }
    for (ArgSpec a : spec.args()) {
      if (String.join("", a.description()).isBlank()) {
        undescribed.add(spec.qualifiedName() + " " + a);
      }
    }
    for (CommandLine sub : new java.util.LinkedHashSet<>(cl.getSubcommands().values())) {
      check(sub, undescribed);
    }
  }

  @Test
  void topHelpIsFrenchByDefaultAndEnglishOnRequest() {
    Cli fr = Cli.run("--help");
    assertEquals(0, fr.code());
    assertTrue(fr.out().contains("Utilisation : raquette"), fr.out());
    assertTrue(fr.out().contains("Codes de sortie"), fr.out());
    Cli en = Cli.run("--lang", "en", "--help");
    assertTrue(en.out().contains("Usage: raquette"), en.out());
    assertTrue(en.out().contains("Exit codes"), en.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "diagnose", "gaps", "actors", "init", "access", "reference"})
  void everyCommandsHelpIsFrenchByDefault(String command) {
    Cli fr = Cli.run(command, "--help");
    assertEquals(0, fr.code());
    assertTrue(fr.out().contains("Utilisation : raquette " + command), fr.out());
    assertTrue(fr.out().contains("Affiche cette aide"), fr.out());
    assertFalse(fr.out().contains("Show this help"), fr.out());
    for (String[] args :
        new String[][] {{command, "--help", "--lang", "en"}, {"--lang=en", command, "--help"}}) {
      Cli en = Cli.run(args);
      assertTrue(en.out().contains("Usage: raquette " + command), en.out());
      assertTrue(en.out().contains("Show this help"), en.out());
    }
  }

  @Test
  void theEnvironmentChoosesWhenLangIsAbsent() {
    assertTrue(
        Cli.runWith(Map.of("LANG", "en_US.UTF-8"), "--help").out().contains("Usage: raquette"));
    assertTrue(
        Cli.runWith(Map.of("LANG", "C.UTF-8"), "--help").out().contains("Utilisation : raquette"));
    assertTrue(
        Cli.runWith(Map.of("LANG", "en_US.UTF-8"), "--lang", "fr", "--help")
            .out()
            .contains("Utilisation : raquette"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "", "french", "EN_us"})
  void langTakesOnlyFrOrEn(String value) {
    Cli r = Cli.run("validate", Cli.sample("creuse"), "--lang", value);
    assertEquals(ExitCode.USAGE, r.code(), r.err());
    assertTrue(r.err().contains("--lang attend fr ou en"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void langBeforeTheCommandIsAccepted() {
    Cli r = Cli.run("--lang", "en", "validate", Cli.sample("creuse"), "--quiet");
    assertEquals(0, r.code(), r.err());
    Cli bad = Cli.run("--lang", "en", "validate");
    assertEquals(ExitCode.USAGE, bad.code());
    assertTrue(bad.err().contains("missing: TERRITOIRE"), bad.err());
    assertTrue(Cli.run("validate").err().contains("il manque : TERRITOIRE"));
  }
}
