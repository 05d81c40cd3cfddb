package fr.raquette.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchTest {
  @ParameterizedTest
  @CsvSource({
    "Aubusson, d'Aubusson",
    "Évaux-les-Bains, d'Évaux-les-Bains",
    "Guéret, de Guéret",
    "Ussel, d'Ussel",
    "Hérisson, de Hérisson",
    "La Souterraine, de La Souterraine"
  })
  void deElidesBeforeAVowel(String name, String expected) {
    assertEquals(expected, French.de(name));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"2013|2013", "2013,2018|2013 et 2018", "2013,2016,2018|2013, 2016 et 2018"})
  void listsAsAPersonWritesThem(String items, String expected) {
    assertEquals(expected, French.list(List.of(items.split(",")), Lang.FR));
  }
}
