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
import fr.raquette.themes.Theme;
import fr.raquette.themes.ThemeCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
    this.travel =
        territory.travelTimes().isEmpty() ? null : TravelCosts.of(table, territory.travelTimes());
    this.measuresNearest = true;
  }

  /** The same territory with other options (scaled catchments), the nearest offer not searched. */
  private Diagnoser(Diagnoser base, DiagnosisOptions options) {
    this.territory = base.territory;
    this.catalog = base.catalog;
    this.options = options;
    this.table = base.table;
    this.travel = base.travel;
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
    ElementJudge.Context cx = context(placed, shared, communeReach, actorReach);
    List<ThemeResult> results = themes.parallelStream().map(t -> assess(t, cx)).toList();
    if (options.sensitivity()) {
      progress.progress(STAGE_SENSITIVITY, 0, -1);
      results = withRobustness(results, cx, widest);
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

  private ElementJudge.Context context(
      Reach.Places placed, double shared, Reach communeReach, Reach actorReach) {
    return new ElementJudge.Context(
        territory,
        table,
        options,
        placed,
        shared,
        communeReach,
        actorReach,
        this::label,
        roles(),
        diCovered(),
        this::yardstick,
        measuresNearest,
        travel);
  }

  /**
   * Each gap's robustness ({@link Sensitivity}): a "trou" from the distance to the nearest offer of
   * the element that decided it; a "réponse à renforcer" from its theme assessed again with every
   * catchment scaled, only for the themes that have one in the perimeter (an element wider than the
   * shared pairs searches from its supply communes, {@link ThemeCosts}).
   */
  private List<ThemeResult> withRobustness(
      List<ThemeResult> results, ElementJudge.Context cx, double widest) {
    List<Double> scales = Sensitivity.SCALES;
    Set<Theme> weak = new HashSet<>();
    results.stream().filter(this::hasWeakAnswer).forEach(r -> weak.add(r.theme()));
    List<ElementJudge.Context> scaled = new ArrayList<>();
    for (double s : scales) {
      Diagnoser d = new Diagnoser(this, options.atScale(s));
      Reach actors =
          weak.isEmpty() || s <= 1
              ? cx.actorReach()
              : Reach.of(
                  table.anchors,
                  territory.actors().stream().map(Actor::position).toList(),
                  widest * s);
      scaled.add(d.context(cx.placed(), cx.shared(), cx.communeReach(), actors));
    }
    return results.parallelStream()
        .map(
            r -> {
              List<ThemeResult> at = new ArrayList<>();
              for (int k = 0; k < scales.size() && weak.contains(r.theme()); k++) {
                at.add(
                    new Diagnoser(this, options.atScale(scales.get(k)))
                        .assess(r.theme(), scaled.get(k)));
              }
              return robustness(r, at);
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
                : scaled.get(k).indicators().get(i).classification());
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
        || element.franceServices() && a.sources().contains("france-services");
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
      if (i != null && a.sources().stream().anyMatch(x -> x.startsWith("data-inclusion"))) {
        covered[i] = true;
      }
    }
    return covered;
  }

  /**
   * One theme across the territory: its demand, each element of its basket judged at its scale
   * ({@link ElementJudge}), and every commune classified by the worst of its judged elements.
   */
  private ThemeResult assess(Theme theme, ElementJudge.Context cx) {
    Demand demand = Demand.of(theme, table.communes);
    Map<String, double[]> needs = declaredNeeds(theme);
    List<ElementJudge.Run> runs =
        theme.elements().stream()
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
      double[] nd = needs.getOrDefault(table.codes.get(i), new double[2]);
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
    return new ThemeResult(
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
  }

  /**
   * Commune i's indicator: the class of the worst of its judged elements (a gap before a weak
   * answer before covered; the higher severity, then an element covered only because under the
   * threshold, then the basket's order, on a tie), whose distance, score and ratio it reports; non
   * évaluable when no element can be judged there.
   */
  private Indicator combine(
      Theme theme, int i, Demand demand, List<ElementJudge.Run> runs, double[] nd, int actors) {
    long target = demand.target(i);
    List<ElementOutcome> judged = new ArrayList<>();
    double equipment = 0;
    ElementOutcome worst = null;
    for (ElementJudge.Run r : runs) {
      equipment += r.supply().localEquipment[i];
      if (r.outcomes() == null) {
        continue;
      }
      ElementOutcome o = r.outcomes()[i];
      judged.add(o);
      if (o.classification() != Classification.NON_EVALUABLE
          && (worst == null
              || rank(o) > rank(worst)
              || rank(o) == rank(worst) && o.severity() > worst.severity()
              || rank(o) == rank(worst)
                  && o.severity() == worst.severity()
                  && unreached(o)
                  && !unreached(worst))) {
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
        judged);
  }

  /** Covered only because under the threshold: no supply within the element's catchment. */
  private static boolean unreached(ElementOutcome o) {
    return o.basis().byDistance() && o.score() == null;
  }

  private static int rank(ElementOutcome o) {
    return switch (o.classification()) {
      case TROU -> 2;
      case RENFORCER -> 1;
      default -> 0;
    };
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
   * ReferenceRule}).
   */
  Yardstick.Used yardstick(
      Theme theme,
      Element element,
      List<String> lookedFor,
      double[] demand,
      AccessResult access,
      boolean[] covered) {
    double[] score = new double[table.size()];
    boolean[] counted = new boolean[table.size()];
    for (int i = 0; i < table.size(); i++) {
      score[i] = access.score(i);
      counted[i] =
          covered[i] && table.anchors[i] != null && territory.inPerimeter(table.codes.get(i));
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
            ReferenceRule.mean(demand, score, counted));
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

  /**
   * The theme's target population in the commune: its need expression over the commune's figures,
   * or the fallback for this commune alone (see {@link Need}).
   */
  static Need target(Theme theme, Commune c) {
    return Need.of(theme, c);
  }
}
