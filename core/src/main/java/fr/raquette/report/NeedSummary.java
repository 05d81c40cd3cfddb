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
    sb.append(x.t("**Qui est concerné**\n\n", "**Who is concerned**\n\n"));
    sb.append(
        MarkdownReport.header(
            "lrrr",
            x.t("Indicateur", "Indicator"),
            x.t("Territoire", "Territory"),
            "France",
            x.t("Communes renseignées", "Communes with data")));
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
            x.t(
                "Parts calculées sur les communes dont les fichiers donnent les deux chiffres"
                    + " (jamais sur des valeurs imputées) : INSEE, recensement de la population"
                    + " (âges, ménages) et Filosofi (taux de pauvreté, publié seulement hors secret"
                    + " statistique). France : ",
                "Shares over the communes whose files give both figures (never over imputed"
                    + " values): INSEE, population census (ages, households) and Filosofi (poverty"
                    + " rate, published only outside statistical secret). France: "))
        .append(
            x.t(
                "fichiers nationaux (recensement : France métropolitaine), ",
                "national files (census: metropolitan France), "))
        .append("`")
        .append(NeedPortrait.RESOURCE.substring(NeedPortrait.RESOURCE.lastIndexOf('/') + 1))
        .append("`.\n\n");
    needs(sb, d, x);
  }

  private static String percent(NeedPortrait.Share s, Text x) {
    double p = s.percent();
    if (Double.isNaN(p)) {
      return "";
    }
    return (s.spec().change() && p > 0 ? "+" : "") + x.decimal1(p) + x.t(" %", "%");
  }

  /** Each theme's need: whom it counts, how many in the perimeter, where it is not read. */
  private static void needs(StringBuilder sb, Diagnosis d, Text x) {
    Locale locale = x.french() ? Locale.FRENCH : Locale.ENGLISH;
    sb.append(x.t("**Besoin par thème**\n\n", "**Need by theme**\n\n"));
    sb.append(
        MarkdownReport.header(
            "llrrr",
            x.t("Thème", "Theme"),
            x.t("Public (besoin)", "Who (need)"),
            x.t("Effectif (hors repli)", "Count (without fallback)"),
            x.t("Communes imputées", "Communes imputed"),
            x.t("Communes en repli", "Communes on fallback")));
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
    StringBuilder sb = new StringBuilder(r.theme().label(locale));
    sb.append(x.t(" : besoin compté en ", ": need counted as ")).append(who);
    if (n[0] > 0) {
      sb.append(
          x.t(
              " ; chiffre manquant ou sous secret statistique estimé depuis l'EPCI (sinon le"
                  + " département) pour "
                  + x.integer(n[0])
                  + " commune(s)",
              "; a figure missing or under statistical secret was estimated from the EPCI (else"
                  + " the département) for "
                  + x.integer(n[0])
                  + " commune(s)"));
    }
    if (n[1] > 0) {
      sb.append(
          x.t(
              " ; aucun fichier ne le donne pour "
                  + x.integer(n[1])
                  + " commune(s), comptées en habitants",
              "; no file gives it for " + x.integer(n[1]) + " commune(s), counted in inhabitants"));
    }
    return sb.append('.').toString();
  }
}
