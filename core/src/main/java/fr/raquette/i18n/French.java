package fr.raquette.i18n;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** What French grammar asks of a sentence built around a name or a list. */
public final class French {
  private French() {}

  /**
   * {@code de} before a name, elided before a vowel: {@code d'Aubusson}, {@code d'Évaux-les-Bains},
   * {@code de Guéret}. A name starting with {@code h} keeps {@code de} (an aspirated h is as common
   * in place names as a mute one, and « de Hérisson » reads better than « d'Hérisson » is wrong).
   */
  public static String de(String name) {
    return elides(name) ? "d'" + name : "de " + name;
  }

  /** Whether {@code de}, {@code le}, {@code que} elide before this word. */
  static boolean elides(String word) {
    if (word == null || word.isEmpty()) {
      return false;
    }
    String first =
        Normalizer.normalize(word.substring(0, 1), Normalizer.Form.NFD)
            .substring(0, 1)
            .toLowerCase(Locale.ROOT);
    return "aeiouy".contains(first);
  }

  /** A list as a person writes it: {@code 2013}, {@code 2013 et 2018}, {@code a, b et c}. */
  public static String list(List<String> items, Lang lang) {
    String and = lang == Lang.FR ? " et " : " and ";
    if (items.isEmpty()) {
      return "";
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + and
        + items.get(items.size() - 1);
  }
}
