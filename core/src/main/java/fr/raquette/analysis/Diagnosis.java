package fr.raquette.analysis;

import fr.raquette.territory.Territory;
import java.util.List;

/**
 * The result of a diagnosis: every theme's indicators, and the gaps and weak answers sorted by
 * severity (most severe first, then commune code and theme, so the order is stable).
 */
public record Diagnosis(
    Territory territory, DiagnosisOptions options, List<ThemeResult> themes, List<Gap> gaps) {

  public Diagnosis {
    themes = List.copyOf(themes);
    gaps = List.copyOf(gaps);
  }
}
