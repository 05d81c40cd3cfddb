package fr.raquette.territory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The name of a territory whose manifest gives none, from what its communes make up: one commune,
 * one EPCI, one département, one whole region, all of France, or a few départements. Never the
 * folder's name ("dep48", "fr-base" say nothing to a reader). Labels of départements come from the
 * COG 2026 list bundled with Raquette ({@code departements.csv}, from {@code
 * @etalab/decoupage-administratif} 6.0.0, Licence Ouverte); EPCI and commune labels from the
 * communes file.
 */
public final class TerritoryNames {
  private TerritoryNames() {}

  /** A département of the bundled list. */
  record Departement(String code, String label, String region, boolean metro) {}

  /** The regions of the COG 2026 (code → label); départements give their region's code. */
  private static final Map<String, String> REGIONS =
      Map.ofEntries(
          Map.entry("01", "Guadeloupe"),
          Map.entry("02", "Martinique"),
          Map.entry("03", "Guyane"),
          Map.entry("04", "La Réunion"),
          Map.entry("06", "Mayotte"),
          Map.entry("11", "Île-de-France"),
          Map.entry("24", "Centre-Val de Loire"),
          Map.entry("27", "Bourgogne-Franche-Comté"),
          Map.entry("28", "Normandie"),
          Map.entry("32", "Hauts-de-France"),
          Map.entry("44", "Grand Est"),
          Map.entry("52", "Pays de la Loire"),
          Map.entry("53", "Bretagne"),
          Map.entry("75", "Nouvelle-Aquitaine"),
          Map.entry("76", "Occitanie"),
          Map.entry("84", "Auvergne-Rhône-Alpes"),
          Map.entry("93", "Provence-Alpes-Côte d'Azur"),
          Map.entry("94", "Corse"));

  private static final class Holder {
    static final SortedMap<String, Departement> DEPARTEMENTS = read();
  }

  /** The label of a département ({@code 23} → Creuse), or the code itself when unknown. */
  public static String departement(String code) {
    Departement d = Holder.DEPARTEMENTS.get(code);
    return d == null ? code : d.label();
  }

  /**
   * The name of the territory made of {@code communes} (those of its perimeter): the commune's
   * name, the EPCI's, the département's, the region's when it is whole, « France » or « France
   * métropolitaine » when every département is there, else the départements' names (or their count
   * beyond three).
   */
  public static String of(Collection<Commune> communes) {
    if (communes.isEmpty()) {
      return "Territoire";
    }
    if (communes.size() == 1) {
      return communes.iterator().next().name();
    }
    // Gathered in hash sets, then sorted: 35,000 communes of France in 101 départements.
    java.util.Set<String> depsSeen = new java.util.HashSet<>();
    java.util.Set<String> epcisSeen = new java.util.HashSet<>();
    String epciName = "";
    for (Commune c : communes) {
      depsSeen.add(c.departement());
      epcisSeen.add(c.epci());
      epciName = c.epciName();
    }
    SortedSet<String> deps = new TreeSet<>(depsSeen);
    if (epcisSeen.size() == 1 && !epcisSeen.iterator().next().isEmpty() && !epciName.isBlank()) {
      return epciName;
    }
    if (deps.size() == 1) {
      return departement(deps.first());
    }
    return several(deps);
  }

  private static String several(SortedSet<String> deps) {
    SortedMap<String, Departement> all = Holder.DEPARTEMENTS;
    List<String> metro = new ArrayList<>();
    List<String> drom = new ArrayList<>();
    all.values().stream()
        .filter(d -> d.region().length() == 2)
        .forEach(d -> (d.metro() ? metro : drom).add(d.code()));
    if (deps.containsAll(metro) && deps.containsAll(drom)) {
      return "France";
    }
    if (deps.containsAll(metro) && Collections.disjoint(deps, drom)) {
      return "France métropolitaine";
    }
    SortedSet<String> regions = new TreeSet<>();
    deps.forEach(c -> regions.add(all.containsKey(c) ? all.get(c).region() : "?"));
    if (regions.size() == 1 && REGIONS.containsKey(regions.first())) {
      String reg = regions.first();
      boolean whole =
          all.values().stream()
              .filter(d -> d.region().equals(reg))
              .allMatch(d -> deps.contains(d.code()));
      if (whole) {
        return REGIONS.get(reg);
      }
    }
    if (deps.size() <= 3) {
      List<String> labels = new ArrayList<>();
      deps.forEach(c -> labels.add(departement(c)));
      return String.join(", ", labels);
    }
    return deps.size() + " départements";
  }

  private static SortedMap<String, Departement> read() {
    SortedMap<String, Departement> m = new TreeMap<>();
    try (InputStream in = TerritoryNames.class.getResourceAsStream("departements.csv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.readLine(); // DEP;LIBELLE;REG;CHEFLIEU;ZONE
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split(";", -1);
        if (f.length >= 5) {
          m.put(f[0], new Departement(f[0], f[1], f[2], f[4].equals("metro")));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Collections.unmodifiableSortedMap(m);
  }
}
