package fr.raquette.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.raquette.analysis.Diagnosis;
import fr.raquette.report.map.MapStyle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The report's files do not depend on the threads that write them. */
class DiagnosisWriterTest {
  @TempDir Path dir;

  /**
   * One thread (no task may wait for another queued behind it) and a pool of four (the maps wait
   * for the basemap the overview builds, the HTML report for the maps and the text) write the same
   * files, byte for byte.
   */
  @Test
  @Timeout(120) // a task waiting for one queued behind it on the one thread would hang
  void oneThreadOrFourWriteTheSameBytes() throws IOException {
    Diagnosis d = HtmlReportTest.sample("creuse");
    DiagnosisWriter.Settings s =
        new DiagnosisWriter.Settings(
            ReportFormat.parse("md,csv,svg,html"),
            new Text(Locale.FRENCH),
            CsvDialect.EXCEL_FR,
            "test",
            MapStyle.defaults(),
            false,
            Map.of());
    ExecutorService one = Executors.newSingleThreadExecutor();
    ForkJoinPool four = new ForkJoinPool(4);
    DiagnosisWriter.Written a;
    DiagnosisWriter.Written b;
    try {
      a = DiagnosisWriter.write(d, dir.resolve("one"), s, one);
      b = DiagnosisWriter.write(d, dir.resolve("four"), s, four);
    } finally {
      one.shutdownNow();
      four.shutdownNow();
    }
    assertEquals(a.files(), b.files());
    List<String> files = a.files();
    assertTrue(
        files.contains("rapport.html") && files.contains("indicateurs.csv"), files::toString);
    assertTrue(files.stream().filter(f -> f.startsWith("cartes/")).count() > 1, files::toString);
    for (String f : files) {
      assertArrayEquals(
          Files.readAllBytes(dir.resolve("one").resolve(f)),
          Files.readAllBytes(dir.resolve("four").resolve(f)),
          f);
    }
  }
}
