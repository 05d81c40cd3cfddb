package fr.raquette.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.raquette.geo.OutlinesReader;
import fr.raquette.io.Problems;
import fr.raquette.io.TextFile;

/** GeoJSON outlines: streaming parse, code detection, geometry repair, axis and CRS guessing. */
class OutlinesFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void outlines(byte[] input) {
    Contract.onlyDataException(
        () -> OutlinesReader.read(TextFile.decode("fuzz.geojson", input), null, new Problems()));
  }
}
