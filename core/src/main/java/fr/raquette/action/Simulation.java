package fr.raquette.action;

import fr.raquette.analysis.Diagnoser;
import fr.raquette.analysis.Diagnosis;
import fr.raquette.analysis.DiagnosisOptions;
import fr.raquette.analysis.Indicator;
import fr.raquette.analysis.ThemeResult;
import fr.raquette.territory.Territory;
import fr.raquette.themes.ThemeCatalog;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the diagnosis of a territory as it is and as a scenario would make it, with the same themes,
 * method and yardstick, and lists what changes in the perimeter.
 *
 * @param applied what each change of the scenario did
 * @param before the diagnosis of the territory as it is
 * @param after the diagnosis with the scenario applied
 * @param diff the commune × themes whose class changed
 */
public record Simulation(
    List<ScenarioApplier.Applied> applied, Diagnosis before, Diagnosis after, DiagnosisDiff diff) {

  public static Simulation run(
      Territory t, ThemeCatalog catalog, DiagnosisOptions options, Scenario scenario) {
    return run(t, catalog, options, scenario, Diagnoser.run(t, catalog, options));
  }

  /** As {@link #run(Territory, ThemeCatalog, DiagnosisOptions, Scenario)}, reusing a diagnosis. */
  public static Simulation run(
      Territory t,
      ThemeCatalog catalog,
      DiagnosisOptions options,
      Scenario scenario,
      Diagnosis before) {
    ScenarioApplier.Result changed = ScenarioApplier.apply(t, catalog, scenario);
    Diagnosis after = Diagnoser.run(changed.territory(), catalog, options);
    return new Simulation(
        changed.applied(), before, after, DiagnosisDiff.of(rows(before), rows(after)));
  }

  /** The classes of a diagnosis's perimeter communes, as {@link ClassRow}s. */
  public static List<ClassRow> rows(Diagnosis d) {
    List<ClassRow> rows = new ArrayList<>();
    for (ThemeResult r : d.themes()) {
      for (Indicator i : r.indicators()) {
        if (d.territory().inPerimeter(i.commune())) {
          rows.add(
              new ClassRow(
                  i.commune(),
                  i.communeName(),
                  i.theme(),
                  i.classification(),
                  Double.valueOf(i.targetPopulation()),
                  i.score(),
                  i.nearestKm()));
        }
      }
    }
    return rows;
  }
}
