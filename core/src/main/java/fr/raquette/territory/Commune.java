package fr.raquette.territory;

import java.util.Map;

/**
 * A commune of the territory, in the territory's target COG.
 *
 * @param code INSEE code, always text ({@code 01001}, {@code 2A004})
 * @param population legal population (PMUN), or census total when that is the only source
 * @param ageBands census population by age band, keyed by INSEE band suffix ({@code 0014}, {@code
 *     75P}...); empty when the population file has no bands
 */
public record Commune(
    String code,
    String name,
    String departement,
    String region,
    String epci,
    String epciName,
    long population,
    Map<String, Long> ageBands) {

  public Commune {
    ageBands = Map.copyOf(ageBands);
  }
}
