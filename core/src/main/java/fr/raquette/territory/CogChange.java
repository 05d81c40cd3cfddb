package fr.raquette.territory;

import java.util.Comparator;
import java.util.Locale;

/**
 * A commune code of an input file that was brought to the territory's COG, or could not be.
 *
 * @param file the input file
 * @param from the code as written in the file
 * @param to the code in the target COG, or {@code null} when dropped
 * @param reason why it changed or was dropped
 * @param records how many records carried that code
 * @param amount the quantity they carried (equipment count, population...), summed
 */
public record CogChange(
    String file, String from, String to, Reason reason, long records, double amount) {

  /** Why a code was changed or dropped; rendered in words by the reports. */
  public enum Reason {
    /** An arrondissement municipal, to its commune. */
    ARRONDISSEMENT,
    /** A commune déléguée or associée, to its commune nouvelle. */
    DELEGUEE,
    /** A retired code, to the commune that took it (passage table). */
    PASSAGE,
    /** A commune outside the perimeter: dropped. */
    OUTSIDE,
    /** A retired code two communes of the territory claim: dropped. */
    AMBIGUOUS,
    /** A code the target COG does not know: dropped. */
    UNKNOWN,
    /** A figure given for a whole city that is diagnosed by arrondissement: not shared out. */
    CITY_SPLIT;

    /** Its key in the reports' words ({@code cog.reason.city_split}...): the name in lower case. */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * How the reports group changes: reconciled before dropped, then by reason in the order of their
   * keys.
   */
  public record Kind(boolean dropped, Reason reason) implements Comparable<Kind> {
    private static final Comparator<Kind> ORDER =
        Comparator.comparing(Kind::dropped).thenComparing(k -> k.reason().key());

    @Override
    public int compareTo(Kind o) {
      return ORDER.compare(this, o);
    }
  }

  public boolean dropped() {
    return to == null;
  }

  /** Its group in the reports. */
  public Kind kind() {
    return new Kind(dropped(), reason);
  }
}
