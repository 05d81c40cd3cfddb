package fr.raquette.actors;

import java.text.Normalizer;
import java.util.Locale;

/** How names are compared: without case, accents or punctuation. */
final class Names {
  private Names() {}

  /**
   * Lower case, no accents, letters and digits separated by single spaces: "Chénérailles" and
   * "chenerailles", "Saint-Vaury" and "saint vaury" are the same.
   */
  static String fold(String s) {
    if (s == null) {
      return "";
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    n = n.replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae");
    return n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
  }

  /** A data·inclusion value as compared: trimmed, lower case, no accents. */
  static String slug(String s) {
    String n = Normalizer.normalize(s.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return n.toLowerCase(Locale.ROOT);
  }

  /** Levenshtein distance, for "did you mean" suggestions. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
