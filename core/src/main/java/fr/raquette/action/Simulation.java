package fr.raquette.action;

import fr.raquette.analysis.Diagnoser;
import fr.raquette.analysis.Diagnosis;
import fr.raquette.analysis.DiagnosisOptions;
import fr.raquette.analysis.Indicator;
import fr.raquette.analysis.ThemeResult;
import fr.raquette.territory.Territory;
import fr.raquette.themes.ThemeCatalog;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the diagnosis of a territory as it is and as a scenario would make it, with the same themes,
 * method and yardstick, and lists what changes in the perimeter.
 *
 * @param applied what each change of the scenario did
 * @param before the diagnosis of the territory as it is
 * @param after the diagnosis with the scenario applied
 * @param diff the commune × themes whose class changed
 * @param reach for each service added, in the scenario's order, the gap communes of its theme it
 *     newly brings within reach and their people ({@link Coverage}; a later site of the same theme
 *     counts only the communes no earlier one reached)
 */
public record Simulation(
    List<ScenarioApplier.Applied> applied,
    Diagnosis before,
    Diagnosis after,
    DiagnosisDiff diff,
    List<Site> reach) {

  public Simulation {
    applied = List.copyOf(applied);
    reach = List.copyOf(reach);
  }

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
        changed.applied(),
        before,
        after,
        DiagnosisDiff.of(rows(before), rows(after)),
        reach(changed.applied(), catalog, options, before));
  }

  /** Who each added service reaches, theme by theme in the scenario's order. */
  private static List<Site> reach(
      List<ScenarioApplier.Applied> applied,
      ThemeCatalog catalog,
      DiagnosisOptions options,
      Diagnosis before) {
    Map<String, List<String>> byTheme = new LinkedHashMap<>();
    for (ScenarioApplier.Applied a : applied) {
      if (a.change().kind() == Scenario.Kind.ADD) {
        String id = catalog.resolveThemeId(a.change().theme()).orElseThrow();
        byTheme.computeIfAbsent(id, k -> new ArrayList<>()).add(a.commune());
      }
    }
    Map<String, Iterator<Site>> sites = new LinkedHashMap<>();
    byTheme.forEach(
        (id, communes) -> {
          double km = catalog.get(id).orElseThrow().bands().max() * options.catchmentScale();
          Coverage demand = Coverage.of(before, id, km);
          sites.put(id, demand.sites(before.territory(), communes).iterator());
        });
    List<Site> out = new ArrayList<>();
    for (ScenarioApplier.Applied a : applied) {
      if (a.change().kind() == Scenario.Kind.ADD) {
        out.add(sites.get(catalog.resolveThemeId(a.change().theme()).orElseThrow()).next());
      }
    }
    return out;
  }

  /** All the people the added services newly reach, every theme together. */
  public double peopleReached() {
    return reach.stream().mapToDouble(Site::people).sum();
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
