package fr.raquette.analysis;

import static fr.raquette.analysis.Classification.COUVERT;
import static fr.raquette.analysis.Classification.NON_EVALUABLE;
import static fr.raquette.analysis.Classification.RENFORCER;
import static fr.raquette.analysis.Classification.TROU;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of the classification table of docs/methode.md ("Classement"), and the severity rules
 * ("Sévérité"), on facts given by hand. Threshold 0.5, catchment 20 km, minimum population known
 * through {@code below}.
 */
class ClassifierTest {

  /** One case: the facts that matter, and what the method says. */
  static Arguments row(
      String rule,
      boolean evaluable,
      long target,
      Double score,
      double reference,
      boolean below,
      int needs,
      double weight,
      Double nearestKm,
      Classification expected,
      Double ratio,
      double severity) {
    return Arguments.of(
        rule,
        new Classifier.Facts(
            evaluable, target, score, reference, 0.5, below, needs, weight, nearestKm, 20),
        new Classifier.Verdict(expected, ratio, severity));
  }

  static Stream<Arguments> table() {
    return Stream.of(
        // non évaluable: no source, or no outline — whatever the rest says.
        row("non évaluable", false, 3000, null, 1, false, 2, 30, null, NON_EVALUABLE, null, 0),
        row(
            "non évaluable, score ignoré",
            false,
            3000,
            0.1,
            1,
            false,
            0,
            0,
            0.0,
            NON_EVALUABLE,
            null,
            0),
        // trou: no score and (a declared need or target ≥ minimum).
        // 1000·(1 + min(20, 32 − 20)/20) = 1600
        row("trou: cible ≥ minimum", true, 1000, null, 1, false, 0, 0, 32.0, TROU, null, 1600),
        // e capped at D: 1000·(1 + 20/20) + 0
        row(
            "trou: offre très loin, e plafonné",
            true,
            1000,
            null,
            1,
            false,
            0,
            0,
            90.0,
            TROU,
            null,
            2000),
        // no offer at all: e = D
        row(
            "trou: aucune offre nulle part",
            true,
            1000,
            null,
            1,
            false,
            0,
            0,
            null,
            TROU,
            null,
            2000),
        // nearest within the catchment but no score (e = 0)
        row("trou: e = 0", true, 1000, null, 1, false, 0, 0, 12.0, TROU, null, 1000),
        // 50·(1 + 5/20) + 12
        row(
            "trou: besoin déclaré sous le minimum",
            true,
            50,
            null,
            1,
            true,
            1,
            12,
            25.0,
            TROU,
            null,
            74.5),
        // à renforcer: ratio < 0.5 and target ≥ minimum: 1000·(1 − 0.2) + 0
        row(
            "renforcer: ratio sous le seuil",
            true,
            1000,
            0.2,
            1,
            false,
            0,
            0,
            0.0,
            RENFORCER,
            0.2,
            800),
        // plus the persons of declared needs: 1000·(1 − 0.25) + 30
        row(
            "renforcer: ratio sous le seuil + besoins",
            true,
            1000,
            0.5,
            2,
            false,
            1,
            30,
            3.0,
            RENFORCER,
            0.25,
            780),
        // à renforcer: needs declared despite supply in reach: severity W
        row(
            "renforcer: besoins malgré l'offre",
            true,
            1000,
            2.0,
            1,
            false,
            2,
            40,
            0.0,
            RENFORCER,
            2.0,
            40),
        row(
            "renforcer: besoins, sous le minimum",
            true,
            10,
            0.1,
            1,
            true,
            1,
            5,
            0.0,
            RENFORCER,
            0.1,
            5),
        // couvert
        row(
            "couvert: ratio au seuil (strict)",
            true,
            1000,
            0.5,
            1,
            false,
            0,
            0,
            0.0,
            COUVERT,
            0.5,
            0),
        row("couvert: ratio au-dessus", true, 1000, 1.5, 1, false, 0, 0, 0.0, COUVERT, 1.5, 0),
        row(
            "couvert: ratio bas mais sous le minimum",
            true,
            10,
            0.1,
            1,
            true,
            0,
            0,
            4.0,
            COUVERT,
            0.1,
            0),
        row(
            "couvert: pas d'offre, sous le minimum, aucun besoin",
            true,
            50,
            null,
            1,
            true,
            0,
            0,
            40.0,
            COUVERT,
            null,
            0),
        row(
            "couvert: pas de référence, pas de ratio",
            true,
            1000,
            0.3,
            0,
            false,
            0,
            0,
            0.0,
            COUVERT,
            null,
            0),
        row(
            "renforcer: pas de référence, besoins",
            true,
            1000,
            0.3,
            0,
            false,
            1,
            7,
            0.0,
            RENFORCER,
            null,
            7));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void classifiesByTheTableOfTheMethod(
      String rule, Classifier.Facts facts, Classifier.Verdict expected) {
    Classifier.Verdict v = Classifier.classify(facts);
    assertEquals(expected.classification(), v.classification(), rule);
    if (facts.evaluable()) {
      // The class alone, from primitives (the sensitivity's), is the same.
      double score = facts.score() == null ? Double.NaN : facts.score();
      Classification c =
          Classifier.classOf(
              score,
              facts.reference(),
              facts.reinforceBelow(),
              facts.belowMinimum(),
              facts.needs());
      assertEquals(expected.classification(), c, rule + " (classOf)");
    }
    assertEquals(expected.ratio(), v.ratio(), rule);
    assertEquals(expected.severity(), v.severity(), 1e-9, rule);
  }

  static Stream<Arguments> home() {
    ElementOutcome.Basis epci = ElementOutcome.Basis.EPCI;
    ElementOutcome.Basis dep = ElementOutcome.Basis.DEPARTEMENT;
    ElementOutcome.Basis absent = ElementOutcome.Basis.ABSENT;
    return Stream.of(
        home("dans l'EPCI", 500, false, 0, 0, true, true, COUVERT, 0, epci),
        home("dans l'EPCI, besoins déclarés", 500, false, 2, 15, true, true, RENFORCER, 15, epci),
        home("hors EPCI, dans le département", 500, false, 0, 0, false, true, COUVERT, 0, dep),
        home("hors EPCI, besoins déclarés", 500, false, 1, 9, false, true, RENFORCER, 9, dep),
        // None in the whole département: the source's absence, not the territory's.
        home("absent du département", 500, false, 0, 0, false, false, NON_EVALUABLE, 0, absent),
        home("absent, besoins déclarés", 500, false, 1, 9, false, false, NON_EVALUABLE, 0, absent),
        home("absent, sous le minimum", 10, true, 0, 0, false, false, NON_EVALUABLE, 0, absent));
  }

  static Arguments home(
      String rule,
      long target,
      boolean below,
      int needs,
      double weight,
      boolean inEpci,
      boolean inDepartement,
      Classification expected,
      double severity,
      ElementOutcome.Basis basis) {
    return Arguments.of(
        rule,
        new Classifier.HomeFacts(target, below, needs, weight, inEpci, inDepartement),
        new Classifier.HomeVerdict(expected, severity, basis));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("home")
  void classifiesHomeServicesByTheTableOfTheMethod(
      String rule, Classifier.HomeFacts facts, Classifier.HomeVerdict expected) {
    Classifier.HomeVerdict v = Classifier.classifyHome(facts);
    assertEquals(expected.classification(), v.classification(), rule);
    assertEquals(expected.basis(), v.basis(), rule);
    assertEquals(expected.severity(), v.severity(), 1e-9, rule);
  }

  /** Which findings rest on declared needs alone (the synthesis lists them after the others). */
  static Stream<Arguments> declaredOnly() {
    return Stream.of(
        // facts: target, score, below, needs, weight → rests on declared needs?
        Arguments.of("trou mesuré", facts(1000, null, false, 0, 0), false),
        Arguments.of("trou mesuré, besoins aussi", facts(1000, null, false, 2, 30), false),
        Arguments.of("trou sous le minimum, besoin", facts(10, null, true, 1, 3), true),
        Arguments.of("renforcer mesuré", facts(1000, 0.2, false, 0, 0), false),
        Arguments.of("renforcer mesuré, besoins aussi", facts(1000, 0.2, false, 1, 5), false),
        Arguments.of("renforcer par les besoins", facts(1000, 0.9, false, 2, 7), true),
        Arguments.of("renforcer sous le minimum, besoin", facts(10, 0.1, true, 1, 4), true),
        Arguments.of("couvert", facts(1000, 0.9, false, 0, 0), false));
  }

  private static Classifier.Facts facts(
      long target, Double score, boolean below, int needs, double weight) {
    return new Classifier.Facts(
        true, target, score, 1, 0.5, below, needs, weight, score == null ? 32.0 : 1.0, 20);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("declaredOnly")
  void tellsTheFindingsThatRestOnDeclaredNeeds(String rule, Classifier.Facts f, boolean expected) {
    Classifier.Verdict v = Classifier.classify(f);
    Indicator i =
        new Indicator(
            "23001",
            "A",
            "sante",
            f.target(),
            null,
            0,
            0,
            f.nearestKm(),
            null,
            null,
            f.score(),
            v.ratio(),
            f.needs(),
            f.needsWeight(),
            f.belowMinimum(),
            v.classification(),
            v.severity());
    assertEquals(expected, Classifier.restsOnDeclaredNeeds(i), rule);
  }
}
