package fr.raquette.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.raquette.analysis.Classification;
import fr.raquette.analysis.Diagnosis;
import fr.raquette.analysis.ThemeResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One pass over a theme's indicators counts each class as ThemeResult.count does. */
class ClassCountsTest {
  @ParameterizedTest
  @ValueSource(strings = {"creuse", "rhone"})
  void sameAsCountingEachClass(String sample) {
    Diagnosis d = HtmlReportTest.sample(sample);
    long gaps = 0;
    for (ThemeResult r : d.themes()) {
      ClassCounts n = ClassCounts.of(r);
      for (Classification c : Classification.values()) {
        assertEquals(r.count(c), n.of(c), r.theme().id() + " " + c);
      }
      gaps += n.of(Classification.TROU) + n.of(Classification.RENFORCER);
    }
    assertEquals(d.gaps().size(), gaps, "every gap or weak answer counted once");
  }
}
