package fr.raquette.report;

import fr.raquette.analysis.Classification;
import fr.raquette.analysis.Gap;
import fr.raquette.analysis.Indicator;
import fr.raquette.analysis.Need;
import fr.raquette.analysis.Robustness;
import fr.raquette.analysis.ThemeResult;
import fr.raquette.analysis.Yardstick;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The one-line reason of a classification, which a reader can check against the input files: « 1
 * 450 habitants, aucune offre à moins de 20 km (la plus proche : Guéret, 23,4 km) ; 3 besoins
 * déclarés ».
 */
public final class Reasons {
  private Reasons() {}

  public static String of(Indicator i, ThemeResult theme, Text x) {
    // Room for a basket's reason.
    return append(new StringBuilder(256), i, theme, x).toString();
  }

  /**
   * Appends the reason to {@code sb} and returns it: trous.csv writes 50,000 reasons on all of
   * France from one builder, where a String each (their builder grown, turned to UTF-16 by the
   * first accent, then copied) made most of the file's allocation.
   */
  static StringBuilder append(StringBuilder sb, Indicator i, ThemeResult theme, Text x) {
    int start = sb.length();
    who(sb, i, theme, x);
    if (theme.theme().isBasket() && i.classification() != Classification.NON_EVALUABLE) {
      ElementReasons.append(sb, i, theme, x);
      return needs(sb, i, x);
    }
    if (i.elements().stream().anyMatch(fr.raquette.analysis.ElementOutcome::inMinutes)) {
      return needs(inMinutes(sb, i, theme, x), i, x);
    }
    switch (i.classification()) {
      case TROU -> gap(sb, i, theme, x);
      case RENFORCER -> weak(sb, i, theme, x);
      case COUVERT -> covered(sb, i, theme, x);
      case NON_EVALUABLE -> {
        if (theme.assessable()) {
          sb.setLength(start); // who is said only when the theme cannot be assessed anywhere
        } else {
          sb.append(x.msg("md.sep.semicolon"));
        }
        return sb.append(x.msg("reason.not.assessable"))
            .append(ElementReasons.notAssessable(i, theme, x));
      }
    }
    return needs(sb, i, x);
  }

  /** « aucune offre à moins de 20 km (la plus proche : Guéret, 23,4 km) ». */
  private static void gap(StringBuilder sb, Indicator i, ThemeResult theme, Text x) {
    sb.append(x.msg("reason.no.supply.within"))
        .append(x.decimal2(theme.theme().bands().max()))
        .append(" km");
    sb.append(nearest("reason", i.nearestPlace(), i.nearestKm(), x));
  }

  /** « accessibilité à 42 % de la moyenne nationale (la plus proche : Guéret, 23,4 km) ». */
  private static void weak(StringBuilder sb, Indicator i, ThemeResult theme, Text x) {
    if (i.ratio() != null && i.ratio() < theme.theme().reinforceBelow()) {
      sb.append(x.msg("reason.accessibility.at"))
          .append(x.integer(Math.round(i.ratio() * 100)))
          .append(
              theme.yardstick().kind() == Yardstick.Kind.NATIONAL
                  ? x.msg("reason.pct.national.mean")
                  : x.msg("reason.pct.territory.mean"));
    } else {
      sb.append(x.msg("reason.supply.exists"));
    }
    if (i.nearestKm() != null) {
      sb.append(
          i.nearestKm() == 0
              ? x.msg("reason.supply.in.commune")
              : nearest("reason", i.nearestPlace(), i.nearestKm(), x));
    }
  }

  /** Supply in reach, or none but under the theme's population threshold. */
  private static void covered(StringBuilder sb, Indicator i, ThemeResult theme, Text x) {
    if (i.score() == null) {
      sb.append(x.msg("reason.no.supply.within"))
          .append(x.decimal2(theme.theme().bands().max()))
          .append(x.msg("reason.km.under.threshold"))
          .append(x.integer(theme.theme().minimumPopulation()));
    } else {
      sb.append(x.msg("reason.supply.in.reach"));
    }
  }

  /**
   * « (la plus proche : Guéret, 23,4 km) », or « (aucune à moins de 100 km sur la même terre) »
   * when {@code km} is null ({@code NearestOffer} never looks farther, nor across the sea).
   *
   * @param keys {@code reason} (an offer, feminine in French) or {@code element} (an equipment):
   *     the messages {@code keys.nearest.open} and {@code keys.none.within.land}
   */
  static String nearest(String keys, String place, Double km, Text x) {
    if (km == null) {
      return x.msg(
          keys + ".none.within.land", x.integer(fr.raquette.analysis.Diagnoser.NEAREST_OFFER_KM));
    }
    return x.msg(keys + ".nearest.open") + place + ", " + x.decimal1(km) + " km)";
  }

  /**
   * The actors near a finding, « Mairie (3,2 km), CCAS (4,0 km) », their names through {@code name}
   * (escaped for the format); {@code none} when there is none.
   */
  static String actors(Gap g, Text x, UnaryOperator<String> name, String none) {
    if (g.actors().isEmpty()) {
      return none;
    }
    StringBuilder sb = new StringBuilder();
    for (Gap.NearbyActor a : g.actors()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(name.apply(a.actor().name()))
          .append(" (")
          .append(x.decimal1(a.km()))
          .append(" km)");
    }
    return sb.toString();
  }

  /**
   * A theme of one element judged in minutes (a {@code couts} file): « 412 habitants, aucune offre
   * à moins de 30 min (la plus proche : Guéret, 34 min) ».
   */
  private static StringBuilder inMinutes(StringBuilder sb, Indicator i, ThemeResult theme, Text x) {
    String max = x.decimal2(theme.theme().elements().get(0).bandsMin().max());
    String nearest =
        i.nearestKm() == null
            ? x.msg("reason.nearest.none.min")
            : x.msg(
                "reason.nearest.min", i.nearestPlace(), ElementReasons.minutes(i.nearestKm(), x));
    switch (i.classification()) {
      case TROU -> sb.append(x.msg("reason.none.within.min", max)).append(nearest);
      case RENFORCER -> {
        if (i.ratio() != null && i.ratio() < theme.theme().reinforceBelow()) {
          sb.append(
              x.msg(
                  theme.yardstick().kind() == Yardstick.Kind.NATIONAL
                      ? "reason.theme.ratio.national"
                      : "reason.theme.ratio.territory",
                  x.integer(Math.round(i.ratio() * 100))));
        } else {
          sb.append(x.msg("reason.theme.supply.exists"));
        }
        if (i.nearestKm() != null) {
          sb.append(
              i.communeName().equals(i.nearestPlace())
                  ? x.msg("reason.theme.supply.in.commune")
                  : nearest);
        }
      }
      default ->
          sb.append(
              i.score() == null
                  ? x.msg(
                      "reason.none.within.min.under",
                      max,
                      x.integer(theme.theme().minimumPopulation()))
                  : x.msg("reason.theme.supply.in.reach"));
    }
    return sb;
  }

  private static StringBuilder needs(StringBuilder sb, Indicator i, Text x) {
    if (i.needs() > 0) {
      sb.append(x.msg("md.sep.semicolon")).append(x.msg("reason.needs", i.needs()));
      if (i.needsWeight() != i.needs()) {
        sb.append(x.msg("reason.paren.open"))
            .append(x.integer(i.needsWeight()))
            .append(x.msg("reason.persons.close"));
      }
    }
    if (i.robustness() != Robustness.SANS_OBJET) {
      sb.append(x.msg("md.sep.semicolon")).append(i.robustness().label(x.french()));
    }
    return sb;
  }

  /**
   * « 412 personnes de 75 ans et plus »: the commune's need with the theme's label, or « habitants
   * » when the commune fell back to its population.
   */
  static void who(StringBuilder sb, Indicator i, ThemeResult theme, Text x) {
    Locale locale = x.french() ? Locale.FRENCH : Locale.ENGLISH;
    x.appendInteger(sb, i.targetPopulation())
        .append(' ')
        .append(
            i.needSource() == Need.Source.FALLBACK
                ? x.msg("reason.inhabitants")
                : theme.theme().target().label(locale));
    if (i.needSource() == Need.Source.IMPUTED) {
      // A figure imputed from the EPCI or département (docs/methode.md, « Besoin »).
      sb.append(x.msg("report.need.estimated"));
    }
  }

  /** Classification label. */
  public static String label(Classification c, Text x) {
    return c.label(x.french());
  }
}
