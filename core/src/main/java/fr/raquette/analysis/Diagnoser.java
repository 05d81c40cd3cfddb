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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
  // False for the runs at scaled catchments of the sensitivity: only their classes are read.
  private final boolean measuresNearest;

  /** The stages told to a {@link ProgressListener}, in order. */
  public static final String STAGE_DISTANCES = "distances entre communes et offres";

  public static final String STAGE_ACCESSIBILITY = "accessibilité et classement par thème";
  public static final String STAGE_SENSITIVITY = "sensibilité à la zone de desserte";
  public static final String STAGE_ACTORS = "acteurs à mobiliser";

  private Diagnoser(Territory territory, ThemeCatalog catalog, DiagnosisOptions options) {
    this.territory = territory;
    this.catalog = catalog;
    this.options = options;
    this.table = new CommuneTable(territory);
    this.measuresNearest = true;
  }

  /** The same territory with other options (scaled catchments), the nearest offer not searched. */
  private Diagnoser(Diagnoser base, DiagnosisOptions options) {
    this.territory = base.territory;
    this.catalog = base.catalog;
    this.options = options;
    this.table = base.table;
    this.measuresNearest = false;
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
    if (options.sensitivity()) {
      progress.progress(STAGE_SENSITIVITY, 0, -1);
      results = withRobustness(results, placed, shared, communeReach, actorReach, widest);
    }
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

  /**
   * Each gap's robustness ({@link Sensitivity}): a "trou" from the distance to its nearest offer; a
   * "réponse à renforcer" from its theme assessed again with every catchment scaled, only for the
   * themes that have one in the perimeter. The narrower catchment reuses the pairs already found;
   * the wider one searches from the supply communes ({@link Reach#ofSome}), and the actors again
   * when there are some.
   */
  private List<ThemeResult> withRobustness(
      List<ThemeResult> results,
      Reach.Places placed,
      double shared,
      Reach communeReach,
      Reach actorReach,
      double widest) {
    List<Double> scales = Sensitivity.SCALES;
    List<ThemeResult> weak = results.stream().filter(this::hasWeakAnswer).toList();
    // A catchment wider than the shared pairs: searched once per radius from the supply communes
    // of every theme that needs it, on every core, instead of once per theme on its own thread.
    Map<Double, boolean[]> supplied = new TreeMap<>();
    for (double s : scales) {
      for (ThemeResult r : weak) {
        double radius = bands(r.theme()).max() * s;
        if (radius > shared) {
          boolean[] from = supplied.computeIfAbsent(radius, k -> new boolean[table.size()]);
          Supply supply = Supply.of(r.theme(), table, territory, this::label);
          for (int i = 0; i < from.length; i++) {
            from[i] |= supply.atCommune[i] >= 0;
          }
        }
      }
    }
    Map<Double, Reach> wide = new TreeMap<>();
    supplied.forEach((radius, from) -> wide.put(radius, Reach.ofSome(placed, from, radius, true)));
    List<Reach> actorReaches = new ArrayList<>();
    for (double s : scales) {
      actorReaches.add(
          weak.isEmpty() || s <= 1
              ? actorReach
              : Reach.of(
                  table.anchors,
                  territory.actors().stream().map(Actor::position).toList(),
                  widest * s));
    }
    Set<Theme> recomputed = new HashSet<>();
    weak.forEach(r -> recomputed.add(r.theme()));
    return results.parallelStream()
        .map(
            r -> {
              List<ThemeResult> scaled = new ArrayList<>();
              for (int k = 0; k < scales.size() && recomputed.contains(r.theme()); k++) {
                double radius = bands(r.theme()).max() * scales.get(k);
                Reach pairs = wide.getOrDefault(radius, communeReach);
                Diagnoser d = new Diagnoser(this, options.atScale(scales.get(k)));
                scaled.add(
                    d.assess(
                        r.theme(), placed, Math.max(shared, radius), pairs, actorReaches.get(k)));
              }
              return robustness(r, scaled);
            })
        .toList();
  }

  private boolean hasWeakAnswer(ThemeResult r) {
    return r.indicators().stream()
        .anyMatch(
            i ->
                i.classification() == Classification.RENFORCER
                    && territory.inPerimeter(i.commune()));
  }

  /** The theme's indicators with their robustness; {@code scaled} empty when none is needed. */
  private ThemeResult robustness(ThemeResult r, List<ThemeResult> scaled) {
    double catchment = bands(r.theme()).max();
    List<Indicator> out = new ArrayList<>(r.indicators().size());
    for (int i = 0; i < r.indicators().size(); i++) {
      Indicator ind = r.indicators().get(i);
      Classification c = ind.classification();
      if (!c.isGap()) {
        out.add(ind);
        continue;
      }
      List<Classification> at = new ArrayList<>();
      for (int k = 0; k < Sensitivity.SCALES.size(); k++) {
        double s = Sensitivity.SCALES.get(k);
        at.add(
            c == Classification.TROU
                ? Sensitivity.trouHolds(ind.nearestKm(), catchment, s)
                    ? Classification.TROU
                    : Classification.RENFORCER
                : scaled.get(k).indicators().get(i).classification());
      }
      out.add(ind.withRobustness(Sensitivity.of(c, at)));
    }
    return r.withIndicators(out);
  }

  /**
   * The theme's distance bands under the method chosen (one band for 2SFCA), every limit scaled by
   * the options' catchment scale.
   */
  private DistanceBands bands(Theme theme) {
    DistanceBands b = theme.bands().scaled(options.catchmentScale());
    return options.method() == Method.TWO_SFCA ? DistanceBands.single(b.max()) : b;
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
    Yardstick.Used yardstick =
        yardstick(theme, supply.lookedFor, demand.values(), access, assessable);
    double reference = Double.isNaN(yardstick.value()) ? 0 : yardstick.value();
    NearestOffer nearest =
        new NearestOffer(
            table,
            supply,
            costs,
            (c, offer) -> sameLand(c, supply.offers.get(offer).commune()),
            NEAREST_OFFER_KM);
    Map<String, double[]> needs = declaredNeeds(theme);
    List<Indicator> indicators = new ArrayList<>();
    for (int i = 0; i < table.size(); i++) {
      if (!table.reported[i]) {
        // The context ring: its supply and demand entered the catchments; it is not reported on.
        continue;
      }
      boolean evaluable = assessable && table.anchors[i] != null;
      double sc = access.score(i);
      Double score = !evaluable || Double.isNaN(sc) ? null : sc;
      Optional<NearestOffer.Found> near =
          evaluable && measuresNearest ? nearest.of(i) : Optional.empty();
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
      indicators.add(indicator(theme, i, supply, facts, near, demand.source(i)));
    }
    return new ThemeResult(
        theme,
        assessable,
        demand.fallback(),
        reference,
        supply.equipment,
        supply.actors,
        supply.lookedFor,
        indicators,
        yardstick);
  }

  /** Commune i's indicator: its facts, classified by {@link Classifier}. */
  private Indicator indicator(
      Theme theme,
      int i,
      Supply supply,
      Classifier.Facts f,
      Optional<NearestOffer.Found> near,
      Need.Source needSource) {
    Commune c = table.communes[i];
    Classifier.Verdict v = Classifier.classify(f);
    return new Indicator(
        c.code(),
        c.name(),
        theme.id(),
        f.target(),
        needSource,
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
   * No reason quotes a nearest offer farther than this: beyond it, "no supply within 100 km" says
   * more than a distance to a place nobody would go to. The default context ring is at least as
   * wide ({@code init.Ring}).
   */
  public static final double NEAREST_OFFER_KM = 100;

  /**
   * Whether supply in commune {@code where} is on the landmass of commune i: the nearest offer is
   * never across the sea. A commune without an outline is on no known land and does not restrict.
   */
  private boolean sameLand(int i, String where) {
    Integer j = table.indexOf(where);
    return j == null || table.land[j] < 0 || table.land[j] == table.land[i];
  }

  /**
   * The yardstick of a theme: the national value when one applies, else the mean of the perimeter's
   * evaluable communes that have a score ({@link ReferenceRule}).
   */
  private Yardstick.Used yardstick(
      Theme theme, List<String> lookedFor, double[] demand, AccessResult access, boolean ok) {
    double[] score = new double[table.size()];
    boolean[] counted = new boolean[table.size()];
    for (int i = 0; i < table.size(); i++) {
      score[i] = access.score(i);
      counted[i] = ok && table.anchors[i] != null && territory.inPerimeter(table.codes.get(i));
    }
    return options
        .yardstick()
        .choose(
            theme.id(),
            theme.id(),
            options.method(),
            options.catchmentScale(),
            ReferenceComputation.definition(territory, theme, lookedFor),
            new java.util.TreeSet<>(territory.equipmentVintage().values()),
            ReferenceRule.mean(demand, score, counted));
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

  /**
   * The theme's target population in the commune: its need expression over the commune's figures,
   * or the fallback for this commune alone (see {@link Need}).
   */
  static Need target(Theme theme, Commune c) {
    return Need.of(theme, c);
  }
}
