package fr.raquette.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.raquette.io.CsvRow;
import fr.raquette.io.CsvTable;
import fr.raquette.io.Problems;
import fr.raquette.io.TextFile;

/** Bytes → text → table → every field of every row, with its location. */
class CsvFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void csv(byte[] input) {
    Contract.onlyDataException(
        () -> {
          TextFile f = TextFile.decode("fuzz.csv", input);
          CsvTable t = CsvTable.of(f, new Problems());
          t.column("CODGEO", "DEPCOM");
          t.forEach(
              (CsvRow r) -> {
                for (int i = -1; i <= t.headers().size(); i++) {
                  r.get(i);
                  r.header(i);
                  r.error(Math.max(0, i), "probe").toString();
                }
              });
        });
  }
}
