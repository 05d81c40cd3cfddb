package fr.raquette.analysis;

import fr.raquette.access.Method;
import java.util.Optional;
import java.util.Set;

/**
 * What "à renforcer" is judged against: national reference values (the built-in file, or one given
 * with {@code --reference FILE}), or the territory's own mean ({@code --reference territoire}, the
 * behaviour of earlier versions). See docs/methode.md, "Référence".
 *
 * @param national the reference values, null for the territory's mean
 */
public record Yardstick(NationalReference national) {

  /** Where a theme's yardstick came from. */
  public enum Kind {
    /** The national value of the same indicator. */
    NATIONAL,
    /** The population-weighted mean of the territory's communes that have a score. */
    TERRITORY
  }

  /**
   * The yardstick a theme element was judged against.
   *
   * @param kind national or territory
   * @param value supply per 1,000 of the target population; NaN when none could be computed
   * @param note why the territory's mean was used although a national reference was asked for
   *     ({@link Fallback#NONE} otherwise)
   * @param territoryMean the territory's own mean, whichever yardstick was used (NaN when no
   *     commune of the perimeter has a score)
   */
  public record Used(Kind kind, double value, Fallback note, double territoryMean) {}

  /** Why a national reference could not be used for a theme. */
  public enum Fallback {
    NONE,
    /** {@code --reference territoire}: asked for. */
    ASKED,
    /** The reference file has no value for this theme, method and scale (or an empty one). */
    NO_VALUE,
    /** The theme measures something else here (overridden codes, bands, target, sources). */
    OTHER_DEFINITION,
    /** The territory's BPE vintage is not one the reference was computed from. */
    OTHER_VINTAGE
  }

  /** The territory's own mean, as before national references existed. */
  public static Yardstick territory() {
    return new Yardstick(null);
  }

  /** The built-in national reference. */
  public static Yardstick builtIn() {
    return new Yardstick(NationalReference.builtIn());
  }

  public boolean isTerritory() {
    return national == null;
  }

  /**
   * The yardstick of one theme element.
   *
   * @param definition what the territory measures ({@link NationalReference#definition})
   * @param vintages the BPE vintages of the territory's equipment
   * @param territoryMean the territory's own mean ({@link ReferenceRule}), the fallback
   */
  public Used choose(
      String theme,
      String element,
      Method method,
      double scale,
      String definition,
      Set<Integer> vintages,
      double territoryMean) {
    if (national == null) {
      return new Used(Kind.TERRITORY, territoryMean, Fallback.ASKED, territoryMean);
    }
    Optional<NationalReference.Row> row = national.row(theme, element, method, scale);
    if (row.isEmpty() || Double.isNaN(row.get().value())) {
      return new Used(Kind.TERRITORY, territoryMean, Fallback.NO_VALUE, territoryMean);
    }
    if (!row.get().definition().equals(definition)) {
      return new Used(Kind.TERRITORY, territoryMean, Fallback.OTHER_DEFINITION, territoryMean);
    }
    if (!national.bpeVintages().containsAll(vintages)) {
      return new Used(Kind.TERRITORY, territoryMean, Fallback.OTHER_VINTAGE, territoryMean);
    }
    return new Used(Kind.NATIONAL, row.get().value(), Fallback.NONE, territoryMean);
  }
}
