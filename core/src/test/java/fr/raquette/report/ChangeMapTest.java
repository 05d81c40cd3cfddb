package fr.raquette.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.raquette.action.ClassChange;
import fr.raquette.action.ClassRow;
import fr.raquette.analysis.Classification;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeMapTest {
  private static ClassChange change(String theme, Classification a, Classification b) {
    return new ClassChange(
        new ClassRow("23001", "Ahun", theme, a, 100.0, null, null),
        new ClassRow("23001", "Ahun", theme, b, 100.0, null, null));
  }

  private static final ClassChange CLOSED =
      change("sante", Classification.TROU, Classification.COUVERT);
  private static final ClassChange OPENED =
      change("famille", Classification.COUVERT, Classification.RENFORCER);
  private static final ClassChange MOVED =
      change("numerique", Classification.TROU, Classification.RENFORCER);
  private static final ClassChange EVALUATION =
      change("logement", Classification.NON_EVALUABLE, Classification.COUVERT);

  /** A commune shows its most telling change: a new gap before a closed one, and so on. */
  @Test
  void aCommuneShowsItsMostTellingChange() {
    record Case(List<ClassChange> changes, boolean site, ChangeMap.Shown expected) {}
    List<Case> cases = new ArrayList<>();
    cases.add(new Case(List.of(), false, ChangeMap.Shown.SAME));
    cases.add(new Case(List.of(), true, ChangeMap.Shown.SITE));
    cases.add(new Case(List.of(EVALUATION), true, ChangeMap.Shown.EVALUATION));
    cases.add(new Case(List.of(EVALUATION, MOVED), false, ChangeMap.Shown.MOVED));
    cases.add(new Case(List.of(MOVED, CLOSED), false, ChangeMap.Shown.CLOSED));
    cases.add(new Case(List.of(CLOSED, OPENED, MOVED), true, ChangeMap.Shown.OPENED));
    for (Case c : cases) {
      assertEquals(c.expected(), ChangeMap.shown(c.changes(), c.site()), c.toString());
    }
  }
}
