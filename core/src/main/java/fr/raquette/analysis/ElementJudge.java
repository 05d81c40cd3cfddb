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
import fr.raquette.territory.Role;
import fr.raquette.territory.Territory;
import fr.raquette.themes.Element;
import fr.raquette.themes.Theme;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Judges one element of a theme's basket at its scale (docs/methode.md, "Échelles"): distance
 * elements with the accessibility engine and {@link Classifier#classify}, home services with {@link
 * Classifier#classifyHome}, département elements as one row per département.
 */
final class ElementJudge {
  /**
   * What every element of a diagnosis shares.
   *
   * @param wider commune pairs searched once for the catchments wider than {@code shared}, by
   *     catchment (km): rows of every commune that supplies an element of that catchment ({@link
   *     ThemeCosts}); empty when each element searches from its own supply communes
   * @param travel the travel times of a {@code couts} file on the table's communes, null when the
   *     territory has none (catchments in km)
   * @param work what the elements measured in this context share and reuse (the shared pairs within
   *     narrower catchments, the arrays of kept pairs), from every core
   */
  record Context(
      Territory territory,
      CommuneTable table,
      DiagnosisOptions options,
      Reach.Places placed,
      double shared,
      Reach communeReach,
      Map<Double, ThemeCosts.Wider> wider,
      Reach actorReach,
      UnaryOperator<String> label,
      Set<Role> roles,
      boolean[] diCovered,
      Chooser yardstick,
      TravelCosts travel,
      ReachAccess.Workspace work) {}

  /** The yardstick of a distance element ({@link Diagnoser#yardstick}). */
  @FunctionalInterface
  interface Chooser {
    Yardstick.Used choose(
        Theme theme,
        Element element,
        List<String> lookedFor,
        Demand demand,
        AccessResult access,
        boolean[] covered);
  }

  /**
   * One element judged.
   *
   * @param covered whether commune i is covered by the element's sources
   * @param outcomes per commune, null for a département element
   * @param rows per département of the perimeter, empty unless a département element
   */
  record Run(
      Element element,
      Supply supply,
      boolean[] covered,
      ElementSummary summary,
      ElementOutcome[] outcomes,
      List<DepartementRow> rows,
      Yardstick.Used yardstick) {}

  /**
   * A distance element measured at the context's catchment scale.
   *
   * @param bands its bands under the method chosen, scaled
   * @param access the scores and ratios
   * @param yardstick the yardstick chosen
   * @param reference the yardstick's value, 0 when none could be computed
   * @param cheapest the cheapest candidate offer of each commune's cost row (-1 for none), when
   *     asked for in km; else null
   * @param cheapestKm its cost
   */
  record Measured(
      DistanceBands bands,
      AccessResult access,
      Yardstick.Used yardstick,
      double reference,
      int[] cheapest,
      double[] cheapestKm) {}

  /**
   * The declared needs {count, persons} of a commune without any: one array read by every commune
   * (never written), not a new one per commune and element.
   */
  static final double[] NO_NEEDS = new double[2];

  private final Context cx;
  private final Theme theme;
  private final Element element;
  private final Demand demand;
  private final Map<String, double[]> needs;
  private final ElementOutcome[] nonEvaluable =
      new ElementOutcome[ElementOutcome.Basis.values().length];

  private ElementJudge(
      Context cx, Theme theme, Element element, Demand demand, Map<String, double[]> needs) {
    this.cx = cx;
    this.theme = theme;
    this.element = element;
    this.demand = demand;
    this.needs = needs;
  }

  static Run judge(
      Context cx, Theme theme, Element element, Demand demand, Map<String, double[]> needs) {
    return of(cx, theme, element, demand, needs).run();
  }

  /** A judge of one element, for the pieces of its judgement ({@link ScaledClasses}). */
  static ElementJudge of(
      Context cx, Theme theme, Element element, Demand demand, Map<String, double[]> needs) {
    return new ElementJudge(cx, theme, element, demand, needs);
  }

  private Run run() {
    Supply supply =
        Supply.of(
            element::bpeCodes,
            a -> Diagnoser.supplies(theme, element, a),
            cx.table(),
            cx.territory(),
            cx.label());
    boolean[] covered = new boolean[cx.table().size()];
    ElementSummary.Coverage coverage = coverage(supply, covered);
    int n = 0;
    for (boolean c : covered) {
      n += c ? 1 : 0;
    }
    return switch (element.scale()) {
      case PROXIMITE, INTERMEDIAIRE -> byDistance(supply, coverage, covered, n);
      case DOMICILE ->
          new Run(
              element,
              supply,
              covered,
              summary(supply, coverage, n, 0, null),
              atHome(supply, coverage, covered),
              List.of(),
              null);
      case DEPARTEMENT ->
          new Run(
              element,
              supply,
              covered,
              summary(supply, coverage, n, 0, null),
              null,
              coverage == ElementSummary.Coverage.FULL
                      || coverage == ElementSummary.Coverage.PARTIAL
                  ? departements(supply)
                  : List.of(),
              null);
    };
  }

  private ElementSummary summary(
      Supply supply,
      ElementSummary.Coverage coverage,
      int covered,
      double reference,
      Yardstick.Used yardstick) {
    return new ElementSummary(
        element,
        coverage,
        covered,
        cx.table().size(),
        supply.equipment,
        supply.actors,
        supply.lookedFor,
        reference,
        yardstick);
  }

  /**
   * Which communes the element's sources cover (docs/methode.md, "Bords"): every commune when an
   * exhaustive source (the BPE for its types, the France services list) has a record of it in the
   * territory; the communes where data·inclusion has any record when that partial source is the
   * only one with records of it; none when its sources are loaded but empty, or not loaded.
   */
  private ElementSummary.Coverage coverage(Supply supply, boolean[] covered) {
    boolean bpeUsed = cx.roles().contains(Role.BPE) && !supply.lookedFor.isEmpty();
    boolean fsUsed = cx.roles().contains(Role.FRANCE_SERVICES) && element.franceServices();
    boolean diUsed = cx.roles().contains(Role.DI_SERVICES) && !element.dataInclusion().isEmpty();
    boolean fsLive = false;
    boolean diLive = false;
    List<Actor> actors = cx.territory().actors();
    for (int k = 0; k < actors.size(); k++) {
      if (supply.ofActor[k] >= 0) {
        fsLive |= fsUsed && actors.get(k).from(Actor.Source.FRANCE_SERVICES);
        diLive |= diUsed && actors.get(k).from(Actor.Source.DATA_INCLUSION);
      }
    }
    // Anywhere in perimeter and ring: supply.equipment counts the perimeter only, and an element
    // absent from the perimeter but present around it is judged, not "source vide".
    boolean full = bpeUsed && Arrays.stream(supply.localEquipment).anyMatch(q -> q > 0) || fsLive;
    for (int i = 0; i < covered.length; i++) {
      covered[i] = full || diLive && cx.diCovered()[i];
    }
    if (!bpeUsed && !fsUsed && !diUsed) {
      return ElementSummary.Coverage.NO_SOURCE;
    }
    if (!full && !diLive) {
      return ElementSummary.Coverage.EMPTY_SOURCE;
    }
    return full ? ElementSummary.Coverage.FULL : ElementSummary.Coverage.PARTIAL;
  }

  private static ElementOutcome.Basis notAssessable(ElementSummary.Coverage coverage) {
    return switch (coverage) {
      case NO_SOURCE -> ElementOutcome.Basis.NO_SOURCE;
      case EMPTY_SOURCE -> ElementOutcome.Basis.EMPTY_SOURCE;
      default -> ElementOutcome.Basis.NOT_COVERED;
    };
  }

  /** The outcome of a commune where the element cannot be judged: one per reason, shared. */
  private ElementOutcome nonEvaluable(ElementOutcome.Basis basis) {
    ElementOutcome o = nonEvaluable[basis.ordinal()];
    if (o == null) {
      o =
          new ElementOutcome(
              element, Classification.NON_EVALUABLE, 0, null, null, null, null, null, basis);
      nonEvaluable[basis.ordinal()] = o;
    }
    return o;
  }

  private Run byDistance(
      Supply supply, ElementSummary.Coverage coverage, boolean[] covered, int n) {
    CommuneTable table = cx.table();
    TravelCosts travel = cx.travel();
    int[] offerLand = supply.offers.stream().mapToInt(o -> table.landOf(o.commune())).toArray();
    NearestOffer.Candidate sameLand = (c, offer) -> table.sameLand(c, offerLand[offer]);
    Measured m = measure(supply, covered, sameLand);
    NearestOffer nearest =
        travel != null
            ? null
            : new NearestOffer(
                table, supply, m.cheapest(), m.cheapestKm(), sameLand, Diagnoser.NEAREST_OFFER_KM);
    ElementOutcome[] out = new ElementOutcome[table.size()];
    for (int i = 0; i < table.size(); i++) {
      if (!table.reported[i]) {
        continue; // the context ring is never reported on (see Diagnoser.combine)
      }
      ElementOutcome.Basis unjudged = unjudged(i, covered, coverage);
      if (unjudged != null) {
        out[i] = nonEvaluable(unjudged);
      } else {
        NearestOffer.Found near =
            travel != null ? travel.nearest(i, table, supply).orElse(null) : nearest.of(i);
        out[i] = judged(i, m, near, travel != null);
      }
    }
    return new Run(
        element,
        supply,
        covered,
        summary(supply, coverage, n, m.reference(), m.yardstick()),
        out,
        List.of(),
        m.yardstick());
  }

  /**
   * The element's scores and yardstick at the context's catchment scale, under its method: in
   * minutes with travel times (cost rows and the engine), else in km ({@link ReachAccess}, with the
   * cheapest offer of each row among {@code nearest}'s candidates unless it is null).
   */
  Measured measure(Supply supply, boolean[] covered, NearestOffer.Candidate nearest) {
    CommuneTable table = cx.table();
    TravelCosts travel = cx.travel();
    DistanceBands scaled = element.bands(travel != null).scaled(cx.options().catchmentScale());
    DistanceBands bands =
        cx.options().method() == Method.TWO_SFCA ? DistanceBands.single(scaled.max()) : scaled;
    AccessOptions options = AccessOptions.of(cx.options().method(), bands);
    ReachAccess.Result r;
    if (travel != null) {
      CostMatrix costs = travel.costs(table, supply, cx.territory().actors(), bands.max());
      AccessResult access =
          AccessibilityEngine.compute(demand.values(), supply.capacity(), costs, options);
      r = new ReachAccess.Result(access, null, null);
    } else {
      r =
          ReachAccess.of(
              cx.work(),
              table,
              supply,
              cx.territory().actors(),
              ThemeCosts.reach(supply, cx, bands.max()),
              cx.actorReach(),
              options,
              demand.values(),
              nearest);
    }
    Yardstick.Used yardstick =
        cx.yardstick().choose(theme, element, supply.lookedFor, demand, r.access(), covered);
    double reference = Double.isNaN(yardstick.value()) ? 0 : yardstick.value();
    return new Measured(bands, r.access(), yardstick, reference, r.cheapest(), r.cheapestKm());
  }

  /**
   * Why a reported commune i cannot be judged by distance (not covered by the sources, no outline,
   * no travel time), or null when it can.
   */
  ElementOutcome.Basis unjudged(int i, boolean[] covered, ElementSummary.Coverage coverage) {
    if (!covered[i]) {
      return notAssessable(coverage);
    }
    if (cx.table().anchors[i] == null) {
      return ElementOutcome.Basis.NO_OUTLINE;
    }
    if (cx.travel() != null && !cx.travel().listed(i)) {
      return ElementOutcome.Basis.NO_TRAVEL_TIME;
    }
    return null;
  }

  /**
   * What is known about commune i for a distance element measured as {@code m}; {@code nearestKm}
   * null when there is no offer anywhere (or it was not looked for: it only weighs a gap's
   * severity, never its class).
   */
  Classifier.Facts facts(int i, Measured m, Double nearestKm) {
    double sc = m.access().score(i);
    double[] nd = needs.getOrDefault(cx.table().codes.get(i), NO_NEEDS);
    // A fallback target (the whole population, the theme's own could not be counted) gives a score
    // per inhabitant: compared with a yardstick per person of the target it would read as weak.
    boolean comparable = demand.source(i) != Need.Source.FALLBACK;
    return new Classifier.Facts(
        true,
        demand.target(i),
        Double.isNaN(sc) ? null : sc,
        comparable ? m.reference() : 0,
        theme.reinforceBelow(),
        demand.target(i) < theme.minimumPopulation(),
        (int) nd[0],
        nd[1],
        nearestKm,
        m.bands().max());
  }

  /**
   * The class {@link Classifier#classify} gives the {@link #facts} of commune i, without building
   * them ({@link Classifier#classOf}).
   */
  Classification classOf(int i, Measured m) {
    double[] nd = needs.getOrDefault(cx.table().codes.get(i), NO_NEEDS);
    boolean comparable = demand.source(i) != Need.Source.FALLBACK;
    return Classifier.classOf(
        m.access().score(i),
        comparable ? m.reference() : 0,
        theme.reinforceBelow(),
        demand.target(i) < theme.minimumPopulation(),
        (int) nd[0]);
  }

  /** Commune i's outcome for a distance element, in km or (with travel times) in minutes. */
  private ElementOutcome judged(int i, Measured m, NearestOffer.Found near, boolean minutes) {
    Classifier.Facts f = facts(i, m, near == null ? null : near.km());
    Classifier.Verdict v = Classifier.classify(f);
    return new ElementOutcome(
        element,
        v.classification(),
        v.severity(),
        f.nearestKm(),
        near == null ? null : cx.table().name(near.commune()),
        near == null ? null : near.what(),
        f.score(),
        v.ratio(),
        minutes ? ElementOutcome.Basis.TRAVEL_TIME : ElementOutcome.Basis.DISTANCE);
  }

  /** Home services: present in the commune's EPCI, else in its département (see Classifier). */
  private ElementOutcome[] atHome(
      Supply supply, ElementSummary.Coverage coverage, boolean[] covered) {
    CommuneTable table = cx.table();
    Set<String> epcis = new java.util.HashSet<>();
    Set<String> departements = new java.util.HashSet<>();
    for (int i = 0; i < table.size(); i++) {
      if (supply.local(i)) {
        Commune c = table.communes[i];
        if (!c.epci().isBlank()) {
          epcis.add(c.epci());
        }
        departements.add(c.departement());
      }
    }
    ElementOutcome[] out = new ElementOutcome[table.size()];
    for (int i = 0; i < table.size(); i++) {
      if (!covered[i]) {
        out[i] = nonEvaluable(notAssessable(coverage));
        continue;
      }
      Commune c = table.communes[i];
      double[] nd = needs.getOrDefault(c.code(), NO_NEEDS);
      Classifier.HomeVerdict v =
          Classifier.classifyHome(
              new Classifier.HomeFacts(
                  demand.target(i),
                  demand.target(i) < theme.minimumPopulation(),
                  (int) nd[0],
                  nd[1],
                  !c.epci().isBlank() && epcis.contains(c.epci()),
                  departements.contains(c.departement())));
      out[i] =
          new ElementOutcome(
              element, v.classification(), v.severity(), null, null, null, null, null, v.basis());
    }
    return out;
  }

  /** One row per département of the perimeter: presence, count per 100,000 of the target. */
  private List<DepartementRow> departements(Supply supply) {
    CommuneTable table = cx.table();
    SpatialIndex offers = new SpatialIndex(supply.offers.stream().map(Supply.Offer::at).toList());
    List<DepartementRow> rows = new ArrayList<>();
    for (Departement d : byDepartement(supply).values()) {
      if (!d.reported) {
        continue;
      }
      long target = Math.round(d.target);
      Double per100k = target > 0 ? d.supply / target * 100_000 : null;
      Double nearestKm = null;
      String nearestPlace = null;
      if (d.supply == 0) {
        for (int k = 0; k < d.size; k++) {
          int i = d.communes[k];
          if (table.anchors[i] != null) {
            Optional<SpatialIndex.Nearest> near = offers.nearest(table.anchors[i]);
            if (near.isPresent() && (nearestKm == null || near.get().km() < nearestKm)) {
              nearestKm = near.get().km();
              nearestPlace = table.name(supply.offers.get(near.get().index()).commune());
            }
          }
        }
      }
      rows.add(
          new DepartementRow(element, d.code, target, d.supply, per100k, nearestKm, nearestPlace));
    }
    return rows;
  }

  /** The communes of each département, by code, with their target and supply summed. */
  private SortedMap<String, Departement> byDepartement(Supply supply) {
    CommuneTable table = cx.table();
    SortedMap<String, Departement> byDep = new TreeMap<>();
    Departement d = null;
    for (int i = 0; i < table.size(); i++) {
      String code = table.communes[i].departement();
      if (d == null || !d.code.equals(code)) {
        d = byDep.computeIfAbsent(code, Departement::new);
      }
      d.add(i);
      d.target += demand.values()[i];
      d.supply += supply.localEquipment[i] + supply.localActors[i];
      d.reported |= table.reported[i];
    }
    return byDep;
  }

  /** One département's communes (table indices, in order), target and supply. */
  private static final class Departement {
    final String code;
    int[] communes = new int[64];
    int size;
    double target;
    double supply;
    boolean reported;

    Departement(String code) {
      this.code = code;
    }

    void add(int i) {
      if (size == communes.length) {
        communes = Arrays.copyOf(communes, size * 2);
      }
      communes[size++] = i;
    }
  }
}
