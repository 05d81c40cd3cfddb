package fr.raquette.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.raquette.load.LoadOptions;
import fr.raquette.load.TerritoryLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The whole loader on a small valid territory where one file is replaced by fuzzed bytes: reading,
 * role detection, COG reconciliation, outlines, anchors.
 */
class LoaderFuzzTest {
  private static final List<String> NAMES =
      List.of("communes.csv", "contours.geojson", "bpe2013.csv", "besoins.csv", "territoire.yaml");

  private static final String COMMUNES =
      "CODGEO;LIBGEO;TYPECOM;COMPARENT;DEP;REG;EPCI;LIBEPCI;PMUN\n"
          + "23001;Ahun;COM;;23;75;200067189;CC Creuse Sud Ouest;1394\n"
          + "23002;Ajain;COM;;23;75;200034825;CA du Grand Guéret;1019\n";
  private static final String CONTOURS =
      "{\"type\": \"FeatureCollection\", \"features\": [\n"
          + "{\"type\": \"Feature\", \"properties\": {\"code\": \"23001\"}, \"geometry\":"
          + " {\"type\": \"Polygon\", \"coordinates\": [[[2.0, 46.0], [2.05, 46.0], [2.05,"
          + " 46.05], [2.0, 46.05], [2.0, 46.0]]]}},\n"
          + "{\"type\": \"Feature\", \"properties\": {\"code\": \"23002\"}, \"geometry\":"
          + " {\"type\": \"Polygon\", \"coordinates\": [[[2.0, 46.1], [2.05, 46.1], [2.05,"
          + " 46.15], [2.0, 46.15], [2.0, 46.1]]]}}\n"
          + "]}\n";
  private static final String BPE = "DEPCOM;TYPEQU;NB_EQUIP\n23001;D201;2\n23002;B101;1\n";

  private static Path folder;

  private static synchronized Path folder() throws IOException {
    if (folder == null) {
      folder = Files.createTempDirectory("raquette-fuzz");
      folder.toFile().deleteOnExit();
    }
    return folder;
  }

  @FuzzTest(maxDuration = "5m")
  void loader(FuzzedDataProvider data) throws IOException {
    String target = data.pickValue(NAMES);
    boolean strict = data.consumeBoolean();
    byte[] bytes = data.consumeRemainingAsBytes();
    Path dir = folder();
    for (String name : NAMES) {
      Files.deleteIfExists(dir.resolve(name));
    }
    Files.writeString(dir.resolve("communes.csv"), COMMUNES, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("contours.geojson"), CONTOURS, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("bpe2013.csv"), BPE, StandardCharsets.UTF_8);
    Files.write(dir.resolve(target), bytes);
    Contract.onlyDataException(
        () -> {
          try {
            TerritoryLoader.load(
                dir, new LoadOptions(strict, s -> Optional.of("sante").filter(s::equals), null));
          } catch (UncheckedIOException e) {
            throw new AssertionError("an I/O error escaped the loader", e);
          }
        });
  }
}
