package fr.raquette.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.raquette.report.CsvDialect;
import fr.raquette.report.Text;
import fr.raquette.territory.Actor;
import fr.raquette.territory.GeoPoint;
import fr.raquette.territory.Territory;
import fr.raquette.themes.ThemeCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ActorFormatsTest {
  private static final Text FR = new Text(Locale.FRENCH);

  private static ActorListing listing(ActorQuery q, Actor... extra) {
    Territory t = ActorFixtures.territory();
    List<Actor> actors = new ArrayList<>(t.actors());
    actors.addAll(List.of(extra));
    Territory more =
        new Territory(
            t.name(),
            t.cogYear(),
            t.communes(),
            t.outlines(),
            t.anchors(),
            t.equipment(),
            t.equipmentVintage(),
            t.equipmentPoints(),
            t.bpeLabels(),
            actors,
            t.needs(),
            t.inputs(),
            t.cogChanges(),
            t.problems(),
            t.perimeter());
    return ActorFinder.find(more, ThemeCatalog.builtIn(), q);
  }

  @Test
  void fitCutsWithAnEllipsis() {
    assertEquals("abc", ActorFormats.fit("abc", 3));
    assertEquals("ab…", ActorFormats.fit("abcd", 3));
    assertEquals("a…", ActorFormats.fit("a bcd", 3), "no space before the ellipsis");
  }

  @Test
  void tableFitsEightyColumnsWhateverTheNames() {
    Actor longOne =
        ActorFixtures.actor(
            "local:a.csv:9",
            "Association intercommunale pour l'accompagnement des personnes âgées et de leurs"
                + " aidants familiaux (exemple)",
            List.of("local"),
            "23093",
            new GeoPoint(2.05, 46.0),
            List.of("longevite", "isolement", "famille--soutien-aidants", "numerique", "sante"),
            "association-intercommunale-de-services",
            List.of(),
            "");
    for (ActorQuery q :
        List.of(
            ActorQuery.all().withEquipment(true),
            ActorQuery.all().near("Boussac", 50).withEquipment(true))) {
      String table = ActorFormats.table(listing(q, longOne), FR);
      for (String line : table.split("\n")) {
        assertTrue(line.length() <= 80, line.length() + ": " + line);
      }
      assertTrue(table.contains("Association intercommunal"), table);
      assertTrue(table.contains("…"), table);
    }
  }

  @Test
  void distancesOfActorsPlacedAtTheirCommuneAreMarked() {
    Actor noPoint =
        new Actor(
            "local:a.csv:8",
            "Relais (exemple)",
            List.of("local"),
            "23093",
            new GeoPoint(2.05, 46.0),
            Actor.Precision.COMMUNE,
            List.of(),
            "",
            List.of(),
            "",
            "",
            "",
            "",
            "a.csv:8");
    String table = ActorFormats.table(listing(ActorQuery.all().near("23031", 5), noPoint), FR);
    assertTrue(table.contains("~3,9 km"), table);
    assertTrue(table.contains("~ : pas de coordonnées dans la source"), table);
  }

  @Test
  void csvNumbersFollowTheDialectWhateverTheLanguage() {
    String csv =
        ActorFormats.csv(listing(ActorQuery.all().near("Boussac", 12)), CsvDialect.EXCEL_FR);
    assertTrue(csv.startsWith("\uFEFFid;nom;commune;code_commune;distance_km;precision;"), csv);
    assertTrue(csv.contains(";11,12;point;local;"), csv);
    String rfc = ActorFormats.csv(listing(ActorQuery.all()), CsvDialect.RFC4180);
    assertTrue(rfc.startsWith("id,nom,commune,code_commune,precision,"), rfc);
    String rfcNear =
        ActorFormats.csv(listing(ActorQuery.all().near("Boussac", 12)), CsvDialect.RFC4180);
    assertTrue(rfcNear.contains(",11.12,point,local,"), rfcNear);
  }

  @Test
  void formatIds() {
    assertEquals(ActorFormats.Format.MD, ActorFormats.Format.fromId("Markdown"));
    assertEquals(ActorFormats.Format.TABLE, ActorFormats.Format.fromId("table"));
    assertThrows(IllegalArgumentException.class, () -> ActorFormats.Format.fromId("xml"));
  }
}
