package fr.raquette.analysis;

import fr.raquette.access.Method;
import fr.raquette.load.ProgressListener;
import fr.raquette.territory.InputFile;
import fr.raquette.territory.Role;
import fr.raquette.territory.Territory;
import fr.raquette.themes.Element;
import fr.raquette.themes.Theme;
import fr.raquette.themes.ThemeCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Computes reference values ({@code raquette reference}): the diagnosis of a territory (all of
 * France for the shipped file) run with its own mean as yardstick, once per method and catchment
 * scale, and that mean ({@link ReferenceRule}) kept for every element judged by distance.
 */
public final class ReferenceComputation {
  private ReferenceComputation() {}

  /** The methods and scales the shipped file holds: every method of the diagnosis, every scale. */
  public static final List<Method> METHODS =
      List.of(Method.E2SFCA, Method.TWO_SFCA, Method.THREE_SFCA);

  public static List<Double> scales() {
    List<Double> s = new ArrayList<>();
    s.add(1.0);
    s.addAll(Sensitivity.SCALES);
    return s;
  }

  /**
   * The reference values of {@code territory}.
   *
   * @param command the command line that recomputes them, for the file's header
   * @param version Raquette's version
   */
  public static NationalReference compute(
      Territory territory,
      ThemeCatalog catalog,
      List<Method> methods,
      String command,
      String version,
      ProgressListener progress) {
    List<NationalReference.Row> rows = new ArrayList<>();
    for (Method m : methods) {
      for (double scale : scales()) {
        DiagnosisOptions o =
            new DiagnosisOptions(m, List.of(), DiagnosisOptions.DEFAULT_ACTORS_RADIUS_KM, 0)
                .atScale(scale);
        Diagnosis d = Diagnoser.run(territory, catalog, o, progress);
        for (ThemeResult r : d.themes()) {
          rows.addAll(rows(territory, r, m, scale));
        }
      }
    }
    List<NationalReference.Input> inputs =
        territory.inputs().stream()
            .map(f -> new NationalReference.Input(f.path(), f.sha256()))
            .toList();
    return new NationalReference(
        "", command, version, new TreeSet<>(territory.equipmentVintage().values()), inputs, rows);
  }

  /** One row per element of the theme judged by distance that could be judged here. */
  private static List<NationalReference.Row> rows(
      Territory territory, ThemeResult r, Method m, double scale) {
    List<NationalReference.Row> rows = new ArrayList<>();
    for (ElementSummary e : r.elements()) {
      if (e.element().scale().byDistance() && e.yardstick() != null) {
        rows.add(row(territory, r, e, m, scale));
      }
    }
    return rows;
  }

  private static NationalReference.Row row(
      Territory territory, ThemeResult r, ElementSummary e, Method m, double scale) {
    int in = 0;
    int out = 0;
    double population = 0;
    for (Indicator i : r.indicators()) {
      if (!territory.inPerimeter(i.commune())) {
        continue;
      }
      Double score = elementScore(i, e.element());
      if (score != null) {
        in++;
        population += i.targetPopulation();
      } else {
        out++;
      }
    }
    return new NationalReference.Row(
        r.theme().id(),
        e.element().id(),
        m,
        scale,
        definition(territory, r.theme(), e.element(), e.bpeCodes()),
        e.yardstick().territoryMean(),
        in,
        out,
        population);
  }

  private static Double elementScore(Indicator i, Element element) {
    for (ElementOutcome o : i.elements()) {
      if (o.element().equals(element)) {
        return o.score();
      }
    }
    return null;
  }

  /**
   * What an element of a theme measures in a territory ({@link NationalReference#definition}): the
   * BPE types looked for, whether France services sites count (the element counts them and the
   * territory has the list), the theme's target population and the element's bands.
   */
  public static String definition(
      Territory territory, Theme theme, Element element, List<String> bpeCodes) {
    boolean franceServices =
        element.franceServices()
            && territory.inputs().stream()
                .map(InputFile::role)
                .anyMatch(Role.FRANCE_SERVICES::equals);
    // The need expression, so that a reference computed with another need never applies.
    String target = theme.target().isTotal() ? "total" : theme.target().need().text();
    // With travel times the catchment is in minutes: another definition, never the km reference.
    String bands =
        territory.travelTimes().isEmpty()
            ? element.bands().toString()
            : element.bandsMin().toString() + " min";
    return NationalReference.definition(bpeCodes, franceServices, target, bands);
  }
}
