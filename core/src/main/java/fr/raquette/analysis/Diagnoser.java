package fr.raquette.analysis;

import fr.raquette.access.AccessOptions;
import fr.raquette.access.AccessResult;
import fr.raquette.access.AccessibilityEngine;
import fr.raquette.access.CostMatrix;
import fr.raquette.access.DistanceBands;
import fr.raquette.access.Method;
import fr.raquette.geo.SpatialIndex;
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
  private final List<Map<String, Double>> equipmentOf;
  private final Map<String, Integer> indexOf = new HashMap<>();

  private Diagnoser(Territory territory, ThemeCatalog catalog, DiagnosisOptions options) {
    this.territory = territory;
    this.catalog = catalog;
    this.options = options;
    this.codes = new ArrayList<>(territory.communes().keySet());
    this.anchors = new GeoPoint[codes.size()];
    this.communes = new Commune[codes.size()];
    this.equipmentOf = new ArrayList<>(codes.size());
    for (int i = 0; i < codes.size(); i++) {
      indexOf.put(codes.get(i), i);
      anchors[i] = territory.anchors().get(codes.get(i));
      communes[i] = territory.communes().get(codes.get(i));
      equipmentOf.add(territory.equipment().get(codes.get(i)));
    }
  }

  public static Diagnosis run(Territory territory, ThemeCatalog catalog, DiagnosisOptions options) {
    return new Diagnoser(territory, catalog, options).run();
  }

  private Diagnosis run() {
    List<Theme> themes =
        catalog.all().stream()
            .filter(t -> options.themes().isEmpty() || options.themes().contains(t.id()))
            .toList();
    // Themes are independent and each reads the territory only: one per core. The results keep
    // the catalogue's order and every theme's arithmetic is sequential, so the output is the same
    // bytes however the themes were scheduled.
    List<ThemeResult> results = themes.parallelStream().map(this::assess).toList();
    List<Gap> gaps =
        results.parallelStream()
            .flatMap(r -> gapsOf(r).stream())
            .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    gaps.sort(
        Comparator.comparingDouble((Gap g) -> -g.indicator().severity())
            .thenComparing(g -> g.indicator().commune())
            .thenComparing(g -> g.indicator().theme()));
    return new Diagnosis(territory, options, results, gaps);
  }

  private List<Gap> gapsOf(ThemeResult r) {
    List<Actor> suppliers =
        territory.actors().stream().filter(a -> supplies(r.theme(), a)).toList();
    SpatialIndex index = new SpatialIndex(suppliers.stream().map(Actor::position).toList());
    List<Gap> gaps = new ArrayList<>();
    for (Indicator ind : r.indicators()) {
      if (ind.classification().isGap()) {
        gaps.add(new Gap(ind, r, nearbyActors(ind, suppliers, index)));
      }
    }
    return gaps;
  }

  private List<Gap.NearbyActor> nearbyActors(
      Indicator ind, List<Actor> suppliers, SpatialIndex index) {
    GeoPoint from = territory.anchors().get(ind.commune());
    if (from == null || options.actorsPerGap() == 0) {
      return List.of();
    }
    List<Gap.NearbyActor> found = new ArrayList<>();
    index.withinKm(
        from,
        options.actorsRadiusKm(),
        (i, km) -> found.add(new Gap.NearbyActor(suppliers.get(i), km)));
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

  private ThemeResult assess(Theme theme) {
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

    List<Supply> supply = new ArrayList<>();
    double[] localEquipment = new double[codes.size()];
    int[] localActors = new int[codes.size()];
    double equipment = 0;
    for (int i = 0; i < codes.size(); i++) {
      Map<String, Double> m = equipmentOf.get(i);
      if (m == null) {
        continue;
      }
      double n = 0;
      String what = null;
      for (String t : wanted) {
        Double v = m.get(t);
        if (v != null && v > 0) {
          n += v;
          what = what == null ? label(t) : what;
        }
      }
      if (n > 0 && anchors[i] != null) {
        supply.add(new Supply(codes.get(i), anchors[i], n, what));
      }
      localEquipment[i] = n;
      equipment += n;
    }
    int actors = 0;
    for (Actor a : territory.actors()) {
      if (supplies(theme, a)) {
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

    DistanceBands bands =
        options.method() == Method.TWO_SFCA
            ? DistanceBands.single(theme.bands().max())
            : theme.bands();
    double max = bands.max();
    List<GeoPoint> supplyAt = supply.stream().map(Supply::at).toList();
    SpatialIndex index = new SpatialIndex(supplyAt);
    CostMatrix.Builder costs = CostMatrix.builder(codes.size(), supply.size());
    for (int i = 0; i < codes.size(); i++) {
      if (anchors[i] == null) {
        continue;
      }
      final int origin = i;
      index.withinKm(
          anchors[i],
          max,
          (j, km) ->
              costs.add(origin, j, supply.get(j).commune().equals(codes.get(origin)) ? 0 : km));
    }
    double[] capacity = supply.stream().mapToDouble(Supply::amount).toArray();
    AccessResult access =
        AccessibilityEngine.compute(
            demand, capacity, costs.build(), AccessOptions.of(options.method(), bands));

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
        Optional<SpatialIndex.Nearest> near = index.nearest(anchors[i]);
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

  private String communeName(String code) {
    Commune c = territory.communes().get(code);
    return c == null ? code : c.name();
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
    long sum = 0;
    for (String band : theme.target().ageBands()) {
      Long v = c.ageBands().get(band);
      if (v == null) {
        return Optional.empty();
      }
      sum += v;
    }
    return Optional.of(sum);
  }
}
