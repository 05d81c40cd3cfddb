package fr.raquette.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NeedExpressionTest {
  /** A commune's figures: census counts with decimals, a Filosofi rate; no TP60AGE1. */
  private static final Map<String, Double> FIGURES =
      Map.of(
          "POP75P", 213.99,
          "POP1524", 201.01,
          "POP2554", 449.04,
          "POP5564", 203.03,
          "MEN", 659.96,
          "TP60", 17.0,
          "PMUN", 1394.0,
          "POP@2011", 1596.0);

  @ParameterizedTest(name = "{0} = {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // written | normalised | value (empty = unknown)
        "POP75P | POP75P | 213.99",
        "pop75p | POP75P | 213.99",
        "POP1524+POP2554 +  POP5564 | POP1524 + POP2554 + POP5564 | 853.08",
        "MEN * TP60 / 100 | MEN * TP60 / 100 | 112.1932",
        "MEN*TP60/100 + POP75P | MEN * TP60 / 100 + POP75P | 326.1832",
        "0.5 * POP75P | 0.5 * POP75P | 106.995",
        "PMUN | PMUN | 1394",
        "POP@2011 | POP@2011 | 1596",
        // a figure the commune lacks: unknown, never 0
        "POP75P + TP60AGE1 | POP75P + TP60AGE1 | ",
      })
  void evaluatesOverTheFigures(String written, String normalised, Double value) {
    NeedExpression e = NeedExpression.parse(written);
    assertEquals(normalised, e.text());
    Double v = e.evaluate(FIGURES::get);
    if (value == null) {
      assertNull(v);
    } else {
      assertEquals(value, v, 1e-9);
    }
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "'' | empty",
        "POP75P + | ends with an operator",
        "+ POP75P | a figure or number is missing",
        "POP75P POP80P | an operator is missing",
        "MEN / TP60 | division by a figure",
        "MEN / 0 | division by 0",
        "POP75P - POP80P | cannot read '- POP80P'",
      })
  void refusesWhatItCannotCompute(String written, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> NeedExpression.parse(written));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @ParameterizedTest(name = "ages {0}")
  @CsvSource(
      delimiter = '|',
      value = {"75P | POP75P", "0014,1529 | POP0014 + POP1529", "80P | POP80P", " | PMUN"})
  void agesOfTheFirstVersionsAreSumsOfBands(String bands, String expected) {
    java.util.List<String> list =
        bands == null ? java.util.List.of() : java.util.List.of(bands.split(","));
    assertEquals(expected, NeedExpression.ofAgeBands(list).text());
  }
}
