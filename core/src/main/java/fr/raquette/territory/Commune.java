package fr.raquette.territory;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A commune of the territory, in the territory's target COG.
 *
 * @param code INSEE code, always text ({@code 01001}, {@code 2A004})
 * @param population legal population (PMUN), or census total when that is the only source
 * @param figures what the census, households and income files say of the commune, keyed by INSEE's
 *     variable name without its year ({@code POP75P}, {@code POP80P_PSEUL}, {@code MEN}, {@code
 *     TP60}, {@code MED}…), latest year; earlier years under {@code NAME@YYYY} ({@code POP@2011}).
 *     Counts are census estimates, with decimals. A figure the files do not give is absent, never 0
 * @param imputed the figures not given for this commune by the files (missing, or under statistical
 *     secret) and estimated from its EPCI or département (see {@code docs/methode.md}, « Besoin »)
 */
public record Commune(
    String code,
    String name,
    String departement,
    String region,
    String epci,
    String epciName,
    long population,
    SortedMap<String, Double> figures,
    SortedSet<String> imputed) {

  public Commune {
    // The views of FigureNames are immutable already, and share their names with every commune.
    if (!FigureNames.isView(figures)) {
      figures = Collections.unmodifiableSortedMap(new TreeMap<>(figures));
    }
    if (!FigureNames.isView(imputed)) {
      imputed = Collections.unmodifiableSortedSet(new TreeSet<>(imputed));
    }
  }

  /**
   * A commune with census age bands only, keyed by INSEE band suffix ({@code 0014}, {@code 75P}),
   * as the first versions had them; each becomes the figure {@code POP} + suffix.
   */
  public Commune(
      String code,
      String name,
      String departement,
      String region,
      String epci,
      String epciName,
      long population,
      Map<String, Long> ageBands) {
    this(
        code,
        name,
        departement,
        region,
        epci,
        epciName,
        population,
        bands(ageBands),
        Collections.emptySortedSet());
  }

  private static SortedMap<String, Double> bands(Map<String, Long> ageBands) {
    SortedMap<String, Double> m = new TreeMap<>();
    ageBands.forEach((k, v) -> m.put("POP" + k, v.doubleValue()));
    return m;
  }

  /** A figure of the commune, or {@code null} when unknown. */
  public Double figure(String name) {
    return figures.get(name);
  }

  /** Whether the figure was estimated rather than read for this commune. */
  public boolean isImputed(String name) {
    return imputed.contains(name);
  }
}
