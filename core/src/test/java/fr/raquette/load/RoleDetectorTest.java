package fr.raquette.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.raquette.io.CsvTable;
import fr.raquette.io.TextFile;
import fr.raquette.territory.Role;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoleDetectorTest {

  /** Headers as INSEE and the other producers publish them, and the role each is read as. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // census population, both series of age bands, several years
        "CODGEO;P22_POP;P22_POP0014;P22_POP80P;P16_POP;P11_POP | population",
        "CODGEO;P21_POP;P21_POP0014;P21_POP1529;P21_POP75P | population",
        // age bands without the total are still the census population
        "CODGEO;P22_POP0014;P22_POP75P | population",
        // households (base-cc-couples-familles-menages): no total population
        "CODGEO;C22_MEN;C22_MENPSEUL;C22_MENFAMMONO;P22_POP80P_PSEUL | menages",
        "CODGEO;P22_POP80P_PSEUL | menages",
        "CODGEO;C21_MEN | menages",
        // Filosofi
        "CODGEO;NBMENFISC21;NBPERSMENFISC21;MED21;PIMP21;TP6021;D121;D921;RD21 | revenus",
        "CODGEO;MED20 | revenus",
        "CODGEO;TP6019 | revenus",
        // others are unchanged
        "CODGEO;LIBGEO;TYPECOM;PMUN | communes",
        "CODE_ANCIEN;CODGEO;LIBGEO | passage-cog",
        // nothing known
        "CODGEO;FOO21;BAR | ",
        "a;b;c | ",
      })
  void recognisesTheRoleFromTheHeader(String header, String role) {
    TextFile f = TextFile.decode("t.csv", (header.strip() + "\n").getBytes(StandardCharsets.UTF_8));
    Role r = RoleDetector.ofTable(CsvTable.of(f));
    assertEquals(role == null ? null : role.strip(), r == null ? null : r.id());
  }

  /** A passage table in the communes layout is read as communes; other roles as given. */
  @ParameterizedTest(name = "{0} given {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "CODGEO;TYPECOM;COMPARENT | passage-cog | communes",
        "CODGEO;COMPARENT | passage-cog | communes",
        "CODE_ANCIEN;CODGEO;COMPARENT | passage-cog | passage-cog",
        "CODE_ANCIEN;CODGEO | passage-cog | passage-cog",
        "CODGEO;TYPECOM | passage-cog | passage-cog",
        "CODGEO;TYPECOM;COMPARENT | communes | communes",
        "CODGEO;TYPECOM;COMPARENT | population | population",
      })
  void aPassageTableInTheCommunesLayoutIsReadAsCommunes(String header, String given, String read) {
    TextFile f = TextFile.decode("t.csv", (header.strip() + "\n").getBytes(StandardCharsets.UTF_8));
    Role r = RoleDetector.asRead(Role.fromId(given), CsvTable.of(f));
    assertEquals(read.strip(), r.id());
  }
}
