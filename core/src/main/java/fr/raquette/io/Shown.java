package fr.raquette.io;

import fr.raquette.i18n.Messages;

/**
 * Values as messages show them: a run of more than {@value #LONGEST} characters without a space (a
 * 5 MB header row, the 300 digits of a coordinate of 1e300) is cut to its first {@value #KEPT}
 * characters and its length, so that one warning stays one line.
 */
public final class Shown {
  static final int LONGEST = 120;
  static final int KEPT = 60;

  private Shown() {}

  private static final java.util.regex.Pattern ADVICE =
      java.util.regex.Pattern.compile(
          ":? *(?:\\(?(?:as|to) )?enable `?[A-Za-z]*Feature\\.[A-Z_]+`?(?: to allow)?\\)?"
              + "|\\s*\\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\)"
              + "|\\s*\\((?:JSON )?String, Number, Array, Object or token 'null', 'true' or"
              + " 'false'\\)");

  /**
   * {@code message} without the advice a library gives its programmers (Jackson's "enable
   * `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow"): the user cannot act on it.
   */
  public static String withoutLibraryAdvice(String message) {
    if (message.indexOf("Feature") < 0 && message.indexOf("token 'null'") < 0) {
      return message;
    }
    return ADVICE.matcher(message).replaceAll("");
  }

  /** {@code message} with every over-long run of non-space characters abbreviated. */
  public static String abbreviated(String message) {
    int run = 0;
    boolean needed = false;
    for (int i = 0; i < message.length() && !needed; i++) {
      run = Character.isWhitespace(message.charAt(i)) ? 0 : run + 1;
      needed = run > LONGEST;
    }
    if (!needed) {
      return message;
    }
    StringBuilder sb = new StringBuilder(LONGEST * 4);
    int i = 0;
    while (i < message.length()) {
      int end = i;
      while (end < message.length() && !Character.isWhitespace(message.charAt(end))) {
        end++;
      }
      if (end - i > LONGEST) {
        int cut = i + KEPT;
        if (Character.isHighSurrogate(message.charAt(cut - 1))) {
          cut--;
        }
        sb.append(message, i, cut)
            .append("…(")
            .append(Messages.text("shown.characters", end - i))
            .append(')');
      } else {
        sb.append(message, i, end);
      }
      while (end < message.length() && Character.isWhitespace(message.charAt(end))) {
        sb.append(message.charAt(end++));
      }
      i = end;
    }
    return sb.toString();
  }
}
