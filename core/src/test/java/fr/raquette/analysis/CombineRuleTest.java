package fr.raquette.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.raquette.analysis.ElementOutcome.Basis;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How a commune's elements combine into its class (docs/methode.md, "Échelles"), on a table: which
 * outcome decides ({@link Diagnoser#isWorse}, in basket order), and the class found from the
 * classes alone ({@link Diagnoser#worstClass}, used by the sensitivity) is that outcome's.
 */
class CombineRuleTest {
  private static ElementOutcome o(Classification c, double severity, Double score, Basis basis) {
    return new ElementOutcome(null, c, severity, null, null, null, score, null, basis);
  }

  private static final ElementOutcome TROU_10 = o(Classification.TROU, 10, null, Basis.DISTANCE);
  private static final ElementOutcome TROU_20 = o(Classification.TROU, 20, null, Basis.DISTANCE);
  private static final ElementOutcome WEAK_500 =
      o(Classification.RENFORCER, 500, 0.2, Basis.DISTANCE);
  private static final ElementOutcome WEAK_HOME =
      o(Classification.RENFORCER, 500, null, Basis.EPCI);
  private static final ElementOutcome COVERED = o(Classification.COUVERT, 0, 1.2, Basis.DISTANCE);
  private static final ElementOutcome COVERED_TOO =
      o(Classification.COUVERT, 0, 0.9, Basis.DISTANCE);
  private static final ElementOutcome UNREACHED =
      o(Classification.COUVERT, 0, null, Basis.DISTANCE);
  private static final ElementOutcome HOME = o(Classification.COUVERT, 0, null, Basis.EPCI);
  private static final ElementOutcome NONE =
      o(Classification.NON_EVALUABLE, 0, null, Basis.NO_SOURCE);

  /** Outcomes in basket order, and the index of the one that decides (-1: none, non évaluable). */
  static Stream<Arguments> table() {
    return Stream.of(
        Arguments.of("a gap before a weak answer", List.of(WEAK_500, TROU_10), 1),
        Arguments.of("a weak answer before covered", List.of(COVERED, WEAK_500), 1),
        Arguments.of("covered before not assessable", List.of(NONE, COVERED), 1),
        Arguments.of("nothing assessable", List.of(NONE, NONE), -1),
        Arguments.of("the graver gap", List.of(TROU_20, TROU_10), 0),
        Arguments.of("the graver gap, second", List.of(TROU_10, TROU_20), 1),
        Arguments.of("equal weak answers: the first", List.of(WEAK_HOME, WEAK_500), 0),
        Arguments.of("covered unreached before reached", List.of(COVERED, UNREACHED), 1),
        Arguments.of("covered unreached first stays", List.of(UNREACHED, COVERED), 0),
        Arguments.of("both covered: the first", List.of(COVERED, COVERED_TOO), 0),
        Arguments.of("a home service is never unreached", List.of(COVERED, HOME), 0),
        Arguments.of("a single outcome", List.of(WEAK_HOME), 0),
        Arguments.of("three elements", List.of(COVERED, TROU_10, NONE, WEAK_500), 1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void theWorstOutcomeDecides(String what, List<ElementOutcome> outcomes, int decides) {
    ElementOutcome worst = null;
    Classification worstClass = null;
    for (ElementOutcome o : outcomes) {
      if (Diagnoser.isWorse(o, worst)) {
        worst = o;
      }
      worstClass = Diagnoser.worstClass(worstClass, o.classification());
    }
    assertEquals(decides < 0 ? null : outcomes.get(decides), worst, what);
    assertEquals(worst == null ? null : worst.classification(), worstClass, what);
  }
}
