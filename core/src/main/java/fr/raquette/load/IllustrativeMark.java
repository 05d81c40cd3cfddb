package fr.raquette.load;

import java.util.Locale;

/**
 * Whether a file says, in a comment before its header, that its rows are invented to illustrate the
 * format: a {@code #} line whose first word is {@code ILLUSTRATIF} or {@code ILLUSTRATIVE} (any
 * case), as the sample folders' declared needs and local actors do. The report then keeps what
 * rests on such rows out of the territory's findings (docs/territory-folder.md): a fictitious need
 * shown to elected officials as one of the "most important findings" would discredit the whole
 * diagnosis.
 */
public final class IllustrativeMark {
  private IllustrativeMark() {}

  /** Whether the leading comment lines of {@code text} carry the mark. */
  public static boolean in(String text) {
    for (String line : (Iterable<String>) text.lines()::iterator) {
      String l = line.strip();
      if (l.startsWith("\uFEFF")) {
        l = l.substring(1).strip();
      }
      if (l.isEmpty()) {
        continue;
      }
      if (!l.startsWith("#")) {
        return false;
      }
      String word = l.substring(1).strip().split("[^\\p{L}]", 2)[0].toUpperCase(Locale.ROOT);
      if (word.equals("ILLUSTRATIF") || word.equals("ILLUSTRATIVE")) {
        return true;
      }
    }
    return false;
  }
}
