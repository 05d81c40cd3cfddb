package fr.raquette.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
