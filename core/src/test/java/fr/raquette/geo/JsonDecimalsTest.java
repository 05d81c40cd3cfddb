package fr.raquette.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast path JsonDecimals gives, to the bit, the double of its oracles, or declines. */
class JsonDecimalsTest {
  private static double parse(String s) {
    return JsonDecimals.parseShort(("[" + s + "]").toCharArray(), 1, s.length());
  }

  private static void sameBits(double expected, double actual, String text) {
    assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual), text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "5.54554",
        "-61.2309",
        "0.1",
        "-0.0",
        "0.0",
        "45.71359",
        "123456789.012345",
        "0.00000000000001",
        "99999999999999.9",
        "-2.5",
        "9007199254740.99"
      })
  void shortDecimalsAreThoseOfParseDouble(String s) {
    sameBits(Double.parseDouble(s), parse(s), s);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "5",
        "-5",
        "1e5",
        "1.5e3",
        "1.5E-3",
        "1234567890.1234567",
        "0.1234567890123456",
        "",
        "-",
        ".5",
        "5.",
        "1.2.3",
        "--1",
        "+1.5",
        "Infinity",
        "NaN",
        "1,5"
      })
  void everythingElseIsDeclined(String s) {
    assertTrue(Double.isNaN(parse(s)), s);
  }

  @Test
  void randomDecimalsAgreeWithParseDouble() {
    Random random = new Random(46);
    for (int k = 0; k < 50_000; k++) {
      int decimals = 1 + random.nextInt(14);
      double scale = Math.pow(10, random.nextInt(16 - decimals));
      double v = (random.nextDouble() - 0.5) * 2 * scale;
      String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
      double fast = parse(s);
      if (s.replace("-", "").replace(".", "").length() <= JsonDecimals.MAX_DIGITS) {
        sameBits(Double.parseDouble(s), fast, s);
      } else {
        assertTrue(Double.isNaN(fast), s);
      }
    }
  }

  /** Every decimal of the national outlines, against Jackson's own reading of it. */
  @Test
  void everyNumberOfTheNationalOutlinesIsJacksons() throws IOException {
    Path file = Path.of("../../shared/open-data/france/communes-france-2018.geojson");
    Assumptions.assumeTrue(Files.isRegularFile(file), "the real data is not beside the project");
    JsonFactory factory =
        JsonFactory.builder().enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build();
    int fast = 0;
    try (JsonParser p = factory.createParser(Files.readString(file))) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
          double d =
              JsonDecimals.parseShort(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
          if (!Double.isNaN(d)) {
            sameBits(p.getDoubleValue(), d, p.getText());
            fast++;
          }
        }
      }
    }
    assertTrue(fast > 4_000_000, "read the fast way: " + fast);
  }
}
