package fr.raquette.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TerritoryNamesTest {
  static Commune c(String code, String dep, String reg, String epci, String epciName) {
    return new Commune(code, "Commune " + code, dep, reg, epci, epciName, 100, Map.of());
  }

  @Test
  void aTerritoryIsNamedAfterWhatItsCommunesMakeUp() {
    String[][] cases = {
      // codes (dep:epci), expected name
      {"23:A", "Commune 0"},
      {"23:A,23:A", "CC A"},
      {"23:A,23:B", "Creuse"},
      {"48:A,48:B", "Lozère"},
      {"23:A,69:B", "Creuse, Rhône"},
      {"23:A,69:B,01:C,38:D", "4 départements"},
      {"22:A,29:B,35:C,56:D", "Bretagne"},
    };
    for (String[] k : cases) {
      List<Commune> cs = new ArrayList<>();
      String[] parts = k[0].split(",");
      for (int i = 0; i < parts.length; i++) {
        String[] de = parts[i].split(":");
        String reg =
            de[0].equals("23")
                ? "75"
                : de[0].equals("22")
                        || de[0].equals("29")
                        || de[0].equals("35")
                        || de[0].equals("56")
                    ? "53"
                    : "84";
        cs.add(c(de[0] + "00" + i, de[0], reg, de[1], "CC " + de[1]));
      }
      if (cs.size() == 1) {
        assertEquals("Commune " + cs.get(0).code(), TerritoryNames.of(cs), k[0]);
      } else {
        assertEquals(k[1], TerritoryNames.of(cs), k[0]);
      }
    }
  }

  @Test
  void everyDepartementMakesFrance() {
    List<Commune> cs = new ArrayList<>();
    for (String dep : new String[] {"01", "2A", "2B", "95", "971", "972", "973", "974", "976"}) {
      cs.add(c(dep + "001", dep, "", "", ""));
    }
    for (int d = 2; d <= 95; d++) {
      String dep = String.format("%02d", d);
      if (d != 20) {
        cs.add(c(dep + "001", dep, "", "", ""));
      }
    }
    assertEquals("France", TerritoryNames.of(cs));
    cs.removeIf(x -> x.departement().startsWith("97"));
    assertEquals("France métropolitaine", TerritoryNames.of(cs));
  }
}
