package fr.raquette.i18n;

import java.util.ArrayList;
import java.util.List;

/**
 * A catalogue message that only places its arguments ({@code {0}}, {@code {1}}, none with a format
 * type), cut once at them: filled by concatenation, the text {@link java.text.MessageFormat} gives
 * for text arguments, without its buffers, field positions and copies. The reasons of a national
 * report fill a few such messages by the hundred thousand. {@link Messages} keeps MessageFormat for
 * every other message, and for arguments that are not text once made plain.
 */
final class PlainTemplate {
  /** The message's text between its arguments: one more than {@link #args}. */
  private final String[] texts;

  /** The argument placed after each text but the last. */
  private final int[] args;

  private PlainTemplate(String[] texts, int[] args) {
    this.texts = texts;
    this.args = args;
  }

  /**
   * The template of a message as the catalogue holds it (apostrophes literal), or null when one of
   * its braces is anything but an argument index of one or two digits.
   */
  static PlainTemplate of(String pattern) {
    List<String> texts = new ArrayList<>();
    List<Integer> args = new ArrayList<>();
    int from = 0;
    for (int open = pattern.indexOf('{'); open >= 0; open = pattern.indexOf('{', from)) {
      int close = pattern.indexOf('}', open);
      if (close < open + 2 || close > open + 3) {
        return null;
      }
      int index = 0;
      for (int i = open + 1; i < close; i++) {
        char c = pattern.charAt(i);
        if (c < '0' || c > '9') {
          return null;
        }
        index = index * 10 + c - '0';
      }
      texts.add(literal(pattern.substring(from, open)));
      args.add(index);
      from = close + 1;
    }
    texts.add(literal(pattern.substring(from)));
    return new PlainTemplate(
        texts.toArray(String[]::new), args.stream().mapToInt(Integer::intValue).toArray());
  }

  /** What MessageFormat writes of text between arguments, once its stand-ins are put back. */
  private static String literal(String s) {
    return Messages.restoreApostrophes(s);
  }

  /**
   * The message with these arguments (made plain by {@link Messages}), or null when one it places
   * is missing or not a String: MessageFormat then decides.
   */
  String fill(Object[] plain) {
    int length = texts[texts.length - 1].length();
    for (int k = 0; k < args.length; k++) {
      if (args[k] >= plain.length || !(plain[args[k]] instanceof String s)) {
        return null;
      }
      length += texts[k].length() + s.length();
    }
    StringBuilder sb = new StringBuilder(length);
    for (int k = 0; k < args.length; k++) {
      sb.append(texts[k]).append(Messages.restoreApostrophes((String) plain[args[k]]));
    }
    return sb.append(texts[texts.length - 1]).toString();
  }
}
