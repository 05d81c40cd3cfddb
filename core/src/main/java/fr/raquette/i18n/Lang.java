package fr.raquette.i18n;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The languages Raquette speaks: French (the default) and English. */
public enum Lang {
  FR(Locale.FRENCH),
  EN(Locale.ENGLISH);

  private final Locale locale;

  Lang(Locale locale) {
    this.locale = locale;
  }

  public Locale locale() {
    return locale;
  }

  /** The id written on the command line: {@code fr} or {@code en}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** {@code fr} or {@code en} (case and surrounding blanks ignored); anything else is empty. */
  public static Optional<Lang> parse(String id) {
    if (id == null) {
      return Optional.empty();
    }
    return switch (id.strip().toLowerCase(Locale.ROOT)) {
      case "fr" -> Optional.of(FR);
      case "en" -> Optional.of(EN);
      default -> Optional.empty();
    };
  }

  /** English for an English locale, French otherwise. */
  public static Lang of(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? EN : FR;
  }

  /**
   * The language the environment asks for when {@code --lang} is absent: the first of {@code
   * LC_ALL}, {@code LC_MESSAGES}, {@code LANG} that is set (POSIX order) decides; English only when
   * it says {@code en…}, French otherwise ({@code C}, {@code POSIX}, {@code fr_FR.UTF-8}, unset).
   */
  public static Lang fromEnvironment(Map<String, String> env) {
    for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
      String v = env.get(name);
      if (v != null && !v.isBlank()) {
        String l = v.strip().toLowerCase(Locale.ROOT);
        return l.equals("en") || l.startsWith("en_") || l.startsWith("en-") || l.startsWith("en.")
            ? EN
            : FR;
      }
    }
    return FR;
  }
}
