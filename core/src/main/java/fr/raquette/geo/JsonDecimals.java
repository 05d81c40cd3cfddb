package fr.raquette.geo;

import fr.raquette.io.Numbers;

/**
 * A fast path beside its oracle: the double of a short JSON decimal, as coordinates are written
 * ({@code 5.54554}, {@code -61.2309}), read straight from the parser's characters where Jackson's
 * general number parsing was a fifth of the reading of the national outlines. The digits, at most
 * 15 of them, make an integer below 2<sup>53</sup>, exact in a double, and so is the power of ten
 * that divides it: one correctly rounded division ({@link Numbers#exactDecimal}) gives the
 * correctly rounded value of the decimal, which is what {@link Double#parseDouble} and Jackson give
 * (JsonDecimalsTest checks both).
 */
final class JsonDecimals {
  /** Above this many digits the integer of the digits may not be exact in a double. */
  static final int MAX_DIGITS = Numbers.EXACT_DIGITS;

  private JsonDecimals() {}

  /**
   * The value of {@code -?digits.digits} of at most {@link #MAX_DIGITS} digits; {@link Double#NaN}
   * for any other text (an exponent, more digits...), which the caller then reads the general way.
   */
  static double parseShort(char[] chars, int offset, int length) {
    int end = offset + length;
    int i = offset;
    boolean negative = i < end && chars[i] == '-';
    if (negative) {
      i++;
    }
    long digits = 0;
    int count = 0;
    int point = -1;
    for (; i < end; i++) {
      char c = chars[i];
      if (c >= '0' && c <= '9') {
        digits = 10 * digits + (c - '0');
        count++;
      } else if (c == '.' && point < 0 && count > 0) {
        point = count;
      } else {
        return Double.NaN;
      }
    }
    if (point < 0 || point == count || count > MAX_DIGITS) {
      return Double.NaN;
    }
    return Numbers.exactDecimal(digits, count - point, negative);
  }
}
