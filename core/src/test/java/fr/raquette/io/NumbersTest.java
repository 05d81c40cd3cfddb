package fr.raquette.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NumbersTest {
  @Test
  void plainDigitsReadAsParseDoubleReadsThem() {
    String[] texts = {"0", "1", "007", "42", "999999999999999", "1234567890123456", " 12 "};
    for (String t : texts) {
      assertEquals(Double.parseDouble(t.strip()), Numbers.parseDecimalOrNaN(t), t);
    }
  }

  @Test
  void spreadsheetNumbers() {
    assertEquals(12.5, Numbers.parseDecimal("12,5"));
    assertEquals(1234.5, Numbers.parseDecimal("1 234,5"));
    assertEquals(1234.5, Numbers.parseDecimal("1\u00A0234,5"));
    assertEquals(-3.0, Numbers.parseDecimal("-3"));
    assertNull(Numbers.parseDecimal("12 abc"));
    assertNull(Numbers.parseDecimal(""));
    assertNull(Numbers.parseDecimal("Infinity"));
    assertNull(Numbers.parseDecimal("1e999"));
    assertTrue(Double.isNaN(Numbers.parseDecimalOrNaN("0x10")));
  }

  /**
   * The plain decimals read without a string (sign, up to 15 digits, one point or comma) give
   * parseDouble's double to the bit, also -0.0; longer or odder ones go the spreadsheet way.
   */
  @Test
  void plainDecimalsReadToTheBitAsParseDouble() {
    Random rnd = new Random(14);
    String[] signs = {"", "", "-", "+"};
    for (int n = 0; n < 200_000; n++) {
      int digits = 1 + rnd.nextInt(17);
      StringBuilder sb = new StringBuilder(signs[rnd.nextInt(4)]);
      int point = rnd.nextInt(digits + 2) - 1;
      for (int i = 0; i < digits; i++) {
        if (i == point) {
          sb.append('.');
        }
        sb.append((char) ('0' + (rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(10))));
      }
      if (point == digits) {
        sb.append('.');
      }
      String dotted = sb.toString();
      double expected = Double.parseDouble(dotted);
      assertEquals(expected, Numbers.parseDecimalOrNaN(dotted), dotted);
      String comma = " " + dotted.replace('.', ',') + "\t";
      assertEquals(expected, Numbers.parseDecimalOrNaN("x;" + comma + ";", 2, 2 + comma.length()));
    }
  }

  @Test
  void partsOfATextReadAsTheWholeText() {
    String[] texts = {
      "", " ", "s", "nd", ".", "-", "+", "1.2.3", "--5", "1 234,5", "1e3", "-0", "0x10"
    };
    for (String t : texts) {
      String line = "a;" + t + ";b";
      assertEquals(
          Numbers.parseDecimalOrNaN(t), Numbers.parseDecimalOrNaN(line, 2, 2 + t.length()), t);
    }
  }
}
