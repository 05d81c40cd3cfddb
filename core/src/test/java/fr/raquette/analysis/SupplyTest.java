package fr.raquette.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.raquette.actors.ActorFixtures;
import fr.raquette.territory.Actor;
import fr.raquette.territory.Commune;
import fr.raquette.territory.GeoPoint;
import fr.raquette.territory.Territory;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** What a theme's supply holds, perimeter and context ring alike. */
class SupplyTest {
  /**
   * Regression: an actor of the context ring only (a France services just across the border) was no
   * supply at all when no actor of the perimeter offered the theme: anyActor() counted the
   * perimeter's actors, and the pairs of actors were then never searched.
   */
  @Test
  void anActorOfTheRingAloneIsSupply() {
    SortedMap<String, Commune> communes = new TreeMap<>();
    SortedMap<String, GeoPoint> anchors = new TreeMap<>();
    for (String code : List.of("23001", "87001")) {
      communes.put(code, new Commune(code, code, "23", "75", "", "", 1000L, Map.of()));
      anchors.put(code, new GeoPoint(2.0, code.equals("23001") ? 46.0 : 46.05));
    }
    Actor ring =
        ActorFixtures.actor(
            "local:1",
            "France services (exemple)",
            List.of("local"),
            "87001",
            anchors.get("87001"),
            List.of("numerique"),
            "",
            List.of(),
            "");
    Territory t =
        new Territory(
            "Test",
            "2026",
            communes,
            new TreeMap<>(),
            anchors,
            new TreeMap<>(),
            new TreeMap<>(),
            List.of(),
            Map.of(),
            List.of(ring),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            new TreeSet<>(List.of("23001")),
            List.of(),
            null);
    CommuneTable table = new CommuneTable(t);
    Supply s = Supply.of(i -> List.of(), a -> true, table, t, UnaryOperator.identity());
    assertTrue(s.anyActor(), "the ring's actor offers the theme");
    assertEquals(0, s.actors, "it is not counted among the perimeter's actors");
  }
}
