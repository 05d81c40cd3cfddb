package fr.raquette.analysis;

import static fr.raquette.analysis.Classification.COUVERT;
import static fr.raquette.analysis.Classification.NON_EVALUABLE;
import static fr.raquette.analysis.Classification.RENFORCER;
import static fr.raquette.analysis.Classification.TROU;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The sensitivity rule (docs/methode.md, "Sensibilité à la zone de desserte"). */
class SensitivityTest {

  /** The class at 1×, at 0.75× and at 1.5×, and the robustness expected. */
  record Case(Classification one, Classification narrow, Classification wide, Robustness r) {}

  static final List<Case> CASES =
      List.of(
          new Case(TROU, TROU, TROU, Robustness.ROBUSTE),
          // Supply within 1.5 D: the "trou" does not hold, even if a weak answer remains.
          new Case(TROU, TROU, RENFORCER, Robustness.SENSIBLE),
          new Case(TROU, TROU, COUVERT, Robustness.SENSIBLE),
          new Case(RENFORCER, RENFORCER, RENFORCER, Robustness.ROBUSTE),
          // Narrower: no supply left at all, the finding is graver, so it holds.
          new Case(RENFORCER, TROU, RENFORCER, Robustness.ROBUSTE),
          new Case(RENFORCER, COUVERT, RENFORCER, Robustness.SENSIBLE),
          new Case(RENFORCER, RENFORCER, COUVERT, Robustness.SENSIBLE),
          new Case(RENFORCER, COUVERT, COUVERT, Robustness.SENSIBLE),
          new Case(COUVERT, TROU, RENFORCER, Robustness.SANS_OBJET),
          new Case(NON_EVALUABLE, NON_EVALUABLE, NON_EVALUABLE, Robustness.SANS_OBJET));

  @Test
  void aGapIsRobustWhenItHoldsAtBothScales() {
    for (Case c : CASES) {
      assertEquals(c.r(), Sensitivity.of(c.one(), List.of(c.narrow(), c.wide())), c.toString());
    }
  }

  /** Nearest offer (km, null: none), catchment, scale, and whether a trou still holds. */
  record Trou(Double nearestKm, double catchmentKm, double scale, boolean holds) {}

  static final List<Trou> TROUS =
      List.of(
          new Trou(25.0, 20, 0.75, true),
          new Trou(25.0, 20, 1.5, false),
          new Trou(31.0, 20, 1.5, true),
          // 30 km is within 1.5 × 20 km (inclusive catchment): the trou does not hold.
          new Trou(30.0, 20, 1.5, false),
          new Trou(21.0, 20, 1.5, false),
          new Trou(null, 20, 1.5, true),
          new Trou(46.9, 30, 1.5, true),
          new Trou(32.4, 30, 1.5, false));

  @Test
  void aTrouAtAWiderCatchmentNeedsOnlyTheNearestOffer() {
    for (Trou t : TROUS) {
      assertEquals(
          t.holds(),
          Sensitivity.trouHolds(t.nearestKm(), t.catchmentKm(), t.scale()),
          t.toString());
    }
  }
}
