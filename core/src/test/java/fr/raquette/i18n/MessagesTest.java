package fr.raquette.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessagesTest {
  @Test
  void everyKeyExistsInBothLanguages() throws IOException {
    assertEquals("", CatalogueParity.differences("fr/raquette/i18n/messages.properties"));
  }

  @Test
  void everyKeyUsedInCodeExists() throws IOException {
    // Keys are written as literals: msg("a.b", …) / get("a.b", …). A key used but in neither
    // file would fail at run time, on a path a test may not take.
    Pattern use = Pattern.compile("\\.(?:get|msg)\\(\\s*\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");
    Set<String> known = CatalogueParity.keys("fr/raquette/i18n/messages.properties");
    Set<String> missing = new TreeSet<>();
    for (Path root : new Path[] {Path.of("src/main/java"), Path.of("../cli/src/main/java")}) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          String text = Files.readString(f);
          if (!text.contains("Messages") && !text.contains("Text ")) {
            continue;
          }
          Matcher m = use.matcher(text);
          while (m.find()) {
            if (!known.contains(m.group(1))) {
              missing.add(f.getFileName() + ": " + m.group(1));
            }
          }
        }
      }
    }
    assertEquals(Set.of(), missing);
  }

  @Test
  void frenchIsTheDefaultWhateverTheMachineSpeaks() {
    // The tests run with -Duser.language=en: French must still come from the base file.
    assertEquals(
        "Essayez « raquette --help ».", Messages.of(Lang.FR).get("cli.try.help", "raquette"));
    assertEquals("Try 'raquette --help'.", Messages.of(Lang.EN).get("cli.try.help", "raquette"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '~',
      value = {
        "FR~l'EPCI {0}~200067189~l'EPCI 200067189",
        "FR~Millésime {0}~2013~Millésime 2013",
        "FR~{0,number,integer} communes~35000~35\u202F000 communes",
        "EN~{0,number,integer} communes~35000~35,000 communes",
        "FR~{0,choice,0#{0} trou|1<{0} trous}~0~0 trou",
        "FR~{0,choice,0#{0} trou|1<{0} trous}~1~1 trou",
        "FR~{0,choice,0#{0} trou|1<{0} trous}~2~2 trous",
        "FR~{0,choice,0#aucune d'entre elles|1<{0} d'entre elles}~3~3 d'entre elles",
      })
  void patterns(Lang lang, String pattern, long arg, String expected) {
    assertEquals(expected, Messages.of(lang).format(pattern, arg));
  }

  @Test
  void fractionsHaveTheLanguagesDecimalMark() {
    assertEquals("à 10,23 km", Messages.of(Lang.FR).format("à {0} km", 10.234));
    assertEquals("at 10.23 km", Messages.of(Lang.EN).format("at {0} km", 10.234));
  }

  @Test
  void aMessageParsedOnceFormatsEachCallsOwnArguments() throws Exception {
    Messages fr = Messages.of(Lang.FR);
    assertEquals("Essayez « raquette --help ».", fr.get("cli.try.help", "raquette"));
    assertEquals("Essayez « r --help ».", fr.get("cli.try.help", "r"));
    // Another thread parses its own copy (a MessageFormat is not thread-safe).
    String[] other = new String[1];
    Thread t = new Thread(() -> other[0] = fr.get("cli.try.help", "x"));
    t.start();
    t.join();
    assertEquals("Essayez « x --help ».", other[0]);
  }

  @Test
  void anUnknownKeyIsABug() {
    assertThrows(IllegalStateException.class, () -> Messages.of(Lang.FR).get("no.such.key"));
  }

  @ParameterizedTest
  @CsvSource({
    "'', '', FR",
    "C.UTF-8, '', FR",
    "en_US.UTF-8, '', EN",
    "fr_FR.UTF-8, en_GB.UTF-8, FR",
    "en_GB.UTF-8, fr_FR.UTF-8, EN",
    "POSIX, '', FR"
  })
  void environment(String lcAll, String lang, Lang expected) {
    assertEquals(expected, Lang.fromEnvironment(Map.of("LC_ALL", lcAll, "LANG", lang)));
  }
}
