package fr.raquette.report;

import fr.raquette.action.DiagnosisMethod;
import fr.raquette.analysis.Diagnosis;
import fr.raquette.analysis.ThemeResult;
import fr.raquette.report.map.MapDrawing;
import fr.raquette.report.map.MapStyle;
import fr.raquette.report.map.ThemeMap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes every output of a diagnosis into one folder, all or nothing (see {@link OutputFolder}).
 * The files do not depend on one another (but for the HTML report, which holds the maps), so they
 * are written in parallel: on all of France each takes from a tenth of a second to a second. Each
 * file's bytes do not depend on the order the work is done in.
 */
public final class DiagnosisWriter {
  private DiagnosisWriter() {}

  /**
   * What a report run wrote.
   *
   * @param files the names of the files written, sorted
   * @param kept what {@code --force} kept of the folder that was there ({@link
   *     OutputFolder#keptAtCommit})
   */
  public record Written(List<String> files, List<String> kept) {
    public Written {
      files = List.copyOf(files);
      kept = List.copyOf(kept);
    }
  }

  /**
   * @return the files written, and what was kept of the folder replaced
   */
  public static Written write(
      Diagnosis d,
      Path target,
      Set<ReportFormat> formats,
      Text x,
      CsvDialect dialect,
      String version,
      MapStyle style,
      boolean force) {
    return write(d, target, formats, x, dialect, version, style, force, Map.of());
  }

  /**
   * As {@link #write(Diagnosis, Path, Set, Text, CsvDialect, String, MapStyle, boolean)}, with
   * {@code extra} recorded in {@code diagnostic.json} (the scenario of a simulated diagnosis).
   */
  public static Written write(
      Diagnosis d,
      Path target,
      Set<ReportFormat> formats,
      Text x,
      CsvDialect dialect,
      String version,
      MapStyle style,
      boolean force,
      Map<String, Object> extra) {
    List<String> written = Collections.synchronizedList(new ArrayList<>());
    boolean drawn =
        formats.contains(ReportFormat.SVG)
            || formats.contains(ReportFormat.PNG)
            || formats.contains(ReportFormat.HTML);
    List<MapId> mapIds = new ArrayList<>();
    List<String> kept;
    if (drawn) {
      mapIds.add(MapId.OVERVIEW);
      d.themes().forEach(r -> mapIds.add(MapId.theme(r.theme().id())));
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(),
            r -> {
              Thread t = new Thread(r, "raquette-report");
              t.setDaemon(true);
              return t;
            });
    try (OutputFolder out = OutputFolder.open(target, force, OutputFolder.Kind.REPORT)) {
      List<Future<?>> files = new ArrayList<>();
      List<Future<MapDrawing>> svgs = new ArrayList<>();
      // The overview first: it projects and simplifies the outlines that every other map reuses.
      // Meanwhile the other threads write the text files, then draw the theme maps.
      if (drawn) {
        svgs.add(pool.submit(() -> drawMap(d, mapIds.get(0), x, style, formats, out, written)));
      }
      if (formats.contains(ReportFormat.CSV)) {
        files.add(
            pool.submit(
                () -> {
                  out.write(
                      "indicateurs.csv", stream -> CsvReports.writeIndicators(d, dialect, stream));
                  written.add("indicateurs.csv");
                  return null;
                }));
        files.add(
            pool.submit(
                () -> {
                  out.write("trous.csv", stream -> CsvReports.writeGaps(d, dialect, x, stream));
                  written.add("trous.csv");
                  return null;
                }));
      }
      if (formats.contains(ReportFormat.CSV)) {
        files.add(
            pool.submit(
                () -> {
                  out.write(FollowUp.FILE, stream -> FollowUp.writeCsv(d, dialect, stream));
                  written.add(FollowUp.FILE);
                  return null;
                }));
      }
      // How the diagnosis was made, for "raquette compare" (every format: it is small).
      out.write(
          DiagnosisMethod.FILE,
          DiagnosisMethod.of(d, version, extra).json().getBytes(StandardCharsets.UTF_8));
      written.add(DiagnosisMethod.FILE);
      if (formats.contains(ReportFormat.XLSX)) {
        files.add(
            pool.submit(
                () -> {
                  out.write(XlsxReport.FILE, stream -> XlsxReport.write(d, x, stream));
                  written.add(XlsxReport.FILE);
                  return null;
                }));
      }
      if (formats.contains(ReportFormat.MD)) {
        Map<MapId, String> links = new TreeMap<>();
        for (MapId id : mapIds) {
          String name = id.file(x);
          if (formats.contains(ReportFormat.SVG)) {
            links.put(id, name + ".svg");
          } else if (formats.contains(ReportFormat.PNG)) {
            links.put(id, name + ".png");
          }
        }
        files.add(
            pool.submit(
                () -> {
                  out.write("rapport.md", MarkdownReport.render(d, x, version, links));
                  written.add("rapport.md");
                  return null;
                }));
      }
      for (MapId id : mapIds.subList(Math.min(1, mapIds.size()), mapIds.size())) {
        svgs.add(pool.submit(() -> drawMap(d, id, x, style, formats, out, written)));
      }
      if (formats.contains(ReportFormat.HTML)) {
        // Last in the queue: by the time a thread takes it, every map is drawn or being drawn.
        files.add(
            pool.submit(
                () -> {
                  Map<MapId, MapDrawing> byId = new TreeMap<>();
                  for (int i = 0; i < mapIds.size(); i++) {
                    byId.put(mapIds.get(i), svgs.get(i).get());
                  }
                  out.write(
                      "rapport.html", stream -> HtmlReport.write(d, x, version, byId, stream));
                  written.add("rapport.html");
                  return null;
                }));
      }
      files.addAll(0, svgs);
      awaitAll(files);
      kept = out.commit();
    } finally {
      pool.shutdownNow();
    }
    List<String> sorted = new ArrayList<>(written);
    sorted.sort(null);
    return new Written(sorted, kept);
  }

  /** Draws one map once, writes it in the formats asked for; returns it for the HTML report. */
  private static MapDrawing drawMap(
      Diagnosis d,
      MapId id,
      Text x,
      MapStyle style,
      Set<ReportFormat> formats,
      OutputFolder out,
      List<String> written) {
    MapDrawing drawing;
    if (id.overview()) {
      drawing = ThemeMap.overviewDrawing(d, x);
    } else {
      ThemeResult theme =
          d.themes().stream()
              .filter(r -> r.theme().id().equals(id.theme()))
              .findFirst()
              .orElseThrow();
      drawing = ThemeMap.drawing(d, theme, x, style);
    }
    String name = id.file(x);
    if (formats.contains(ReportFormat.SVG)) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
      try (Utf8Sink sink = new Utf8Sink(bytes)) {
        drawing.writeSvg(sink);
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a byte array does not throw
      }
      out.write(name + ".svg", bytes.toByteArray());
      written.add(name + ".svg");
    }
    if (formats.contains(ReportFormat.PNG)) {
      out.write(name + ".png", drawing.png());
      written.add(name + ".png");
    }
    return drawing;
  }

  /**
   * Waits for every task, even after one failed, so that none is still writing when the folder is
   * discarded; then throws the first failure in task order, as a sequential run would have.
   */
  private static void awaitAll(List<? extends Future<?>> tasks) {
    Throwable first = null;
    for (Future<?> f : tasks) {
      try {
        f.get();
      } catch (ExecutionException e) {
        if (first == null) {
          first = e.getCause();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        tasks.forEach(t -> t.cancel(true));
        throw new IllegalStateException("interrupted while writing the report", e);
      }
    }
    if (first instanceof RuntimeException r) {
      throw r;
    }
    if (first instanceof Error e) {
      throw e;
    }
    if (first != null) {
      throw new IllegalStateException(first);
    }
  }
}
