package fr.raquette.report;

import fr.raquette.analysis.Classification;
import fr.raquette.analysis.Indicator;
import fr.raquette.analysis.Need;
import fr.raquette.analysis.Robustness;
import fr.raquette.analysis.ThemeResult;
import fr.raquette.analysis.Yardstick;
import java.util.Locale;

/**
 * The one-line reason of a classification, which a reader can check against the input files: « 1
 * 450 habitants, aucune offre à moins de 20 km (la plus proche : Guéret, 23,4 km) ; 3 besoins
 * déclarés ».
 */
public final class Reasons {
  private Reasons() {}

  public static String of(Indicator i, ThemeResult theme, Text x) {
    Locale locale = x.french() ? Locale.FRENCH : Locale.ENGLISH;
    String who = who(i, theme, x);
    double max = theme.theme().bands().max();
    StringBuilder sb = new StringBuilder(who);
    if (theme.theme().isBasket() && i.classification() != Classification.NON_EVALUABLE) {
      ElementReasons.append(sb, i, theme, x);
      return needs(sb, i, x);
    }
    switch (i.classification()) {
      case TROU -> {
        sb.append(x.t(", aucune offre à moins de ", ", no supply within "))
            .append(x.decimal2(max))
            .append(" km");
        if (i.nearestKm() != null) {
          sb.append(x.t(" (la plus proche : ", " (nearest: "))
              .append(i.nearestPlace())
              .append(", ")
              .append(x.decimal1(i.nearestKm()))
              .append(" km)");
        } else {
          sb.append(
              x.t(
                  " (aucune à moins de "
                      + x.integer(fr.raquette.analysis.Diagnoser.NEAREST_OFFER_KM)
                      + " km sur la même terre)",
                  " (none within "
                      + x.integer(fr.raquette.analysis.Diagnoser.NEAREST_OFFER_KM)
                      + " km on the same land)"));
        }
      }
      case RENFORCER -> {
        if (i.ratio() != null && i.ratio() < theme.theme().reinforceBelow()) {
          sb.append(x.t(", accessibilité à ", ", accessibility at "))
              .append(x.integer(Math.round(i.ratio() * 100)))
              .append(
                  theme.yardstick().kind() == Yardstick.Kind.NATIONAL
                      ? x.t(" % de la moyenne nationale", "% of the national mean")
                      : x.t(" % de la moyenne du territoire", "% of the territory's mean"));
        } else {
          sb.append(x.t(", une offre existe", ", supply exists"));
        }
        if (i.nearestKm() != null) {
          sb.append(
              i.nearestKm() == 0
                  ? x.t(" (offre dans la commune)", " (supply in the commune)")
                  : x.t(" (la plus proche : ", " (nearest: ")
                      + i.nearestPlace()
                      + ", "
                      + x.decimal1(i.nearestKm())
                      + " km)");
        }
      }
      case COUVERT -> {
        if (i.score() == null) {
          sb.append(x.t(", aucune offre à moins de ", ", no supply within "))
              .append(x.decimal2(max))
              .append(x.t(" km, mais sous le seuil de ", " km, but under the threshold of "))
              .append(x.integer(theme.theme().minimumPopulation()));
        } else {
          sb.append(x.t(", offre accessible", ", supply in reach"));
        }
      }
      case NON_EVALUABLE -> {
        return (theme.assessable() ? "" : who + " ; ")
            + x.t("non évaluable : ", "not assessable: ")
            + ElementReasons.notAssessable(i, theme, x);
      }
    }
    return needs(sb, i, x);
  }

  private static String needs(StringBuilder sb, Indicator i, Text x) {
    if (i.needs() > 0) {
      sb.append(" ; ").append(x.msg("reason.needs", i.needs()));
      if (i.needsWeight() != i.needs()) {
        sb.append(x.t(" (", " ("))
            .append(x.integer(i.needsWeight()))
            .append(x.t(" personnes)", " persons)"));
      }
    }
    if (i.robustness() != Robustness.SANS_OBJET) {
      sb.append(" ; ").append(i.robustness().label(x.french()));
    }
    return sb.toString();
  }

  /**
   * « 412 personnes de 75 ans et plus »: the commune's need with the theme's label, or « habitants
   * » when the commune fell back to its population.
   */
  static String who(Indicator i, ThemeResult theme, Text x) {
    Locale locale = x.french() ? Locale.FRENCH : Locale.ENGLISH;
    return x.integer(i.targetPopulation())
        + " "
        + (i.needSource() == Need.Source.FALLBACK
            ? x.t("habitants", "inhabitants")
            : theme.theme().target().label(locale))
        // A figure imputed from the EPCI or département (docs/methode.md, « Besoin »).
        + (i.needSource() == Need.Source.IMPUTED ? x.msg("report.need.estimated") : "");
  }

  /** Classification label. */
  public static String label(Classification c, Text x) {
    return c.label(x.french());
  }
}
