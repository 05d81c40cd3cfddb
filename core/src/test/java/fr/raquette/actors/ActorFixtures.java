package fr.raquette.actors;

import fr.raquette.territory.Actor;
import fr.raquette.territory.Commune;
import fr.raquette.territory.GeoPoint;
import fr.raquette.territory.Territory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A small territory built by hand (illustrative names and places): anchors on a simple grid so that
 * distances can be checked by hand.
 */
public final class ActorFixtures {
  private ActorFixtures() {}

  static final GeoPoint BOUSSAC = new GeoPoint(2.0, 46.0);

  static Territory territory() {
    SortedMap<String, Commune> communes = new TreeMap<>();
    SortedMap<String, GeoPoint> anchors = new TreeMap<>();
    commune(communes, anchors, "23031", "Boussac", BOUSSAC);
    commune(communes, anchors, "23061", "Chénérailles", new GeoPoint(2.0, 46.1));
    commune(communes, anchors, "23093", "Gouzon", new GeoPoint(2.05, 46.0));
    commune(communes, anchors, "23227", "Saint-Priest", new GeoPoint(2.5, 46.5));
    commune(communes, anchors, "69290", "Saint-Priest", new GeoPoint(4.9, 45.7));
    commune(communes, anchors, "23096", "Guéret", null);

    List<Actor> actors = new ArrayList<>();
    actors.add(
        actor(
            "france-services:1",
            "France services Boussac",
            List.of("france-services"),
            "23031",
            new GeoPoint(2.0, 46.001),
            List.of("france-services"),
            "france-services",
            List.of(),
            "France services · Principal"));
    actors.add(
        actor(
            "local:a.csv:2",
            "Épicerie solidaire (exemple)",
            List.of("local"),
            "23031",
            new GeoPoint(2.001, 46.0),
            List.of("alimentation", "equipement-et-alimentation--alimentation"),
            "epicerie-solidaire",
            List.of("personnes en difficulté financière"),
            "Colis et épicerie à prix réduits"));
    actors.add(
        actor(
            "local:a.csv:3",
            "Garage solidaire (exemple)",
            List.of("local"),
            "23061",
            new GeoPoint(2.0, 46.1),
            List.of("mobilite", "mobilite--acceder-a-un-vehicule"),
            "association",
            List.of("jeunes 16-25 ans"),
            "Location de véhicules"));
    actors.add(
        actor(
            "local:a.csv:4",
            "Transport solidaire (exemple)",
            List.of("local"),
            "23093",
            new GeoPoint(2.05, 46.0),
            List.of("mobilite"),
            "association",
            List.of("personnes âgées"),
            "Chauffeurs bénévoles"));
    actors.add(
        actor(
            "local:a.csv:5",
            "CCAS de Saint-Priest (exemple)",
            List.of("local"),
            "23227",
            new GeoPoint(2.5, 46.5),
            List.of("logement", "logement-hebergement--se-maintenir-dans-le-logement"),
            "CCAS",
            List.of("ménages modestes"),
            "Aides facultatives"));
    // Guéret has no outline here: its actor could not be placed.
    actors.add(
        new Actor(
            "local:a.csv:6",
            "Aide alimentaire (exemple)",
            List.of("local"),
            "23096",
            null,
            Actor.Precision.COMMUNE,
            List.of("alimentation"),
            "association",
            List.of("familles"),
            "Distribution de colis",
            "",
            "",
            "",
            "a.csv:6"));

    SortedMap<String, SortedMap<String, Double>> equipment = new TreeMap<>();
    // D201 médecin, A110 Pôle emploi (a theme counts it), A504 restaurant and B101 hypermarché
    // (not social action).
    equipment.put(
        "23031", new TreeMap<>(Map.of("D201", 2.0, "A110", 1.0, "A504", 3.0, "B101", 1.0)));
    equipment.put("23093", new TreeMap<>(Map.of("D232", 4.0)));
    SortedMap<String, Integer> vintage = new TreeMap<>();
    for (String c : List.of("D201", "A110", "A504", "B101", "D232")) {
      vintage.put(c, 2013);
    }
    return new Territory(
        "Test",
        "2026",
        communes,
        new TreeMap<>(),
        anchors,
        equipment,
        vintage,
        List.of(),
        Map.of("D201", "Médecin généraliste (libellé du territoire)"),
        actors,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null);
  }

  private static void commune(
      SortedMap<String, Commune> communes,
      SortedMap<String, GeoPoint> anchors,
      String code,
      String name,
      GeoPoint anchor) {
    communes.put(code, new Commune(code, name, code.substring(0, 2), "", "", "", 100, Map.of()));
    if (anchor != null) {
      anchors.put(code, anchor);
    }
  }

  /** An actor placed at a point, its line of origin its id. */
  public static Actor actor(
      String id,
      String name,
      List<String> sources,
      String commune,
      GeoPoint at,
      List<String> thematiques,
      String type,
      List<String> publics,
      String description) {
    return new Actor(
        id,
        name,
        sources,
        commune,
        at,
        Actor.Precision.POINT,
        thematiques,
        type,
        publics,
        description,
        "",
        "",
        "",
        id);
  }
}
