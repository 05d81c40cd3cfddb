package fr.raquette.report;

import fr.raquette.analysis.Classification;
import fr.raquette.analysis.ElementOutcome;
import fr.raquette.analysis.ElementSummary;
import fr.raquette.analysis.Indicator;
import fr.raquette.analysis.ThemeResult;
import fr.raquette.analysis.Yardstick;
import fr.raquette.territory.Commune;
import fr.raquette.territory.Territory;
import fr.raquette.themes.Element;
import fr.raquette.themes.Scale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words for a theme's basket: each judged element of a commune named with what was found ("pas
 * de médecin généraliste à moins de 20 km (le plus proche : Guéret, 24,1 km) ; pharmacie à 4,0
 * km"), the columns of {@code indicateurs.csv} that carry the element detail, and what the report
 * says once about elements that cannot be judged.
 */
final class ElementReasons {
  private ElementReasons() {}

  /** Appends the judged elements, gaps first, then weak answers, then covered ones. */
  static void append(StringBuilder sb, Indicator i, ThemeResult theme, Text x) {
    String separator = x.msg("md.sep.semicolon");
    List<ElementOutcome> elements = i.elements();
    sb.append(", ");
    boolean first = true;
    for (Classification c : IN_ORDER) {
      for (int k = 0; k < elements.size(); k++) {
        ElementOutcome o = elements.get(k);
        if (o.classification() == c) {
          sb.append(first ? "" : separator).append(part(o, i, theme, x));
          first = false;
        }
      }
    }
  }

  /** The order of the parts: gaps, weak answers, covered. */
  private static final Classification[] IN_ORDER = {
    Classification.TROU, Classification.RENFORCER, Classification.COUVERT
  };

  private static String part(ElementOutcome o, Indicator i, ThemeResult theme, Text x) {
    String label = o.element().label(x.french() ? Locale.FRENCH : Locale.ENGLISH);
    return switch (o.basis()) {
      case EPCI ->
          o.classification() == Classification.RENFORCER
              ? label + x.msg("element.in.epci.needs.declared")
              : label + x.msg("element.in.epci");
      case DEPARTEMENT -> label + x.msg("element.none.in.epci");
      default -> distancePart(o, label, i, theme, x);
    };
  }

  private static String distancePart(
      ElementOutcome o, String label, Indicator i, ThemeResult theme, Text x) {
    if (o.inMinutes()) {
      return minutesPart(o, label, i, theme, x);
    }
    double max = o.element().bands().max();
    switch (o.classification()) {
      case TROU -> {
        String s = x.msg("element.no") + label + x.msg("element.within") + x.decimal2(max) + " km";
        return s + Reasons.nearest("element", o.nearestPlace(), o.nearestKm(), x);
      }
      case RENFORCER -> {
        if (o.ratio() != null && o.ratio() < theme.theme().reinforceBelow()) {
          return label
              + x.msg("element.accessibility.at")
              + x.integer(Math.round(o.ratio() * 100))
              + (national(theme, o)
                  ? x.msg("reason.pct.national.mean")
                  : x.msg("reason.pct.territory.mean"))
              + at(o, i, x);
        }
        return label + x.msg("element.supply.exists") + at(o, i, x);
      }
      default -> {
        if (o.score() == null) {
          return x.msg("element.no")
              + label
              + x.msg("element.within")
              + x.decimal2(max)
              + x.msg("reason.km.under.threshold")
              + x.integer(theme.theme().minimumPopulation());
        }
        return label + at(o, i, x).replace(" (", " ").replace(")", "");
      }
    }
  }

  /**
   * An element judged in minutes (a {@code couts} file): « pas de médecin généraliste à moins de 30
   * min (le plus proche : Guéret, 34 min) », « pharmacie (à 14 min : Ahun) ».
   */
  private static String minutesPart(
      ElementOutcome o, String label, Indicator i, ThemeResult theme, Text x) {
    String max = x.decimal2(o.element().bandsMin().max());
    switch (o.classification()) {
      case TROU -> {
        return x.msg("reason.element.none.min", label, max) + nearestMinutes(o, x);
      }
      case RENFORCER -> {
        if (o.ratio() != null && o.ratio() < theme.theme().reinforceBelow()) {
          return label
              + x.msg(
                  national(theme, o)
                      ? "reason.element.ratio.national"
                      : "reason.element.ratio.territory",
                  x.integer(Math.round(o.ratio() * 100)))
              + atMinutes(o, i, x);
        }
        return label + x.msg("reason.element.supply.exists") + atMinutes(o, i, x);
      }
      default -> {
        if (o.score() == null) {
          return x.msg(
              "reason.element.under.threshold.min",
              label,
              max,
              x.integer(theme.theme().minimumPopulation()));
        }
        return label + atMinutes(o, i, x).replace(" (", " ").replace(")", "");
      }
    }
  }

  /** " (dans la commune)" or " (à 14 min : Guéret)". */
  private static String atMinutes(ElementOutcome o, Indicator i, Text x) {
    if (o.nearestKm() == null) {
      return "";
    }
    if (i.communeName().equals(o.nearestPlace())) {
      return x.msg("reason.in.commune");
    }
    return x.msg("reason.at.min", minutes(o.nearestKm(), x), o.nearestPlace());
  }

  private static String nearestMinutes(ElementOutcome o, Text x) {
    if (o.nearestKm() == null) {
      return x.msg("reason.nearest.none.min");
    }
    return x.msg("reason.nearest.min", o.nearestPlace(), minutes(o.nearestKm(), x));
  }

  /** Minutes of travel as the reasons write them: whole minutes. */
  static String minutes(double m, Text x) {
    return x.integer(Math.round(m));
  }

  /** Whether the element's ratio is against the national yardstick. */
  private static boolean national(ThemeResult theme, ElementOutcome o) {
    for (ElementSummary e : theme.elements()) {
      if (e.element().equals(o.element()) && e.yardstick() != null) {
        return e.yardstick().kind() == Yardstick.Kind.NATIONAL;
      }
    }
    return false;
  }

  /** " (dans la commune)" or " (à 4,0 km : Guéret)". */
  private static String at(ElementOutcome o, Indicator i, Text x) {
    if (o.nearestKm() == null) {
      return "";
    }
    if (o.nearestKm() == 0 || i.communeName().equals(o.nearestPlace())) {
      return x.msg("element.in.commune");
    }
    return x.msg("element.at", x.decimal1(o.nearestKm()), o.nearestPlace());
  }

  /** Why a commune × theme is not assessable, from its elements' bases. */
  static String notAssessable(Indicator i, ThemeResult theme, Text x) {
    String why = notAssessable(i, x);
    boolean departement =
        theme.elements().stream()
            .anyMatch(e -> e.element().scale() == Scale.DEPARTEMENT && e.assessable());
    // Handicap or Logement: nothing judged commune by commune, but the département-scale services
    // are, in their own table; saying only "non évaluable" would hide them.
    return departement ? why + x.msg("report.reason.departementScale") : why;
  }

  private static String notAssessable(Indicator i, Text x) {
    ElementOutcome.Basis why = ElementOutcome.Basis.NO_SOURCE;
    for (ElementOutcome.Basis b :
        List.of(
            ElementOutcome.Basis.NO_OUTLINE,
            ElementOutcome.Basis.NO_TRAVEL_TIME,
            ElementOutcome.Basis.NOT_COVERED,
            ElementOutcome.Basis.EMPTY_SOURCE,
            ElementOutcome.Basis.ABSENT)) {
      if (i.elements().stream().anyMatch(o -> o.basis() == b)) {
        why = b;
        break;
      }
    }
    return switch (why) {
      case NO_OUTLINE -> x.msg("element.no.outline");
      case NO_TRAVEL_TIME -> x.msg("reason.no.travel.time");
      case NOT_COVERED -> x.msg("element.partial.source.commune");
      case EMPTY_SOURCE -> x.msg("element.empty.source.territory");
      case ABSENT -> x.msg("report.reason.homeAbsent");
      default -> x.msg("element.no.exhaustive.source");
    };
  }

  /**
   * The ids of the elements classed "trou" in the commune, for {@code element_manquant}: {@code sb}
   * emptied, then filled (one builder reused row after row).
   */
  static StringBuilder missing(StringBuilder sb, Indicator i) {
    sb.setLength(0);
    List<ElementOutcome> elements = i.elements();
    for (int k = 0; k < elements.size(); k++) {
      ElementOutcome o = elements.get(k);
      if (o.classification() == Classification.TROU) {
        if (sb.length() > 0) {
          sb.append('|');
        }
        sb.append(o.element().id());
      }
    }
    return sb;
  }

  /**
   * Every judged element as {@code id:classe[:km or rule]}, for {@code detail_elements}: {@code
   * medecin:couvert:3.20|infirmier:trou:24.10|ssiad:couvert:epci} (minutes instead of km when the
   * diagnosis measured travel times, as the column {@code temps_plus_proche_min} says). {@code sb}
   * is emptied, then filled (one builder reused row after row: a national file has 350,000 rows).
   */
  static StringBuilder detail(StringBuilder sb, Indicator i) {
    sb.setLength(0);
    List<ElementOutcome> elements = i.elements();
    for (int k = 0; k < elements.size(); k++) {
      ElementOutcome o = elements.get(k);
      if (k > 0) {
        sb.append('|');
      }
      sb.append(o.element().id()).append(':').append(o.classification().id()).append(':');
      if (!o.basis().byDistance()) {
        sb.append(BASIS_IDS[o.basis().ordinal()]);
      } else if (o.nearestKm() != null && !o.nearestKm().isNaN()) {
        Decimals.append(sb, o.nearestKm(), 2);
      }
    }
    return sb;
  }

  /** Each basis as {@link #detail} writes it: {@code no-source}. */
  private static final String[] BASIS_IDS =
      java.util.Arrays.stream(ElementOutcome.Basis.values())
          .map(b -> b.name().toLowerCase(Locale.ROOT).replace('_', '-'))
          .toArray(String[]::new);

  /**
   * For each home service of the basket, the perimeter's départements where the source records
   * none: there it is "non évaluable" (see {@code Classifier.classifyHome}), said once.
   */
  static List<String> homeAbsent(ThemeResult r, Territory t, Text x, Locale locale) {
    Map<Element, java.util.SortedSet<String>> absent = new java.util.LinkedHashMap<>();
    for (Indicator i : r.indicators()) {
      List<ElementOutcome> elements = i.elements();
      for (int j = 0; j < elements.size(); j++) {
        ElementOutcome o = elements.get(j);
        if (o.basis() == ElementOutcome.Basis.ABSENT) {
          Commune c = t.communes().get(i.commune());
          absent
              .computeIfAbsent(o.element(), k -> new java.util.TreeSet<>())
              .add(c == null ? "?" : c.departement());
        }
      }
    }
    List<String> items = new ArrayList<>();
    absent.forEach(
        (e, deps) ->
            items.add(
                x.msg(
                    "report.limit.homeAbsent",
                    r.theme().label(locale),
                    e.label(locale),
                    (long) deps.size(),
                    String.join(", ", deps))));
    return items;
  }

  /** What the report says once about the elements of a theme that cannot be judged everywhere. */
  static List<String> coverage(ThemeResult r, Text x, Locale locale) {
    List<String> items = new ArrayList<>();
    if (!r.theme().isBasket()) {
      for (ElementSummary e : r.elements()) {
        if (e.coverage() == ElementSummary.Coverage.EMPTY_SOURCE) {
          items.add(r.theme().label(locale) + x.msg("element.not.assessable.empty.sources"));
        } else if (e.coverage() == ElementSummary.Coverage.PARTIAL) {
          items.add(partial(r.theme().label(locale), e, x));
        }
      }
      return items;
    }
    for (ElementSummary e : r.elements()) {
      String name = r.theme().label(locale) + " — " + e.element().label(locale);
      switch (e.coverage()) {
        case EMPTY_SOURCE ->
            items.add(
                name
                    + x.msg("element.not.assessable.empty.territory")
                    + (e.bpeCodes().isEmpty() ? "—" : String.join(", ", e.bpeCodes()))
                    + ").");
        case NO_SOURCE -> items.add(name + x.msg("element.not.assessable.no.source"));
        case PARTIAL -> items.add(partial(name, e, x));
        default -> {}
      }
    }
    return items;
  }

  private static String partial(String name, ElementSummary e, Text x) {
    return name
        + x.msg("element.partial.di")
        + x.integer(e.covered())
        + x.msg("element.communes.of")
        + x.integer(e.communes())
        + x.msg("element.communes.only");
  }
}
