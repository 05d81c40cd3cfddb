package fr.raquette.io;

/**
 * The values of a column that repeats a few words over many rows (a TYPEQU, a year), each built
 * once: {@link CsvRow#get(int, TextPool)} gives the string already built for the same text, and
 * builds none (on France, the BPE's 1 million cells of 200 types).
 */
public final class TextPool {
  private String[] table = new String[64];
  private int size;

  /** {@code text.substring(start, end)}, the one built before when there was one. */
  String of(String text, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + text.charAt(i);
    }
    int mask = table.length - 1;
    int k = (h ^ h >>> 16) & mask;
    int length = end - start;
    for (String s = table[k]; s != null; s = table[k]) {
      if (s.length() == length && text.regionMatches(start, s, 0, length)) {
        return s;
      }
      k = (k + 1) & mask;
    }
    String s = text.substring(start, end);
    table[k] = s;
    if (++size * 2 > table.length) {
      grow();
    }
    return s;
  }

  private void grow() {
    String[] old = table;
    table = new String[old.length * 2];
    int mask = table.length - 1;
    for (String s : old) {
      if (s != null) {
        int h = s.hashCode();
        int k = (h ^ h >>> 16) & mask;
        while (table[k] != null) {
          k = (k + 1) & mask;
        }
        table[k] = s;
      }
    }
  }
}
