package fr.raquette.report;

import fr.raquette.analysis.Diagnosis;
import fr.raquette.analysis.Indicator;
import fr.raquette.analysis.Need;
import fr.raquette.analysis.ThemeResult;
import fr.raquette.territory.Territory;
import java.util.Locale;
import java.util.Map;

/**
 * What the reports say of need: the shares of the portrait against France, each theme's need (whom
 * it counts, from which source, how many), and where it was imputed or fell back.
 */
final class NeedSummary {
  private NeedSummary() {}

  /** The need part of the portrait, in Markdown; nothing when no figure file was read. */
  static void portrait(StringBuilder sb, Diagnosis d, Text x) {
    Territory t = d.territory();
    Map<String, NeedPortrait.Share> here = NeedPortrait.of(NeedPortrait.perimeter(t));
    Map<String, NeedPortrait.Share> france = NeedPortrait.france();
    if (here.values().stream().allMatch(s -> s.communes() == 0)) {
      return;
    }
    sb.append(x.msg("need.who.title"));
    sb.append(
        MarkdownReport.header(
            "lrrr",
            x.msg("need.col.indicator"),
            x.msg("need.col.territory"),
            "France",
            x.msg("need.col.communes.with.data")));
    for (NeedPortrait.Share s : here.values()) {
      NeedPortrait.Share f = france.get(s.spec().id());
      sb.append("| ")
          .append(x.t(s.spec().labelFr(), s.spec().labelEn()))
          .append(" | ")
          .append(percent(s, x))
          .append(" | ")
          .append(f == null ? "" : percent(f, x))
          .append(" | ")
          .append(x.integer(s.communes()))
          .append(" |\n");
    }
    sb.append('\n')
        .append(
            x.msg(
                "need.shares.sources",
                NeedPortrait.RESOURCE.substring(NeedPortrait.RESOURCE.lastIndexOf('/') + 1)))
        .append("\n\n");
    needs(sb, d, x);
  }

  private static String percent(NeedPortrait.Share s, Text x) {
    double p = s.percent();
    if (Double.isNaN(p)) {
      return "";
    }
    return (s.spec().change() && p > 0 ? "+" : "") + x.msg("need.percent", x.decimal1(p));
  }

  /** Each theme's need: whom it counts, how many in the perimeter, where it is not read. */
  private static void needs(StringBuilder sb, Diagnosis d, Text x) {
    Locale locale = x.french() ? Locale.FRENCH : Locale.ENGLISH;
    sb.append(x.msg("need.by.theme.title"));
    sb.append(
        MarkdownReport.header(
            "llrrr",
            x.msg("report.col.theme"),
            x.msg("need.col.who"),
            x.msg("need.col.count"),
            x.msg("need.col.imputed"),
            x.msg("need.col.fallback")));
    for (ThemeResult r : d.themes()) {
      long[] n = counts(r, d.territory());
      double total = 0;
      for (Indicator i : r.indicators()) {
        if (d.territory().inPerimeter(i.commune()) && i.needSource() != Need.Source.FALLBACK) {
          // Communes on fallback count inhabitants, not the theme's public: left out of the sum.
          total += i.targetPopulation();
        }
      }
      sb.append("| ")
          .append(r.theme().label(locale))
          .append(" | ")
          .append(r.theme().target().label(locale))
          .append(" (`")
          .append(r.theme().target().need().text())
          .append("`) | ")
          .append(x.integer(total))
          .append(" | ")
          .append(x.integer(n[0]))
          .append(" | ")
          .append(x.integer(n[1]))
          .append(" |\n");
    }
    sb.append('\n');
  }

  /** Communes of the perimeter whose need was imputed [0], or fell back [1]. */
  static long[] counts(ThemeResult r, Territory t) {
    long[] n = new long[2];
    for (Indicator i : r.indicators()) {
      if (!t.inPerimeter(i.commune())) {
        continue;
      }
      if (i.needSource() == Need.Source.IMPUTED) {
        n[0]++;
      } else if (i.needSource() == Need.Source.FALLBACK) {
        n[1]++;
      }
    }
    return n;
  }

  /** The line of the limits for a theme whose need was not read everywhere, else null. */
  static String limit(ThemeResult r, Territory t, Text x, Locale locale) {
    long[] n = counts(r, t);
    if (n[0] == 0 && n[1] == 0) {
      return null;
    }
    String who = r.theme().target().label(locale);
    StringBuilder sb = new StringBuilder(x.msg("need.limit", r.theme().label(locale), who));
    if (n[0] > 0) {
      sb.append(x.msg("need.limit.imputed", x.integer(n[0]), n[0]));
    }
    if (n[1] > 0) {
      sb.append(x.msg("need.limit.missing", x.integer(n[1]), n[1]));
    }
    return sb.append('.').toString();
  }
}
