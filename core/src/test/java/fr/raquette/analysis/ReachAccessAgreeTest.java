package fr.raquette.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.raquette.access.AccessOptions;
import fr.raquette.access.AccessResult;
import fr.raquette.access.AccessibilityEngine;
import fr.raquette.access.CostMatrix;
import fr.raquette.access.DistanceBands;
import fr.raquette.access.Method;
import fr.raquette.geo.SpatialIndex;
import fr.raquette.load.LoadOptions;
import fr.raquette.load.TerritoryLoader;
import fr.raquette.territory.Actor;
import fr.raquette.territory.Territory;
import fr.raquette.themes.Element;
import fr.raquette.themes.Theme;
import fr.raquette.themes.ThemeCatalog;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * {@link ReachAccess}, the accessibility read straight from the pairs searched once, gives the
 * doubles of its oracle, the element's cost rows ({@link ThemeCosts}) run through the {@link
 * AccessibilityEngine}, and the cheapest candidate offer of every cost row ({@link
 * NearestOffer#cheapestInRow}): every element judged by distance of every built-in theme, on the
 * real samples of the Creuse and the Rhône with their context rings (equipment, France services and
 * local actors, large communes whose own supply is not at 0 km), under the three methods, at the
 * three catchment scales, from the shared pairs, from pairs searched from the element's own supply
 * communes and from pairs searched once for several elements.
 */
class ReachAccessAgreeTest {
  /** What one comparison met, so that it means something. */
  private static final class Met {
    long scores;
    long ratios;
    long cheapest;
    long actorElements;
    long ownKm;
  }

  private static Territory load(String sample) throws Exception {
    return TerritoryLoader.load(
        Path.of("..", "data-samples", sample),
        new LoadOptions(false, ThemeCatalog.builtIn()::resolveThemeId, null));
  }

  private static ElementJudge.Context context(
      Territory t, CommuneTable table, double shared, Map<Double, ThemeCosts.Wider> wider) {
    Reach.Places placed = Reach.Places.of(table.anchors);
    Reach actorReach =
        Reach.of(table.anchors, t.actors().stream().map(Actor::position).toList(), 45);
    return new ElementJudge.Context(
        t,
        table,
        DiagnosisOptions.defaults(),
        placed,
        shared,
        Reach.ofCommunes(placed, shared),
        wider,
        actorReach,
        UnaryOperator.identity(),
        java.util.Set.of(),
        new boolean[table.size()],
        null,
        null,
        new ReachAccess.Workspace());
  }

  /** A method at a catchment scale. */
  private record Run(Method method, double scale) {}

  /** E2SFCA at every scale, 2SFCA at 1× and 3SFCA at 1.5×. */
  private static final List<Run> EVERY =
      List.of(
          new Run(Method.E2SFCA, 1),
          new Run(Method.E2SFCA, 0.75),
          new Run(Method.E2SFCA, 1.5),
          new Run(Method.TWO_SFCA, 1),
          new Run(Method.THREE_SFCA, 1.5));

  private static void agree(ElementJudge.Context cx, Met met, List<Run> runs) {
    Territory t = cx.territory();
    CommuneTable table = cx.table();
    for (Theme theme : ThemeCatalog.builtIn().all()) {
      double[] demand = Demand.of(theme.target(), table.communes).values();
      for (Element e : theme.elements()) {
        if (!e.scale().byDistance()) {
          continue;
        }
        Supply supply =
            Supply.of(
                e::bpeCodes,
                a -> Diagnoser.supplies(theme, e, a),
                table,
                t,
                UnaryOperator.identity());
        met.actorElements += supply.anyActor() ? 1 : 0;
        for (Run r : runs) {
          DistanceBands scaled = e.bands().scaled(r.scale());
          DistanceBands bands =
              r.method() == Method.TWO_SFCA ? DistanceBands.single(scaled.max()) : scaled;
          String what = theme.id() + "/" + e.id() + " " + r.method() + " ×" + r.scale();
          agree(cx, what, supply, demand, bands, r.method(), met);
        }
      }
    }
  }

  private static void agree(
      ElementJudge.Context cx,
      String what,
      Supply supply,
      double[] demand,
      DistanceBands bands,
      Method m,
      Met met) {
    CommuneTable table = cx.table();
    List<Actor> actors = cx.territory().actors();
    AccessOptions options = AccessOptions.of(m, bands);
    CostMatrix costs = ThemeCosts.of(table, supply, actors, cx, bands.max());
    AccessResult oracle = AccessibilityEngine.compute(demand, supply.capacity(), costs, options);
    // Every other offer is a candidate for every commune: ties and refusals both met.
    NearestOffer.Candidate candidate = (i, offer) -> (i + offer) % 3 != 0;
    ReachAccess.Result fast =
        ReachAccess.of(
            cx.work(),
            table,
            supply,
            actors,
            ThemeCosts.reach(supply, cx, bands.max()),
            cx.actorReach(),
            options,
            demand,
            candidate);
    for (int i = 0; i < table.size(); i++) {
      int c = i;
      assertEquals(bits(oracle.score(i)), bits(fast.access().score(i)), () -> what + " score " + c);
      met.scores += Double.isNaN(oracle.score(i)) ? 0 : 1;
      Optional<SpatialIndex.Nearest> near = NearestOffer.cheapestInRow(costs, candidate, i);
      assertEquals(
          near.map(SpatialIndex.Nearest::index).orElse(-1), fast.cheapest()[i], () -> what + c);
      if (near.isPresent()) {
        assertEquals(bits(near.get().km()), bits(fast.cheapestKm()[i]), () -> what + " km " + c);
        met.cheapest++;
        met.ownKm += near.get().km() > 0 && table.ownKm[i] == near.get().km() ? 1 : 0;
      }
    }
    assertEquals(oracle.supplyCount(), fast.access().supplyCount(), what);
    for (int j = 0; j < oracle.supplyCount(); j++) {
      int o = j;
      assertEquals(
          bits(oracle.supplyRatio(j)),
          bits(fast.access().supplyRatio(j)),
          () -> what + " ratio " + o);
      met.ratios += Double.isNaN(oracle.supplyRatio(j)) ? 0 : 1;
    }
  }

  private static long bits(double d) {
    return Double.doubleToRawLongBits(d);
  }

  private static void agreeOn(String sample, List<Run> runs) throws Exception {
    Territory t = load(sample);
    CommuneTable table = new CommuneTable(t);
    Met met = new Met();
    // The 30 km catchments wider than the shared 20 km: searched from each element's supply.
    agree(context(t, table, 20, Map.of()), met, runs);
    // Searched once from every commune for every catchment above 15 km (a few of them).
    Reach.Places placed = Reach.Places.of(table.anchors);
    boolean[] all = new boolean[table.size()];
    java.util.Arrays.fill(all, true);
    Map<Double, ThemeCosts.Wider> wider = new HashMap<>();
    for (double km : new double[] {30, 45}) {
      wider.put(km, ThemeCosts.Wider.of(placed, all, km));
    }
    agree(context(t, table, 15, wider), met, List.of(new Run(Method.E2SFCA, 1.5)));
    assertTrue(met.scores > 100_000, sample + " scores " + met.scores);
    assertTrue(met.ratios > 10_000, sample + " ratios " + met.ratios);
    assertTrue(met.cheapest > 100_000, sample + " cheapest " + met.cheapest);
    assertTrue(met.actorElements > 0, sample + ": no element supplied by actors");
    assertTrue(met.ownKm > 0, sample + ": no large commune's own supply met");
  }

  @Test
  void agreesOnTheCreuse() throws Exception {
    agreeOn("creuse", EVERY);
  }

  @Test
  void agreesOnTheRhone() throws Exception {
    agreeOn("rhone", List.of(new Run(Method.E2SFCA, 1), new Run(Method.THREE_SFCA, 1.5)));
  }
}
