package fr.raquette.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BpeNomenclatureTest {
  @Test
  void builtIn2013HasInseeLabelsAndDomains() {
    BpeNomenclature n = BpeNomenclature.builtIn2013();
    assertEquals(2013, n.vintage());
    assertEquals(181, n.labels().size());
    assertEquals("A101", n.labels().keySet().iterator().next());
    assertEquals(Optional.of("Médecin omnipraticien"), n.label("D201"));
    assertEquals(Optional.of("Relais (RSP) et Maison (MSP) de Service public"), n.label("A116"));
    assertEquals(Optional.of("Santé et action sociale"), n.domainLabel("D201"));
    assertEquals(7, n.domainLabels().size());
    assertEquals("Tourisme", n.domainLabels().get("G"));
    assertTrue(n.contains("D241"));
    assertFalse(n.contains("D265"), "a 2024 code, not a 2013 one");
    assertEquals(Optional.empty(), n.label("D265"));
    assertEquals(Optional.empty(), n.domainLabel(""));
  }
}
