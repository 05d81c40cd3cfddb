package fr.raquette.i18n;

import java.math.BigInteger;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.Format;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The message catalogue: every sentence the user reads, by key, in French ({@code
 * messages.properties}, the default) and English ({@code messages_en.properties}), both UTF-8.
 *
 * <p>A message is a {@link MessageFormat} pattern, with two differences that spare translators the
 * usual traps: an apostrophe is always literal ({@code l'EPCI}, never doubled, so no quoting is
 * available), and an argument without a format type is written plainly: a whole number as its
 * digits ({@code {0}} with 2013 gives {@code 2013}, fit for years, codes and line numbers), a
 * fraction with up to two decimals in the language's style ({@code 3,14}). Counts that deserve a
 * thousands separator use {@code {0,number,integer}} ({@code 35 000}); French plurals use a choice,
 * singular for 0 and 1: {@code {0,choice,0#commune|1<communes}}.
 */
public final class Messages {
  /** The catalogue's base name, in core's resources. */
  public static final String BUNDLE = "fr.raquette.i18n.messages";

  private static final char APOSTROPHE_STANDIN = '\uE000';
  private static final Map<Lang, Messages> CACHE = new EnumMap<>(Lang.class);

  /**
   * The language of the run, for messages made far from the command line (the problems found while
   * loading, an exception's text): set once by the command line before any work. One language per
   * process at a time: runs in parallel in one JVM would share it.
   */
  private static volatile Lang session = Lang.FR;

  private final Lang lang;
  private final ResourceBundle bundle;

  /** Each thread's messages already parsed, by key (the catalogue's keys, a bounded set). */
  private final ThreadLocal<Map<String, MessageFormat>> parsed =
      ThreadLocal.withInitial(HashMap::new);

  private Messages(Lang lang) {
    this.lang = lang;
    this.bundle = bundle(BUNDLE, lang);
  }

  /** The catalogue in one language. */
  public static synchronized Messages of(Lang lang) {
    return CACHE.computeIfAbsent(lang, Messages::new);
  }

  /** The catalogue in the run's language (French unless {@link #use} said otherwise). */
  public static Messages current() {
    return of(session);
  }

  /**
   * The message of this key in the run's language: for messages made far from the command line (a
   * problem found while loading, an exception's text), where no catalogue is at hand.
   */
  public static String text(String key, Object... args) {
    return current().get(key, args);
  }

  /** Sets the run's language (see {@link #current}). */
  public static void use(Lang lang) {
    session = lang;
  }

  /** The catalogue in English for an English locale, in French otherwise. */
  public static Messages of(Locale locale) {
    return of(Lang.of(locale));
  }

  /**
   * A bundle in exactly this language: French is the base file, English the {@code _en} one; the
   * machine's default locale never takes part (an English JVM must still get French by default).
   */
  public static ResourceBundle bundle(String baseName, Lang lang) {
    return ResourceBundle.getBundle(
        baseName,
        lang == Lang.FR ? Locale.ROOT : lang.locale(),
        Messages.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public Lang lang() {
    return lang;
  }

  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /**
   * The message of this key with its arguments.
   *
   * @throws IllegalStateException when the key is in neither file (a bug, caught by the tests)
   */
  public String get(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("no message '" + key + "' in " + BUNDLE, e);
    }
    if (args.length == 0 && pattern.indexOf('{') < 0) {
      return pattern;
    }
    // A message that only places its arguments is filled by concatenation (PlainTemplate), once
    // they are text; any other is parsed once per thread (a MessageFormat is not thread-safe): the
    // reasons of a national report format a few messages hundreds of thousands of times.
    Object template = templates.computeIfAbsent(key, k -> plainTemplate(pattern));
    if (template instanceof PlainTemplate t) {
      String filled = t.fill(plainArgs(null, args));
      if (filled != null) {
        return filled;
      }
    }
    return viaMessageFormat(key, pattern, args);
  }

  /** The message formatted by MessageFormat alone: the oracle of {@link PlainTemplate}. */
  String viaMessageFormat(String key, String pattern, Object... args) {
    MessageFormat mf = parsed.get().computeIfAbsent(key, k -> parse(pattern));
    return format(mf, args);
  }

  /** The pattern of a key (for the tests of {@link PlainTemplate}). */
  String pattern(String key) {
    return bundle.getString(key);
  }

  /**
   * Each key's {@link PlainTemplate}, or {@link #NOT_PLAIN}: the catalogue's keys, a bounded set.
   */
  private final Map<String, Object> templates = new java.util.concurrent.ConcurrentHashMap<>();

  private static final Object NOT_PLAIN = new Object();

  private static Object plainTemplate(String pattern) {
    PlainTemplate t = PlainTemplate.of(pattern);
    return t != null ? t : NOT_PLAIN;
  }

  /** Text as the messages give it back: the stand-ins of apostrophes turned back. */
  static String restoreApostrophes(String s) {
    return s.replace(APOSTROPHE_STANDIN, '\'');
  }

  /** Formats a pattern written as the catalogue's messages are (see the class comment). */
  public String format(String pattern, Object... args) {
    if (args.length == 0 && pattern.indexOf('{') < 0) {
      return pattern;
    }
    return format(parse(pattern), args);
  }

  private String format(MessageFormat mf, Object... args) {
    return restoreApostrophes(mf.format(plainArgs(mf.getFormatsByArgumentIndex(), args)));
  }

  /** The arguments, each made plain ({@link #plainly}) but those with a format type. */
  private Object[] plainArgs(Format[] formats, Object[] args) {
    Object[] plain = args.clone();
    for (int i = 0; i < plain.length; i++) {
      if (formats != null && i < formats.length && formats[i] != null) {
        continue;
      }
      plain[i] = plainly(plain[i]);
    }
    return plain;
  }

  private MessageFormat parse(String pattern) {
    return new MessageFormat(pattern.replace('\'', APOSTROPHE_STANDIN), lang.locale());
  }

  private Object plainly(Object arg) {
    if (arg instanceof Integer
        || arg instanceof Long
        || arg instanceof Short
        || arg instanceof Byte
        || arg instanceof BigInteger) {
      return arg.toString();
    }
    if (arg instanceof Double || arg instanceof Float) {
      double d = ((Number) arg).doubleValue();
      DecimalFormatSymbols sym = DecimalFormatSymbols.getInstance(Locale.ROOT);
      sym.setGroupingSeparator(lang == Lang.FR ? '\u202F' : ',');
      sym.setDecimalSeparator(lang == Lang.FR ? ',' : '.');
      return new DecimalFormat("#,##0.##", sym).format(d == 0 ? 0 : d);
    }
    return arg;
  }
}
