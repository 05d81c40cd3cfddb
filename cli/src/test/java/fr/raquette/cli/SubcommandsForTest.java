package fr.raquette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * A run builds only the subcommand it names (start-up), and says exactly what the full command line
 * would: same help, same errors.
 */
class SubcommandsForTest {
  static Stream<Arguments> commandLines() {
    List<Class<?>> all = RaquetteCommand.SUBCOMMANDS;
    return Stream.of(
        Arguments.of(new String[] {"diagnose", "x"}, List.of(DiagnoseCommand.class)),
        Arguments.of(new String[] {"--lang", "en", "validate"}, List.of(ValidateCommand.class)),
        Arguments.of(
            new String[] {"--lang=en", "gaps", "--lang", "fr"}, List.of(GapsCommand.class)),
        Arguments.of(new String[] {"reference", "--help"}, List.of(ReferenceCommand.class)),
        Arguments.of(new String[] {"--help"}, all),
        Arguments.of(new String[] {"--version"}, all),
        Arguments.of(new String[] {}, all),
        Arguments.of(new String[] {"diagnos"}, all),
        Arguments.of(new String[] {"Diagnose"}, all),
        Arguments.of(new String[] {"--lang", "diagnose"}, all),
        Arguments.of(new String[] {"--", "diagnose"}, all));
  }

  @ParameterizedTest
  @MethodSource("commandLines")
  void buildsTheNamedSubcommandOrAll(String[] args, List<Class<?>> expected) {
    assertEquals(expected, RaquetteCommand.subcommandsFor(args));
  }

  @Test
  void everySubcommandHelpIsTheFullCommandLinesHelp() {
    for (Class<?> c : RaquetteCommand.SUBCOMMANDS) {
      String name = c.getAnnotation(CommandLine.Command.class).name();
      StringWriter full = new StringWriter();
      PrintWriter w = new PrintWriter(full, true);
      CommandLine cl = Main.commandLine(w, w, fr.raquette.i18n.Lang.FR);
      cl.getSubcommands().get(name).usage(w);
      assertEquals(full.toString(), Cli.run(name, "--help").out(), name);
    }
  }

  @Test
  void aMisspeltSubcommandIsRefusedAsAnUnknownArgument() {
    Cli run = Cli.run("diagnos");
    assertEquals(ExitCode.USAGE, run.code());
    assertEquals(
        "raquette : option ou argument inconnu : diagnos\nEssayez « raquette --help ».\n",
        run.err().replace("\r\n", "\n"));
  }
}
