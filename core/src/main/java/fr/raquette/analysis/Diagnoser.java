package fr.raquette.analysis;

import fr.raquette.access.AccessResult;
import fr.raquette.access.AccessibilityEngine;
import fr.raquette.access.DistanceBands;
import fr.raquette.access.Method;
import fr.raquette.load.ProgressListener;
import fr.raquette.territory.Actor;
import fr.raquette.territory.Commune;
import fr.raquette.territory.DeclaredNeed;
import fr.raquette.territory.Role;
import fr.raquette.territory.Territory;
import fr.raquette.themes.Element;
import fr.raquette.themes.NeedExpression;
import fr.raquette.themes.Theme;
import fr.raquette.themes.ThemeCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  // The travel times of a couts file on the table's communes; null without one (km).
  private final TravelCosts travel;

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
    this.travel =
        territory.travelTimes().isEmpty() ? null : TravelCosts.of(table, territory.travelTimes());
  }

  /** The same territory with other options (scaled catchments). */
  private Diagnoser(Diagnoser base, DiagnosisOptions options) {
    this.territory = base.territory;
    this.catalog = base.catalog;
    this.options = options;
    this.table = base.table;
    this.travel = base.travel;
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
    List<Theme> themes = themes();
    progress.progress(STAGE_DISTANCES, 0, -1);
    Pairs pairs = pairs(themes);
    // Themes are independent and each reads the territory only: one per core. The results keep
    // the catalogue's order and every theme's arithmetic is sequential, so the output is the same
    // bytes however the themes were scheduled.
    progress.progress(STAGE_ACCESSIBILITY, 0, -1);
    Map<List<NeedExpression>, Demand> demands = Demand.of(themes, table.communes);
    List<Assessed> assessed =
        themes.parallelStream()
            .map(t -> assess(t, demands.get(Demand.key(t)), pairs.cx(), options.sensitivity()))
            .toList();
    pairs.cx().work().release();
    List<ThemeResult> results;
    if (options.sensitivity()) {
      progress.progress(STAGE_SENSITIVITY, 0, -1);
      results = withRobustness(assessed, pairs);
    } else {
      results = assessed.stream().map(Assessed::result).toList();
    }
    progress.progress(STAGE_ACTORS, 0, -1);
    Reach actorReach = pairs.cx().actorReach();
    List<Gap> gaps =
        results.parallelStream()
            .flatMap(r -> gapsOf(r, actorReach).stream())
            .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    return new Diagnosis(territory, options, results, sorted(gaps));
  }

  /** A gap with what it is sorted by, read once ({@link #sorted}). */
  private record Keyed(double negSeverity, String commune, String theme, Gap gap) {}

  /**
   * The gaps most severe first, then by commune code and theme: the order of {@code
   * Comparator.comparingDouble(g -> -severity).thenComparing(commune).thenComparing(theme)} by the
   * same stable sort, each gap's keys read once instead of through a chain of three key extractors
   * at every comparison.
   */
  private static List<Gap> sorted(List<Gap> gaps) {
    Keyed[] keyed = new Keyed[gaps.size()];
    for (int k = 0; k < keyed.length; k++) {
      Indicator ind = gaps.get(k).indicator();
      keyed[k] = new Keyed(-ind.severity(), ind.commune(), ind.theme(), gaps.get(k));
    }
    java.util.Arrays.sort(
        keyed,
        (a, b) -> {
          int c = Double.compare(a.negSeverity(), b.negSeverity());
          if (c == 0) {
            c = a.commune().compareTo(b.commune());
          }
          return c == 0 ? a.theme().compareTo(b.theme()) : c;
        });
    List<Gap> out = new ArrayList<>(keyed.length);
    for (Keyed k : keyed) {
      out.add(k.gap());
    }
    return out;
  }

  private List<Theme> themes() {
    return catalog.all().stream()
        .filter(t -> options.themes().isEmpty() || options.themes().contains(t.id()))
        .toList();
  }

  /**
   * What every theme reads: the context of the diagnosis and the widest catchment of its elements
   * judged by distance (km); and the actor pairs as searched, within {@code actorsKm}, at least as
   * wide as the context's.
   */
  private record Pairs(ElementJudge.Context cx, double widest, Reach actors, double actorsKm) {}

  /**
   * The actor pairs within {@code km} of every commune: {@code searched} (within {@code
   * searchedKm}) or those of them within {@code km} ({@link Reach#within}: the same pairs and
   * distances as a search at that radius), else searched again.
   */
  private Reach actorsWithin(Reach searched, double searchedKm, double km) {
    if (km == searchedKm) {
      return searched;
    }
    return km < searchedKm
        ? searched.within(km)
        : Reach.of(table.anchors, territory.actors().stream().map(Actor::position).toList(), km);
  }

  private Pairs pairs(List<Theme> themes) {
    // The catchments of every element judged by distance, in km (the commune and actor pairs are
    // searched in km, also for the actors to mobilise when catchments are in minutes).
    List<Double> radii =
        themes.stream()
            .flatMap(t -> t.elements().stream())
            .filter(e -> e.scale().byDistance())
            .map(e -> kmBands(e).max())
            .toList();
    double widest = radii.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    // The commune pairs within the catchment most elements share (the smaller one on a tie) are
    // searched once; an element with a wider catchment searches from its own supply communes
    // (Reach.ofSome), one with a narrower one keeps the shared pairs within its catchment.
    Map<Double, Long> byRadius = new TreeMap<>();
    radii.forEach(r -> byRadius.merge(r, 1L, Long::sum));
    double shared =
        byRadius.entrySet().stream()
            .max(Map.Entry.<Double, Long>comparingByValue())
            .map(Map.Entry::getKey)
            .orElse(0.0);
    // The commune pairs and the actor pairs searched together; the actor pairs of the widest
    // scale of the sensitivity searched at once, those of the diagnosis kept from them.
    double actorKm = Math.max(widest, options.actorsPerGap() == 0 ? 0 : options.actorsRadiusKm());
    double searchKm =
        options.sensitivity()
            ? Math.max(actorKm, widest * java.util.Collections.max(Sensitivity.SCALES))
            : actorKm;
    Reach.Places placed = Reach.Places.of(table.anchors);
    Reach[] found = new Reach[2];
    Together.run(
        () -> found[0] = Reach.ofCommunes(placed, shared),
        () ->
            found[1] =
                Reach.of(
                    table.anchors,
                    territory.actors().stream().map(Actor::position).toList(),
                    searchKm));
    ElementJudge.Context cx =
        context(placed, shared, found[0], Map.of(), actorsWithin(found[1], searchKm, actorKm));
    prepare(cx, themes);
    return new Pairs(cx, widest, found[1], searchKm);
  }

  /**
   * The classes of every theme's reported communes with every catchment scaled by each of {@code
   * scales}, by the fast path of the sensitivity ({@link ScaledClasses}) for every theme, weak
   * answers or not: what its agreement test compares with a diagnosis run at that scale.
   */
  static List<List<Classification[]>> scaledClasses(
      Territory territory, ThemeCatalog catalog, DiagnosisOptions options, List<Double> scales) {
    Diagnoser d = new Diagnoser(territory, catalog, options);
    List<Theme> themes = d.themes();
    Pairs pairs = d.pairs(themes);
    List<ScaledClasses.Basis> all =
        themes.stream()
            .map(t -> d.assess(t, Demand.of(t.target(), d.table.communes), pairs.cx(), true))
            .map(Assessed::basis)
            .toList();
    List<List<Classification[]>> out = new ArrayList<>();
    for (double s : scales) {
      ElementJudge.Context at = d.scaledContext(pairs, s, all);
      out.add(all.stream().map(b -> ScaledClasses.of(at, b)).toList());
    }
    return out;
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
        || theme.franceServices() && a.from(Actor.Source.FRANCE_SERVICES);
  }

  private ElementJudge.Context context(
      Reach.Places placed,
      double shared,
      Reach communeReach,
      Map<Double, ThemeCosts.Wider> wider,
      Reach actorReach) {
    return new ElementJudge.Context(
        territory,
        table,
        options,
        placed,
        shared,
        communeReach,
        wider,
        actorReach,
        this::label,
        roles(),
        diCovered(),
        this::yardstick,
        travel,
        new ReachAccess.Workspace());
  }

  /**
   * Each gap's robustness ({@link Sensitivity}): a "trou" from the distance to the nearest offer of
   * the element that decided it; a "réponse à renforcer" from the classes of its theme with every
   * catchment scaled ({@link ScaledClasses}), only for the themes that have one in the perimeter.
   * Scale after scale, the commune pairs of each catchment wider than the shared pairs are searched
   * once from the supply communes of all those themes' elements of that catchment ({@link
   * ThemeCosts.Wider}).
   */
  private List<ThemeResult> withRobustness(List<Assessed> assessed, Pairs pairs) {
    List<Double> scales = Sensitivity.SCALES;
    List<ScaledClasses.Basis> weak =
        assessed.stream().filter(a -> hasWeakAnswer(a.result())).map(Assessed::basis).toList();
    Map<Theme, List<Classification[]>> scaled = new java.util.IdentityHashMap<>();
    weak.forEach(b -> scaled.put(b.theme(), new ArrayList<>()));
    // Every scale on its own, each theme's classes of each scale kept in the order of the scales.
    List<List<Classification[]>> byScale =
        scales.parallelStream()
            .map(
                s -> {
                  ElementJudge.Context at = scaledContext(pairs, s, weak);
                  return weak.parallelStream().map(b -> ScaledClasses.of(at, b)).toList();
                })
            .toList();
    for (List<Classification[]> classes : byScale) {
      for (int k = 0; k < weak.size(); k++) {
        scaled.get(weak.get(k).theme()).add(classes.get(k));
      }
    }
    return assessed.parallelStream()
        .map(a -> robustness(a.result(), scaled.getOrDefault(a.result().theme(), List.of())))
        .toList();
  }

  /**
   * The context of the themes assessed with every catchment scaled by {@code s}: the actor pairs of
   * the wider catchments when wider, and the commune pairs of each scaled catchment wider than the
   * shared pairs searched once from the supply communes of every element of that catchment.
   */
  private ElementJudge.Context scaledContext(
      Pairs pairs, double s, List<ScaledClasses.Basis> weak) {
    ElementJudge.Context cx = pairs.cx();
    Diagnoser d = new Diagnoser(this, options.atScale(s));
    Reach actors =
        weak.isEmpty() || s <= 1
            ? cx.actorReach()
            : actorsWithin(pairs.actors(), pairs.actorsKm(), pairs.widest() * s);
    Map<Double, boolean[]> from = new TreeMap<>();
    for (ScaledClasses.Basis b : weak) {
      for (ElementJudge.Run r : b.runs()) {
        double km = d.bands(r.element()).max();
        if (travel == null && r.element().scale().byDistance() && km > cx.shared()) {
          boolean[] marked = from.computeIfAbsent(km, k -> new boolean[table.size()]);
          boolean[] supplied = ThemeCosts.supplied(r.supply());
          for (int i = 0; i < marked.length; i++) {
            marked[i] |= supplied[i];
          }
        }
      }
    }
    Map<Double, ThemeCosts.Wider> wider = new HashMap<>();
    from.forEach(
        (km, marked) ->
            wider.put(
                km, ThemeCosts.Wider.of(cx.placed(), marked, km, cx.communeReach(), cx.shared())));
    ElementJudge.Context at = d.context(cx.placed(), cx.shared(), cx.communeReach(), wider, actors);
    d.prepare(at, weak.stream().map(ScaledClasses.Basis::theme).toList());
    return at;
  }

  /**
   * Counts ahead, on every core, what the distance elements of {@code themes} will read in context
   * {@code cx} (in km): the shared pairs within each narrower catchment, and the band of every pair
   * of each catchment's pairs. Lazily, the first element of a catchment would count them on one
   * core while the others waited for it; the same arrays either way.
   */
  private void prepare(ElementJudge.Context cx, List<Theme> themes) {
    if (travel != null) {
      return;
    }
    Map<Double, List<double[]>> limitsByKm = new TreeMap<>();
    for (Theme t : themes) {
      for (Element e : t.elements()) {
        if (e.scale().byDistance()) {
          DistanceBands b = bands(e);
          List<double[]> all = limitsByKm.computeIfAbsent(b.max(), k -> new ArrayList<>());
          if (all.stream().noneMatch(l -> java.util.Arrays.equals(l, b.limits()))) {
            all.add(b.limits());
          }
        }
      }
    }
    List<Double> narrower = limitsByKm.keySet().stream().filter(km -> km < cx.shared()).toList();
    narrower.parallelStream().forEach(km -> cx.work().narrower(cx.communeReach(), km));
    List<Runnable> bands = new ArrayList<>();
    limitsByKm.forEach(
        (km, all) -> {
          Reach reach =
              km < cx.shared()
                  ? cx.work().narrower(cx.communeReach(), km)
                  : km == cx.shared()
                      ? cx.communeReach()
                      : cx.wider().containsKey(km) ? cx.wider().get(km).reach() : null;
          if (reach != null) {
            all.forEach(l -> bands.add(() -> reach.bands(l)));
          }
        });
    bands.parallelStream().forEach(Runnable::run);
  }

  /** Whether a theme has a "réponse à renforcer" (indicators are the perimeter's communes only). */
  private static boolean hasWeakAnswer(ThemeResult r) {
    return r.indicators().stream().anyMatch(i -> i.classification() == Classification.RENFORCER);
  }

  /**
   * The theme's indicators with their robustness; {@code scaled} the classes of its indicators at
   * each scale ({@link ScaledClasses}), empty when none is needed.
   */
  private ThemeResult robustness(ThemeResult r, List<Classification[]> scaled) {
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
                ? trouHolds(ind, s) ? Classification.TROU : Classification.RENFORCER
                : scaled.get(k)[i]);
      }
      out.add(ind.withRobustness(Sensitivity.of(c, at)));
    }
    return r.withIndicators(out);
  }

  /**
   * Whether a commune's "trou" holds with every catchment scaled by {@code s}: some element in
   * "trou" stays one (its nearest offer beyond the scaled catchment, or a home service absent from
   * the département, which no catchment changes). A narrower catchment only adds gaps.
   */
  private boolean trouHolds(Indicator ind, double s) {
    for (ElementOutcome o : ind.elements()) {
      if (o.classification() == Classification.TROU
          && (!o.basis().byDistance()
              || Sensitivity.trouHolds(o.nearestKm(), bands(o.element()).max(), s))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The element's bands under the method chosen (one band for 2SFCA), every limit scaled by the
   * options' catchment scale: in minutes when the territory has travel times, else in km.
   */
  DistanceBands bands(Element element) {
    return underMethod(element.bands(travel != null));
  }

  /** The element's kilometre bands under the method chosen, scaled. */
  private DistanceBands kmBands(Element element) {
    return underMethod(element.bands());
  }

  private DistanceBands underMethod(DistanceBands bands) {
    DistanceBands b = bands.scaled(options.catchmentScale());
    return options.method() == Method.TWO_SFCA ? DistanceBands.single(b.max()) : b;
  }

  /**
   * Whether an actor supplies one element of a theme's basket: its thematiques (data·inclusion
   * values of the element, or the bare theme id, which local lists use, for an element that
   * data·inclusion supplies), or France services for an element that they supply. A theme without a
   * basket keeps the theme's rule ({@link #supplies(Theme, Actor)}).
   */
  public static boolean supplies(Theme theme, Element element, Actor a) {
    if (!theme.isBasket()) {
      return supplies(theme, a);
    }
    if (a.position() == null) {
      return false;
    }
    return element.suppliedBy(a.thematiques())
        || !element.dataInclusion().isEmpty() && hasThemeId(a.thematiques(), theme.id())
        || element.franceServices() && a.from(Actor.Source.FRANCE_SERVICES);
  }

  private static boolean hasThemeId(List<String> thematiques, String id) {
    for (String t : thematiques) {
      if (t != null && t.strip().toLowerCase(java.util.Locale.ROOT).equals(id)) {
        return true;
      }
    }
    return false;
  }

  private Set<Role> roles() {
    Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
    territory.inputs().forEach(f -> roles.add(f.role()));
    return roles;
  }

  /**
   * The communes where data·inclusion has at least one record: where that partial source looked.
   */
  private boolean[] diCovered() {
    boolean[] covered = new boolean[table.size()];
    for (Actor a : territory.actors()) {
      Integer i = table.indexOf(a.commune());
      if (i != null && a.from(Actor.Source.DATA_INCLUSION)) {
        covered[i] = true;
      }
    }
    return covered;
  }

  /**
   * One theme across the territory: its demand, each element of its basket judged at its scale
   * ({@link ElementJudge}), and every commune classified by the worst of its judged elements.
   */
  private Assessed assess(Theme theme, Demand demand, ElementJudge.Context cx, boolean keepBasis) {
    Map<String, double[]> needs = declaredNeeds(theme);
    // Each element on its own (the basket's order kept): the cores share a theme's elements.
    List<ElementJudge.Run> runs =
        theme.elements().parallelStream()
            .map(e -> ElementJudge.judge(cx, theme, e, demand, needs))
            .toList();
    int[] localActors = new int[table.size()];
    int actors = 0;
    for (Actor a : territory.actors()) {
      if (supplies(theme, a)) {
        actors++;
        Integer i = table.indexOf(a.commune());
        if (i != null) {
          localActors[i]++;
        }
      }
    }
    List<Indicator> indicators = new ArrayList<>();
    for (int i = 0; i < table.size(); i++) {
      if (!table.reported[i]) {
        // The context ring: its supply and demand entered the catchments; it is not reported on.
        continue;
      }
      double[] nd = needs.getOrDefault(table.codes.get(i), ElementJudge.NO_NEEDS);
      indicators.add(combine(theme, i, demand, runs, nd, localActors[i]));
    }
    List<ElementSummary> summaries = runs.stream().map(ElementJudge.Run::summary).toList();
    boolean assessable =
        runs.stream().anyMatch(r -> r.outcomes() != null && r.summary().assessable());
    double reference =
        runs.stream()
            .filter(r -> r.element().scale().byDistance() && r.summary().assessable())
            .mapToDouble(r -> r.summary().reference())
            .findFirst()
            .orElse(0);
    java.util.SortedSet<String> codes = new java.util.TreeSet<>();
    summaries.forEach(x -> codes.addAll(x.bpeCodes()));
    ThemeResult result =
        new ThemeResult(
            theme,
            assessable,
            demand.fallback(),
            reference,
            summaries.stream().mapToDouble(ElementSummary::equipment).sum(),
            actors,
            new ArrayList<>(codes),
            indicators,
            runs.stream()
                .filter(r -> r.element().scale().byDistance() && r.summary().assessable())
                .map(ElementJudge.Run::yardstick)
                .findFirst()
                .orElse(null),
            summaries,
            runs.stream().flatMap(r -> r.rows().stream()).toList());
    return new Assessed(
        result, keepBasis ? new ScaledClasses.Basis(theme, demand, needs, runs) : null);
  }

  /**
   * A theme assessed, and what its assessments at other scales reuse (null when the sensitivity is
   * not asked for).
   */
  private record Assessed(ThemeResult result, ScaledClasses.Basis basis) {}

  /**
   * Commune i's indicator: the class of the worst of its judged elements (a gap before a weak
   * answer before covered; the higher severity, then an element covered only because under the
   * threshold, then the basket's order, on a tie), whose distance, score and ratio it reports; non
   * évaluable when no element can be judged there.
   */
  private Indicator combine(
      Theme theme, int i, Demand demand, List<ElementJudge.Run> runs, double[] nd, int actors) {
    long target = demand.target(i);
    ElementOutcome[] judged = new ElementOutcome[runs.size()];
    int count = 0;
    double equipment = 0;
    ElementOutcome worst = null;
    for (int k = 0; k < judged.length; k++) {
      ElementJudge.Run r = runs.get(k);
      equipment += r.supply().localEquipment[i];
      if (r.outcomes() == null) {
        continue;
      }
      ElementOutcome o = r.outcomes()[i];
      judged[count++] = o;
      if (isWorse(o, worst)) {
        worst = o;
      }
    }
    Commune c = table.communes[i];
    return new Indicator(
        c.code(),
        c.name(),
        theme.id(),
        target,
        demand.source(i),
        equipment,
        actors,
        worst == null ? null : worst.nearestKm(),
        worst == null ? null : worst.nearestPlace(),
        worst == null ? null : worst.nearestWhat(),
        worst == null ? null : worst.score(),
        worst == null ? null : worst.ratio(),
        (int) nd[0],
        nd[1],
        target < theme.minimumPopulation(),
        worst == null ? Classification.NON_EVALUABLE : worst.classification(),
        worst == null ? 0 : worst.severity(),
        null,
        // An immutable list, which the indicator keeps as it is.
        count == judged.length ? List.of(judged) : List.of(java.util.Arrays.copyOf(judged, count)));
  }

  /**
   * Whether an element's outcome replaces {@code worst} (null: none so far) as the one that decides
   * a commune's class, the elements met in the basket's order: a gap before a weak answer before
   * covered; on a tie the higher severity, then an element covered only because under the
   * threshold; else the first met. A non évaluable outcome never decides.
   */
  static boolean isWorse(ElementOutcome o, ElementOutcome worst) {
    if (o.classification() == Classification.NON_EVALUABLE) {
      return false;
    }
    if (worst == null) {
      return true;
    }
    int a = rank(o.classification());
    int b = rank(worst.classification());
    return a > b
        || a == b && o.severity() > worst.severity()
        || a == b && o.severity() == worst.severity() && unreached(o) && !unreached(worst);
  }

  /** Covered only because under the threshold: no supply within the element's catchment. */
  private static boolean unreached(ElementOutcome o) {
    return o.basis().byDistance() && o.score() == null;
  }

  /** How grave a class is when an element's classes are combined: a gap, a weak answer, else. */
  private static int rank(Classification c) {
    return switch (c) {
      case TROU -> 2;
      case RENFORCER -> 1;
      default -> 0;
    };
  }

  /**
   * The class of a commune combining its elements' classes as {@link #isWorse} does, when only the
   * classes are known: {@code worst} so far (null for none judged yet) and another element's class,
   * non évaluable ones left out (the class of the outcome that decides depends on the ranks alone).
   */
  static Classification worstClass(Classification worst, Classification c) {
    if (c == Classification.NON_EVALUABLE) {
      return worst;
    }
    return worst == null || rank(c) > rank(worst) ? c : worst;
  }

  /**
   * No reason quotes a nearest offer farther than this: beyond it, "no supply within 100 km" says
   * more than a distance to a place nobody would go to. The default context ring is at least as
   * wide ({@code init.Ring}).
   */
  public static final double NEAREST_OFFER_KM = 100;

  /**
   * The yardstick of one element: the national value when one applies, else the mean of the
   * perimeter's evaluable communes (covered by the element's sources) that have a score ({@link
   * ReferenceRule}). A commune whose target population could not be counted (its fallback, the
   * whole population, was used) stays out: its score is per inhabitant, not per person of the
   * target, and would pull the mean down.
   */
  Yardstick.Used yardstick(
      Theme theme,
      Element element,
      List<String> lookedFor,
      Demand demand,
      AccessResult access,
      boolean[] covered) {
    double[] score = new double[table.size()];
    boolean[] counted = new boolean[table.size()];
    for (int i = 0; i < table.size(); i++) {
      score[i] = access.score(i);
      counted[i] =
          covered[i]
              && table.anchors[i] != null
              && table.reported[i]
              && demand.source(i) != Need.Source.FALLBACK;
    }
    return options
        .yardstick()
        .choose(
            theme.id(),
            element.id(),
            options.method(),
            options.catchmentScale(),
            ReferenceComputation.definition(territory, theme, element, lookedFor),
            new java.util.TreeSet<>(territory.equipmentVintage().values()),
            ReferenceRule.mean(demand.values(), score, counted));
  }

  /** The declared needs of a theme by commune: {count, persons}. */
  private Map<String, double[]> declaredNeeds(Theme theme) {
    return fr.raquette.territory.NeedTally.by(
        territory.needs(),
        n -> n.theme().equals(theme.id()),
        DeclaredNeed::commune,
        new HashMap<>());
  }

  private String label(String typequ) {
    String l = territory.bpeLabels().get(typequ);
    if (l == null) {
      l = NOMENCLATURE.label(typequ).orElse(null);
    }
    return l == null ? typequ : l;
  }
}
