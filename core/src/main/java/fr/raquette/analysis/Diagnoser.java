package fr.raquette.analysis;

import fr.raquette.access.AccessOptions;
import fr.raquette.access.AccessResult;
import fr.raquette.access.AccessibilityEngine;
import fr.raquette.access.CostMatrix;
import fr.raquette.access.DistanceBands;
import fr.raquette.access.Method;
import fr.raquette.geo.SpatialIndex;
import fr.raquette.load.ProgressListener;
import fr.raquette.territory.Actor;
import fr.raquette.territory.Commune;
import fr.raquette.territory.DeclaredNeed;
import fr.raquette.territory.GeoPoint;
import fr.raquette.territory.InputFile;
import fr.raquette.territory.Role;
import fr.raquette.territory.Territory;
import fr.raquette.themes.Theme;
import fr.raquette.themes.ThemeCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Cross-references supply (BPE equipment and actors) with population and declared needs, theme by
 * theme, and classifies every commune × theme. The method is documented in docs/methode.md;
 * accessibility goes through the same {@link AccessibilityEngine} as {@code raquette access}.
 */
public final class Diagnoser {
  private static final fr.raquette.themes.BpeNomenclature NOMENCLATURE =
      fr.raquette.themes.BpeNomenclature.builtIn2013();
  private final Territory territory;
  private final ThemeCatalog catalog;
  private final DiagnosisOptions options;
  private final List<String> codes;
  private final GeoPoint[] anchors;
  // Looked up once: the themes loop over every commune ten times.
  private final Commune[] communes;
  // Every commune's equipment, flattened once: the themes scan it ten times, and walking tree maps
  // of boxed doubles was most of a theme's time on all of France. Commune i's entries are
  // equipmentStart[i] .. equipmentStart[i + 1] - 1, by type code order (types are numbered in
  // that order), with the amounts of the territory's maps.
  private final List<String> typeCodes;
  private final int[] equipmentStart;
  private final int[] equipmentType;
  private final double[] equipmentAmount;
  private final Map<String, Integer> indexOf = new HashMap<>();

  /** The stages told to a {@link ProgressListener}, in order. */
  public static final String STAGE_DISTANCES = "distances entre communes et offres";

  public static final String STAGE_ACCESSIBILITY = "accessibilité et classement par thème";
  public static final String STAGE_ACTORS = "acteurs à mobiliser";

  private Diagnoser(Territory territory, ThemeCatalog catalog, DiagnosisOptions options) {
    this.territory = territory;
    this.catalog = catalog;
    this.options = options;
    this.codes = new ArrayList<>(territory.communes().keySet());
    this.communes = territory.communes().values().toArray(new Commune[0]);
    this.anchors = aligned(codes, territory.anchors()).toArray(new GeoPoint[0]);
    for (int i = 0; i < codes.size(); i++) {
      indexOf.put(codes.get(i), i);
    }
    List<SortedMap<String, Double>> equipmentOf = aligned(codes, territory.equipment());
    // The type codes: the territory lists every one of them with its vintage, sorted; a type
    // missing from that list (a territory built by hand) is added.
    Set<String> types = new TreeSet<>(territory.equipmentVintage().keySet());
    // First the set of types seen (value unused), then each type's number in code order.
    Map<String, Integer> typeId = new HashMap<>();
    int entries = 0;
    for (SortedMap<String, Double> m : equipmentOf) {
      if (m != null) {
        entries += m.size();
        for (String t : m.keySet()) {
          if (typeId.putIfAbsent(t, 0) == null) {
            types.add(t);
          }
        }
      }
    }
    this.typeCodes = List.copyOf(types);
    typeId.clear();
    for (String t : typeCodes) {
      typeId.put(t, typeId.size());
    }
    this.equipmentStart = new int[codes.size() + 1];
    this.equipmentType = new int[entries];
    this.equipmentAmount = new double[entries];
    int at = 0;
    for (int i = 0; i < codes.size(); i++) {
      SortedMap<String, Double> m = equipmentOf.get(i);
      if (m != null) {
        // Walked in type code order, that is in type number order.
        Map<String, Double> sorted = m.comparator() == null ? m : new TreeMap<>(m);
        for (Map.Entry<String, Double> e : sorted.entrySet()) {
          equipmentType[at] = typeId.get(e.getKey());
          equipmentAmount[at] = e.getValue();
          at++;
        }
      }
      equipmentStart[i + 1] = at;
    }
  }

  /**
   * The values of {@code map} for each of the sorted {@code codes}, null where it has none: one
   * walk through both instead of a tree lookup per code.
   */
  private static <V> List<V> aligned(List<String> codes, SortedMap<String, V> map) {
    List<V> out = new ArrayList<>(java.util.Collections.nCopies(codes.size(), (V) null));
    if (map.comparator() != null) {
      for (int i = 0; i < codes.size(); i++) {
        out.set(i, map.get(codes.get(i)));
      }
      return out;
    }
    int i = 0;
    for (Map.Entry<String, V> e : map.entrySet()) {
      while (i < codes.size() && codes.get(i).compareTo(e.getKey()) < 0) {
        i++;
      }
      if (i < codes.size() && codes.get(i).equals(e.getKey())) {
        out.set(i, e.getValue());
      }
    }
    return out;
  }

  public static Diagnosis run(Territory territory, ThemeCatalog catalog, DiagnosisOptions options) {
    return run(territory, catalog, options, ProgressListener.NONE);
  }

  /**
   * As {@link #run(Territory, ThemeCatalog, DiagnosisOptions)}, telling {@code progress} of each
   * stage (distances, accessibility, actors to mobilise), always from the calling thread.
   */
  public static Diagnosis run(
      Territory territory,
      ThemeCatalog catalog,
      DiagnosisOptions options,
      ProgressListener progress) {
    return new Diagnoser(territory, catalog, options).run(progress);
  }

  private Diagnosis run(ProgressListener progress) {
    List<Theme> themes =
        catalog.all().stream()
            .filter(t -> options.themes().isEmpty() || options.themes().contains(t.id()))
            .toList();
    progress.progress(STAGE_DISTANCES, 0, -1);
    double widest = themes.stream().mapToDouble(t -> bands(t).max()).max().orElse(0);
    // The commune pairs within the catchment most themes share (the smaller one on a tie) are
    // searched once; a theme with a wider catchment searches from its own supply communes
    // (Reach.ofSome), a theme with a narrower one keeps the shared pairs within its catchment.
    Map<Double, Long> byRadius = new TreeMap<>();
    themes.forEach(t -> byRadius.merge(bands(t).max(), 1L, Long::sum));
    double shared =
        byRadius.entrySet().stream()
            .max(Map.Entry.<Double, Long>comparingByValue())
            .map(Map.Entry::getKey)
            .orElse(0.0);
    Reach.Places placed = Reach.Places.of(anchors);
    Reach communeReach = Reach.ofCommunes(placed, shared);
    Reach actorReach =
        Reach.of(
            anchors,
            territory.actors().stream().map(Actor::position).toList(),
            Math.max(widest, options.actorsPerGap() == 0 ? 0 : options.actorsRadiusKm()));
    // Themes are independent and each reads the territory only: one per core. The results keep
    // the catalogue's order and every theme's arithmetic is sequential, so the output is the same
    // bytes however the themes were scheduled.
    progress.progress(STAGE_ACCESSIBILITY, 0, -1);
    List<ThemeResult> results =
        themes.parallelStream()
            .map(t -> assess(t, placed, shared, communeReach, actorReach))
            .toList();
    progress.progress(STAGE_ACTORS, 0, -1);
    List<Gap> gaps =
        results.parallelStream()
            .flatMap(r -> gapsOf(r, actorReach).stream())
            .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    gaps.sort(
        Comparator.comparingDouble((Gap g) -> -g.indicator().severity())
            .thenComparing(g -> g.indicator().commune())
            .thenComparing(g -> g.indicator().theme()));
    return new Diagnosis(territory, options, results, gaps);
  }

  private List<Gap> gapsOf(ThemeResult r, Reach actorReach) {
    List<Actor> all = territory.actors();
    boolean[] supplier = new boolean[all.size()];
    for (int k = 0; k < supplier.length; k++) {
      supplier[k] = supplies(r.theme(), all.get(k));
    }
    List<Gap> gaps = new ArrayList<>();
    for (Indicator ind : r.indicators()) {
      if (ind.classification().isGap()) {
        gaps.add(new Gap(ind, r, nearbyActors(ind, supplier, actorReach)));
      }
    }
    return gaps;
  }

  private List<Gap.NearbyActor> nearbyActors(Indicator ind, boolean[] supplier, Reach actorReach) {
    int i = indexOf.get(ind.commune());
    if (anchors[i] == null || options.actorsPerGap() == 0) {
      return List.of();
    }
    List<Gap.NearbyActor> found = new ArrayList<>();
    for (int p = actorReach.rowStart(i); p < actorReach.rowEnd(i); p++) {
      int k = actorReach.place(p);
      if (supplier[k] && actorReach.km(p) <= options.actorsRadiusKm()) {
        found.add(new Gap.NearbyActor(territory.actors().get(k), actorReach.km(p)));
      }
    }
    found.sort(Comparator.comparingDouble(Gap.NearbyActor::km).thenComparing(n -> n.actor().id()));
    return found.size() > options.actorsPerGap() ? found.subList(0, options.actorsPerGap()) : found;
  }

  /**
   * Whether an actor supplies a theme: its thematiques, or France services for generalist themes.
   * An actor that could not be placed supplies nothing, since no distance can be measured to it.
   * The one rule for every listing of suppliers ({@code raquette actors} included).
   */
  public static boolean supplies(Theme theme, Actor a) {
    if (a.position() == null) {
      return false;
    }
    return theme.suppliedBy(a.thematiques())
        || theme.franceServices() && a.sources().contains("france-services");
  }

  /** A place where supply is: a commune's equipment at its anchor, or an actor at its position. */
  private record Supply(String commune, GeoPoint at, double amount, String what) {}

  /** The theme's distance bands under the method chosen: one band for 2SFCA. */
  private DistanceBands bands(Theme theme) {
    return options.method() == Method.TWO_SFCA
        ? DistanceBands.single(theme.bands().max())
        : theme.bands();
  }

  private ThemeResult assess(
      Theme theme, Reach.Places placed, double shared, Reach communeReach, Reach actorReach) {
    // Which TYPEQU codes supply the theme, in the vintages this territory has.
    Set<String> wanted = new TreeSet<>();
    territory
        .equipmentVintage()
        .forEach(
            (typequ, vintage) -> {
              if (theme.bpeCodes(vintage).contains(typequ)) {
                wanted.add(typequ);
              }
            });
    Set<Integer> vintages = new TreeSet<>(territory.equipmentVintage().values());
    List<String> lookedFor =
        new ArrayList<>(
            new TreeSet<>(vintages.stream().flatMap(v -> theme.bpeCodes(v).stream()).toList()));

    boolean[] wantedType = new boolean[typeCodes.size()];
    for (int t = 0; t < wantedType.length; t++) {
      wantedType[t] = wanted.contains(typeCodes.get(t));
    }
    // Equipment first, in commune order, then actors: the cost rows below rely on that order.
    List<Supply> supply = new ArrayList<>();
    int[] supplyAtCommune = new int[codes.size()];
    java.util.Arrays.fill(supplyAtCommune, -1);
    double[] localEquipment = new double[codes.size()];
    int[] localActors = new int[codes.size()];
    double equipment = 0;
    for (int i = 0; i < codes.size(); i++) {
      double n = 0;
      String what = null;
      // Summed in type code order, the order of the wanted set.
      for (int e = equipmentStart[i]; e < equipmentStart[i + 1]; e++) {
        double v = equipmentAmount[e];
        if (v > 0 && wantedType[equipmentType[e]]) {
          n += v;
          what = what == null ? label(typeCodes.get(equipmentType[e])) : what;
        }
      }
      if (n > 0 && anchors[i] != null) {
        supplyAtCommune[i] = supply.size();
        supply.add(new Supply(codes.get(i), anchors[i], n, what));
      }
      localEquipment[i] = n;
      equipment += n;
    }
    int actors = 0;
    int[] supplyOfActor = new int[territory.actors().size()];
    for (int k = 0; k < supplyOfActor.length; k++) {
      Actor a = territory.actors().get(k);
      supplyOfActor[k] = -1;
      if (supplies(theme, a)) {
        supplyOfActor[k] = supply.size();
        supply.add(new Supply(a.commune(), a.position(), 1, a.name()));
        Integer i = indexOf.get(a.commune());
        if (i != null) {
          localActors[i]++;
        }
        actors++;
      }
    }
    // What the reader is told is in the commune: its first supply, equipment before actors.
    Map<String, String> firstWhat = new HashMap<>();
    for (Supply sp : supply) {
      firstWhat.putIfAbsent(sp.commune(), sp.what());
    }
    // Only an exhaustive source makes an absence meaningful: the BPE for the theme's codes, the
    // France services list, data·inclusion services. A local actors list alone is partial, so it
    // adds supply but cannot make a theme assessable.
    boolean assessable = !lookedFor.isEmpty() && hasRole(Role.BPE) || coveredByActorSource(theme);

    // Target population, falling back to the total when the age bands are missing.
    boolean fallback = false;
    double[] demand = new double[codes.size()];
    for (int i = 0; i < codes.size(); i++) {
      Commune c = communes[i];
      Optional<Long> band = target(theme, c);
      if (band.isEmpty()) {
        fallback = true;
        demand[i] = c.population();
      } else {
        demand[i] = band.get();
      }
    }
    if (fallback) {
      // One rule for the whole theme, so that communes stay comparable.
      for (int i = 0; i < codes.size(); i++) {
        demand[i] = communes[i].population();
      }
    }

    DistanceBands bands = bands(theme);
    double max = bands.max();
    Reach reach = communeReach;
    if (max > shared) {
      boolean[] supplied = new boolean[codes.size()];
      for (int i = 0; i < supplied.length; i++) {
        supplied[i] = supplyAtCommune[i] >= 0;
      }
      reach = Reach.ofSome(placed, supplied, max);
    }
    CostMatrix costs = costs(supply.size(), supplyAtCommune, reach, supplyOfActor, actorReach, max);
    double[] capacity = supply.stream().mapToDouble(Supply::amount).toArray();
    AccessResult access =
        AccessibilityEngine.compute(
            demand, capacity, costs, AccessOptions.of(options.method(), bands));
    // Built only if some commune has no supply within the catchment, to look further.
    SpatialIndex[] everywhere = new SpatialIndex[1];

    double popSum = 0;
    double weighted = 0;
    for (int i = 0; i < codes.size(); i++) {
      double s = access.score(i);
      popSum += demand[i];
      weighted += demand[i] * (Double.isNaN(s) ? 0 : s);
    }
    double reference = popSum > 0 ? weighted / popSum : 0;

    Map<String, double[]> needs = new HashMap<>();
    for (DeclaredNeed n : territory.needs()) {
      if (n.theme().equals(theme.id())) {
        double[] acc = needs.computeIfAbsent(n.commune(), k -> new double[2]);
        acc[0]++;
        acc[1] += n.weight();
      }
    }

    List<Indicator> indicators = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      Commune c = communes[i];
      double[] nd = needs.getOrDefault(c.code(), new double[2]);
      long target = Math.round(demand[i]);
      boolean below = target < theme.minimumPopulation();
      boolean evaluable = assessable && anchors[i] != null;
      Double nearestKm = null;
      String place = null;
      String what = null;
      if (!evaluable) {
        // No source for the theme, or no outline to measure from: nothing to look up.
      } else if (localEquipment[i] > 0 || localActors[i] > 0) {
        nearestKm = 0.0;
        place = c.name();
        what = firstWhat.get(c.code());
      } else {
        Optional<SpatialIndex.Nearest> near = nearestInRow(costs, i);
        if (near.isEmpty()) {
          if (everywhere[0] == null) {
            everywhere[0] = new SpatialIndex(supply.stream().map(Supply::at).toList());
          }
          near = everywhere[0].nearest(anchors[i]);
        }
        if (near.isPresent()) {
          Supply s = supply.get(near.get().index());
          nearestKm = near.get().km();
          place = communeName(s.commune());
          what = s.what();
        }
      }
      double sc = access.score(i);
      Double score = !evaluable || Double.isNaN(sc) ? null : sc;
      Double ratio = score == null || reference <= 0 ? null : score / reference;
      Classification cls;
      double severity = 0;
      if (!evaluable) {
        cls = Classification.NON_EVALUABLE;
      } else if (score == null) {
        if (nd[0] > 0 || !below) {
          cls = Classification.TROU;
          double excess = nearestKm == null ? max : Math.min(max, Math.max(0, nearestKm - max));
          severity = target * (1 + excess / max) + nd[1];
        } else {
          cls = Classification.COUVERT;
        }
      } else if (ratio != null && ratio < theme.reinforceBelow() && !below) {
        cls = Classification.RENFORCER;
        severity = target * (1 - ratio) + nd[1];
      } else if (nd[0] > 0) {
        cls = Classification.RENFORCER;
        severity = nd[1];
      } else {
        cls = Classification.COUVERT;
      }
      indicators.add(
          new Indicator(
              c.code(),
              c.name(),
              theme.id(),
              target,
              localEquipment[i],
              localActors[i],
              nearestKm,
              place,
              what,
              score,
              ratio,
              (int) nd[0],
              nd[1],
              below,
              cls,
              severity));
    }
    return new ThemeResult(
        theme, assessable, fallback, reference, equipment, actors, lookedFor, indicators);
  }

  /**
   * The supply of each commune within {@code max} km, in supply order (equipment in commune order,
   * then actors in their order), from the pairs searched once for all themes. A supply in the
   * commune itself costs 0.
   *
   * <p>Commune distances are symmetric, so the equipment pairs are read from the rows of the
   * communes that have equipment (often a few percent of them), not from every commune's row: a
   * counting pass sizes each commune's row, a second pass fills it. Supplies are met in increasing
   * order, so every row comes out sorted.
   */
  private CostMatrix costs(
      int supplies,
      int[] supplyAtCommune,
      Reach communeReach,
      int[] supplyOfActor,
      Reach actorReach,
      double max) {
    int n = codes.size();
    boolean anyActor = java.util.Arrays.stream(supplyOfActor).anyMatch(k -> k >= 0);
    int[] equipmentPairs = new int[n];
    int[] actorPairs = new int[n];
    for (int j = 0; j < n; j++) {
      if (supplyAtCommune[j] >= 0) {
        for (int p = communeReach.rowStart(j); p < communeReach.rowEnd(j); p++) {
          if (communeReach.km(p) <= max) {
            equipmentPairs[communeReach.place(p)]++;
          }
        }
      }
      if (anyActor) {
        for (int p = actorReach.rowStart(j); p < actorReach.rowEnd(j); p++) {
          if (supplyOfActor[actorReach.place(p)] >= 0 && actorReach.km(p) <= max) {
            actorPairs[j]++;
          }
        }
      }
    }
    int[] rowStart = new int[n + 1];
    for (int i = 0; i < n; i++) {
      rowStart[i + 1] = rowStart[i] + equipmentPairs[i] + actorPairs[i];
    }
    int[] to = new int[rowStart[n]];
    double[] cost = new double[rowStart[n]];
    int[] next = java.util.Arrays.copyOf(rowStart, n);
    for (int j = 0; j < n; j++) {
      int s = supplyAtCommune[j];
      if (s >= 0) {
        for (int p = communeReach.rowStart(j); p < communeReach.rowEnd(j); p++) {
          double km = communeReach.km(p);
          if (km <= max) {
            int i = communeReach.place(p);
            to[next[i]] = s;
            cost[next[i]++] = i == j ? 0 : km;
          }
        }
      }
    }
    if (anyActor) {
      for (int i = 0; i < n; i++) {
        for (int p = actorReach.rowStart(i); p < actorReach.rowEnd(i); p++) {
          int k = actorReach.place(p);
          if (supplyOfActor[k] >= 0 && actorReach.km(p) <= max) {
            boolean local = territory.actors().get(k).commune().equals(codes.get(i));
            to[next[i]] = supplyOfActor[k];
            cost[next[i]++] = local ? 0 : actorReach.km(p);
          }
        }
      }
    }
    return CostMatrix.ofRows(n, supplies, rowStart, to, cost);
  }

  /** The cheapest pair of {@code origin}'s row, ties to the lowest supply; empty for no pair. */
  private static Optional<SpatialIndex.Nearest> nearestInRow(CostMatrix costs, int origin) {
    int best = -1;
    double bestKm = Double.POSITIVE_INFINITY;
    for (int p = costs.rowStart(origin); p < costs.rowEnd(origin); p++) {
      if (costs.cost(p) < bestKm) {
        best = costs.destination(p);
        bestKm = costs.cost(p);
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(new SpatialIndex.Nearest(best, bestKm));
  }

  private String communeName(String code) {
    Integer i = indexOf.get(code);
    return i == null ? code : communes[i].name();
  }

  private String label(String typequ) {
    String l = territory.bpeLabels().get(typequ);
    if (l == null) {
      l = NOMENCLATURE.label(typequ).orElse(null);
    }
    return l == null ? typequ : l;
  }

  private boolean hasRole(Role role) {
    return territory.inputs().stream().map(InputFile::role).anyMatch(role::equals);
  }

  /** France services and data·inclusion services are national lists, not samples. */
  private boolean coveredByActorSource(Theme theme) {
    return theme.franceServices() && hasRole(Role.FRANCE_SERVICES)
        || !theme.dataInclusion().isEmpty() && hasRole(Role.DI_SERVICES);
  }

  /** The theme's target population from the census bands, or empty when the bands are missing. */
  static Optional<Long> target(Theme theme, Commune c) {
    if (theme.target().isTotal()) {
      return Optional.of(c.population());
    }
    double sum = 0;
    for (String band : theme.target().ageBands()) {
      Double v = c.figure("POP" + band);
      if (v == null) {
        return Optional.empty();
      }
      sum += v;
    }
    return Optional.of(Math.round(sum));
  }
}
