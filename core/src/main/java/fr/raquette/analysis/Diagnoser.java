package fr.raquette.analysis;

import fr.raquette.access.AccessOptions;
import fr.raquette.access.AccessResult;
import fr.raquette.access.AccessibilityEngine;
import fr.raquette.access.CostMatrix;
import fr.raquette.access.DistanceBands;
import fr.raquette.access.Method;
import fr.raquette.load.ProgressListener;
import fr.raquette.territory.Actor;
import fr.raquette.territory.Commune;
import fr.raquette.territory.DeclaredNeed;
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
import java.util.TreeMap;

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
  private final CommuneTable table;

  /** The stages told to a {@link ProgressListener}, in order. */
  public static final String STAGE_DISTANCES = "distances entre communes et offres";

  public static final String STAGE_ACCESSIBILITY = "accessibilité et classement par thème";
  public static final String STAGE_ACTORS = "acteurs à mobiliser";

  private Diagnoser(Territory territory, ThemeCatalog catalog, DiagnosisOptions options) {
    this.territory = territory;
    this.catalog = catalog;
    this.options = options;
    this.table = new CommuneTable(territory);
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
    Reach.Places placed = Reach.Places.of(table.anchors);
    Reach communeReach = Reach.ofCommunes(placed, shared);
    Reach actorReach =
        Reach.of(
            table.anchors,
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
    int i = table.indexOf(ind.commune());
    if (table.anchors[i] == null || options.actorsPerGap() == 0) {
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

  /** The theme's distance bands under the method chosen: one band for 2SFCA. */
  private DistanceBands bands(Theme theme) {
    return options.method() == Method.TWO_SFCA
        ? DistanceBands.single(theme.bands().max())
        : theme.bands();
  }

  /**
   * One theme across the territory: its supply, its demand, their cost rows, the accessibility
   * scores, and every commune classified.
   */
  private ThemeResult assess(
      Theme theme, Reach.Places placed, double shared, Reach communeReach, Reach actorReach) {
    Supply supply = Supply.of(theme, table, territory, this::label);
    // Only an exhaustive source makes an absence meaningful: the BPE for the theme's codes, the
    // France services list, data·inclusion services. A local actors list alone is partial, so it
    // adds supply but cannot make a theme assessable.
    boolean assessable =
        !supply.lookedFor.isEmpty() && hasRole(Role.BPE) || coveredByActorSource(theme);
    Demand demand = Demand.of(theme, table.communes);
    DistanceBands bands = bands(theme);
    CostMatrix costs =
        ThemeCosts.of(
            table,
            supply,
            territory.actors(),
            placed,
            communeReach,
            shared,
            actorReach,
            bands.max());
    AccessResult access =
        AccessibilityEngine.compute(
            demand.values(), supply.capacity(), costs, AccessOptions.of(options.method(), bands));
    double reference = territoryMean(demand.values(), access);
    NearestOffer nearest = new NearestOffer(table, supply, costs, offer -> true);
    Map<String, double[]> needs = declaredNeeds(theme);
    List<Indicator> indicators = new ArrayList<>();
    for (int i = 0; i < table.size(); i++) {
      boolean evaluable = assessable && table.anchors[i] != null;
      double sc = access.score(i);
      Double score = !evaluable || Double.isNaN(sc) ? null : sc;
      Optional<NearestOffer.Found> near = evaluable ? nearest.of(i) : Optional.empty();
      double[] nd = needs.getOrDefault(table.codes.get(i), new double[2]);
      Classifier.Facts facts =
          new Classifier.Facts(
              evaluable,
              demand.target(i),
              score,
              reference,
              theme.reinforceBelow(),
              demand.target(i) < theme.minimumPopulation(),
              (int) nd[0],
              nd[1],
              near.map(NearestOffer.Found::km).orElse(null),
              bands.max());
      indicators.add(indicator(theme, i, supply, facts, near));
    }
    return new ThemeResult(
        theme,
        assessable,
        demand.fallback(),
        reference,
        supply.equipment,
        supply.actors,
        supply.lookedFor,
        indicators);
  }

  /** Commune i's indicator: its facts, classified by {@link Classifier}. */
  private Indicator indicator(
      Theme theme, int i, Supply supply, Classifier.Facts f, Optional<NearestOffer.Found> near) {
    Commune c = table.communes[i];
    Classifier.Verdict v = Classifier.classify(f);
    return new Indicator(
        c.code(),
        c.name(),
        theme.id(),
        f.target(),
        supply.localEquipment[i],
        supply.localActors[i],
        f.nearestKm(),
        near.map(n -> table.name(n.commune())).orElse(null),
        near.map(NearestOffer.Found::what).orElse(null),
        f.score(),
        v.ratio(),
        f.needs(),
        f.needsWeight(),
        f.belowMinimum(),
        v.classification(),
        v.severity());
  }

  /**
   * The territory's reference: the mean of the scores weighted by the target population, a commune
   * without a score counting as 0 (docs/methode.md).
   */
  static double territoryMean(double[] demand, AccessResult access) {
    double popSum = 0;
    double weighted = 0;
    for (int i = 0; i < demand.length; i++) {
      double s = access.score(i);
      popSum += demand[i];
      weighted += demand[i] * (Double.isNaN(s) ? 0 : s);
    }
    return popSum > 0 ? weighted / popSum : 0;
  }

  /** The declared needs of a theme by commune: {count, persons}. */
  private Map<String, double[]> declaredNeeds(Theme theme) {
    Map<String, double[]> needs = new HashMap<>();
    for (DeclaredNeed n : territory.needs()) {
      if (n.theme().equals(theme.id())) {
        double[] acc = needs.computeIfAbsent(n.commune(), k -> new double[2]);
        acc[0]++;
        acc[1] += n.weight();
      }
    }
    return needs;
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
