package fr.raquette.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.raquette.io.TextFile;
import fr.raquette.load.Manifest;

/** territoire.yaml: YAML syntax, schema, types, roles. */
class ManifestFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void manifest(byte[] input) {
    Contract.onlyDataException(() -> Manifest.parse(TextFile.decode("territoire.yaml", input)));
  }
}
