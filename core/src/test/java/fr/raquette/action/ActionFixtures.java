package fr.raquette.action;

import fr.raquette.territory.Commune;
import fr.raquette.territory.GeoPoint;
import fr.raquette.territory.InputFile;
import fr.raquette.territory.Role;
import fr.raquette.territory.Territory;
import fr.raquette.themes.ThemeCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Four communes on a meridian, checked by hand: A (1,000 inhabitants) has one general practitioner;
 * B (500) is 30 km north of A, D (200) 35 km, C (300) 60 km. The test theme reaches 20 km, so B, C
 * and D have no supply in reach (three "trous").
 */
final class ActionFixtures {
  static final double KM_PER_DEG = 6371.0088 * Math.PI / 180;

  private ActionFixtures() {}

  static Territory territory() {
    return territory(List.of());
  }

  /**
   * The same communes, with a general practitioner also in each of {@code alsoWithDoctor}: keeps
   * the element's source non-empty when a test closes the one of A (an element with no record at
   * all in the territory is "non évaluable (source vide)", not a gap).
   */
  static Territory territory(List<String> alsoWithDoctor) {
    SortedMap<String, Commune> communes = new TreeMap<>();
    SortedMap<String, GeoPoint> anchors = new TreeMap<>();
    Object[][] rows = {
      {"23001", "Aubière", 1000L, 0.0},
      {"23002", "Bourg", 500L, 30.0},
      {"23003", "Chambon", 300L, 60.0},
      {"23004", "Dun", 200L, 35.0}
    };
    for (Object[] r : rows) {
      String code = (String) r[0];
      communes.put(
          code, new Commune(code, (String) r[1], "23", "75", "", "", (long) r[2], Map.of()));
      anchors.put(code, new GeoPoint(2.0, 46.0 + (double) r[3] / KM_PER_DEG));
    }
    SortedMap<String, SortedMap<String, Double>> equipment = new TreeMap<>();
    equipment.put("23001", new TreeMap<>(Map.of("D201", 1.0)));
    alsoWithDoctor.forEach(c -> equipment.put(c, new TreeMap<>(Map.of("D201", 1.0))));
    return new Territory(
        "Test",
        "2026",
        communes,
        new TreeMap<>(),
        anchors,
        equipment,
        new TreeMap<>(Map.of("D201", 2013)),
        List.of(),
        Map.of(),
        List.of(),
        List.of(),
        List.of(new InputFile("bpe.csv", Role.BPE, "", 0, "UTF-8", 1, 2013)),
        List.of(),
        List.of(),
        null);
  }

  /** One theme supplied by D201, a 20 km catchment, a minimum of 100 inhabitants. */
  static ThemeCatalog catalog(Path dir) {
    String yaml =
        "themes:\n"
            + "  - id: medecin\n"
            + "    label_fr: Médecin\n"
            + "    label_en: Doctor\n"
            + "    bpe: { \"2013\": [D201] }\n"
            + "    data_inclusion: []\n"
            + "    france_services: false\n"
            + "    cible: { ages: total, label_fr: habitants, label_en: inhabitants }\n"
            + "    bandes_km: \"5:1,10:0.68,20:0.22\"\n"
            + "    population_min: 100\n"
            + "    seuil_renforcer: 0.5\n";
    try {
      Path f = dir.resolve("themes.yaml");
      Files.writeString(f, yaml);
      return ThemeCatalog.load(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
