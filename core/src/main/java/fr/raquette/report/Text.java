package fr.raquette.report;

import fr.raquette.analysis.Indicator;
import fr.raquette.analysis.ThemeResult;
import fr.raquette.i18n.Lang;
import fr.raquette.i18n.Messages;
import fr.raquette.report.map.MapText;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers and words for readers, in French or English. French numbers use a narrow no-break space
 * for thousands and a decimal comma ({@code 1 450}, {@code 23,4}); machine outputs (CSV, JSON) do
 * not use this class but {@link Locale#ROOT}.
 */
public final class Text implements MapText {
  private final boolean fr;

  public Text(Locale locale) {
    this.fr = !Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
  }

  @Override
  public boolean french() {
    return fr;
  }

  /** The message catalogue in this language. */
  @Override
  public Messages messages() {
    return Messages.of(fr ? Lang.FR : Lang.EN);
  }

  /** The catalogue's message of this key (see {@link Messages#get}). */
  @Override
  public String msg(String key, Object... args) {
    return messages().get(key, args);
  }

  /** Picks the French or English wording. */
  public String t(String french, String english) {
    return fr ? french : english;
  }

  /** A whole number with thousands separators. */
  @Override
  public String integer(double n) {
    return appendInteger(new StringBuilder(16), n).toString();
  }

  /** Appends {@link #integer} of {@code n} to {@code sb}, and returns it. */
  StringBuilder appendInteger(StringBuilder sb, double n) {
    // Counts and populations are whole already: grouped by hand, without DecimalFormat's lock and
    // digit list (a national report formats them by the hundred thousand). Same text; anything
    // with a fraction to round still goes through DecimalFormat.
    if (n == Math.rint(n) && Math.abs(n) < 1e15) {
      long v = (long) n;
      if (v < 0) {
        sb.append('-');
      }
      long a = Math.abs(v);
      long group = 1;
      while (group <= a / 1000) {
        group *= 1000; // the weight of the first group of digits
      }
      sb.append(a / group);
      for (group /= 1000; group > 0; group /= 1000) {
        long digits = a / group % 1000;
        sb.append(fr ? '\u202F' : ',')
            .append((char) ('0' + digits / 100))
            .append((char) ('0' + digits / 10 % 10))
            .append((char) ('0' + digits % 10));
      }
      return sb;
    }
    return sb.append(format(n, "#,##0"));
  }

  /** A number with one decimal. */
  public String decimal1(double n) {
    String fast = TextNumbers.format(n, 1, 1, fr);
    return fast != null ? fast : format(n, DECIMAL1);
  }

  /** A number with up to two decimals. */
  @Override
  public String decimal2(double n) {
    String fast = TextNumbers.format(n, 2, 0, fr);
    return fast != null ? fast : format(n, DECIMAL2);
  }

  static final String DECIMAL1 = "#,##0.0";
  static final String DECIMAL2 = "#,##0.##";

  /** The one-line reason of a commune's class ({@link Reasons}): a theme map's tooltip. */
  @Override
  public String reasons(Indicator i, ThemeResult theme) {
    return Reasons.of(i, theme, this);
  }

  // DecimalFormat is costly to build and not thread-safe: one per pattern, used under this lock.
  private final java.util.Map<String, DecimalFormat> formats = new java.util.HashMap<>();

  /** {@code n} by DecimalFormat with this pattern: the oracle of {@link TextNumbers}. */
  synchronized String format(double n, String pattern) {
    DecimalFormat f =
        formats.computeIfAbsent(
            pattern,
            p -> {
              DecimalFormatSymbols sym = DecimalFormatSymbols.getInstance(Locale.ROOT);
              if (fr) {
                sym.setGroupingSeparator('\u202F');
                sym.setDecimalSeparator(',');
              } else {
                sym.setGroupingSeparator(',');
                sym.setDecimalSeparator('.');
              }
              DecimalFormat d = new DecimalFormat(p, sym);
              // Figures with decimals round HALF_UP on the decimal form, as the CSV and XLSX
              // columns do (Decimals), so that a reason and its column agree; whole numbers keep
              // half even.
              d.setRoundingMode(
                  p.contains(".")
                      ? java.math.RoundingMode.HALF_UP
                      : java.math.RoundingMode.HALF_EVEN);
              return d;
            });
    return f.format(n == 0 ? 0 : n);
  }

  /** BPE domain labels (INSEE's standard domain names), A to G. */
  public String bpeDomain(char domain) {
    return msg(domain >= 'A' && domain <= 'G' ? "bpe.domain." + domain : "bpe.domain.other");
  }

  /** Words for a COG reconciliation reason. */
  public String cogReason(fr.raquette.territory.CogChange.Reason reason) {
    return msg("cog.reason." + reason.key());
  }
}
