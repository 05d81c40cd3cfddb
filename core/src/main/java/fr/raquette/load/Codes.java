package fr.raquette.load;

import fr.raquette.i18n.Messages;
import fr.raquette.io.CsvRow;
import fr.raquette.io.Problems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Commune codes as they come: always text, but spreadsheets turn {@code 01001} into {@code 1001}.
 * One instance per file, so that padding is reported once with its count instead of per row.
 */
public final class Codes {
  /** What a field that is not a commune code maps to in {@link #known}: no code is empty. */
  private static final String NOT_A_CODE = "";

  private final String file;

  /**
   * Each distinct field value of the file → its code (or {@link #NOT_A_CODE}): a national file
   * repeats each of its 35,000 codes up to a few hundred times, and the maps built from it then
   * share one string per code.
   */
  private final Map<String, String> known = new HashMap<>();

  // The previous row's field and code: a commune's rows come together.
  private String lastValue;
  private String lastCode;

  private long padded;
  private long firstPaddedLine;

  Codes(String file) {
    this.file = file;
  }

  /**
   * The commune code of a field, or {@code null} (reported) when it is not one.
   *
   * @param col the field index, for the message
   */
  String commune(CsvRow row, int col, Problems problems) {
    String value;
    String c;
    if (lastValue != null && row.is(col, lastValue)) {
      value = lastValue;
      c = lastCode;
    } else {
      value = row.get(col);
      c = known.get(value);
      if (c == null) {
        c = commune(value);
        c = c == null ? NOT_A_CODE : c;
        known.put(value, c);
      }
      lastValue = value;
      lastCode = c;
    }
    if (c.isEmpty()) {
      c = null;
    }
    if (c == null) {
      problems.add(row.warning(col, Messages.text("codes.bad", row.get(col), row.header(col))));
      return null;
    }
    // Only a padded code is longer than the field (digits and A/B do not change length in upper
    // case).
    if (c.length() != value.length()) {
      if (padded++ == 0) {
        firstPaddedLine = row.line();
      }
    }
    return c;
  }

  /** The code, padded when a leading zero was lost, or {@code null} when it is not a code. */
  public static String commune(String raw) {
    String s = raw.strip().toUpperCase(java.util.Locale.ROOT);
    if (isCommuneCode(s)) {
      return s;
    }
    if (s.length() == 4 && digits(s, 0)) {
      return "0" + s;
    }
    return null;
  }

  /** Five digits, or 2A/2B and three digits (Corsica). */
  static boolean isCommuneCode(String s) {
    if (s.length() != 5) {
      return false;
    }
    return digits(s, 0)
        || s.charAt(0) == '2' && (s.charAt(1) == 'A' || s.charAt(1) == 'B') && digits(s, 2);
  }

  /** Whether the characters from {@code from} to the end are ASCII digits. */
  private static boolean digits(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Tells, once, how many codes had lost their leading zero. */
  void report(Problems problems) {
    if (padded > 0) {
      problems.warning(file, firstPaddedLine, 0, Messages.text("codes.padded", padded));
    }
  }

  /** The département of a commune code: 2 characters, 3 overseas ({@code 971}...). */
  static String departement(String code) {
    return code.startsWith("97") || code.startsWith("98")
        ? code.substring(0, 3)
        : code.substring(0, 2);
  }

  /** At most 12 items of a list of codes or types, then how many more: {@code a, b … (+3)}. */
  public static String abbreviate(java.util.Collection<String> items) {
    List<String> l = new ArrayList<>(items);
    return l.size() <= 12
        ? String.join(", ", l)
        : String.join(", ", l.subList(0, 12)) + " … (+" + (l.size() - 12) + ")";
  }
}
