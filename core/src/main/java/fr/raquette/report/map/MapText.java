package fr.raquette.report.map;

import fr.raquette.analysis.Indicator;
import fr.raquette.analysis.ThemeResult;
import fr.raquette.i18n.Messages;

/**
 * The words a map writes, in the reader's language: its messages, its numbers, and why a commune
 * has its class (a theme map's tooltips). The report's {@code Text} provides them; the maps take
 * them from this interface so that {@code report.map} depends on no class of {@code report}.
 */
public interface MapText {
  /** Whether the words are French (else English). */
  boolean french();

  /** The message catalogue in this language. */
  Messages messages();

  /** The catalogue's message of this key. */
  String msg(String key, Object... args);

  /** A whole number with thousands separators. */
  String integer(double n);

  /** A number with up to two decimals. */
  String decimal2(double n);

  /** The one-line reason of a commune's class in a theme, as the reports give it. */
  String reasons(Indicator i, ThemeResult theme);
}
