package fr.raquette.report;

import fr.raquette.action.DiagnosisMethod;
import fr.raquette.analysis.Diagnosis;
import fr.raquette.analysis.ThemeResult;
import fr.raquette.report.map.Basemaps;
import fr.raquette.report.map.MapDrawing;
import fr.raquette.report.map.MapStyle;
import fr.raquette.report.map.ThemeMap;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
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
   * What to write and how.
   *
   * @param formats the outputs asked for
   * @param dialect of the CSV files
   * @param version of Raquette, said in the reports
   * @param style of the theme maps
   * @param force whether an existing report folder may be replaced
   * @param extra recorded in {@code diagnostic.json} (the scenario of a simulated diagnosis)
   */
  public record Settings(
      Set<ReportFormat> formats,
      Text x,
      CsvDialect dialect,
      String version,
      MapStyle style,
      boolean force,
      Map<String, Object> extra) {}

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
    return write(d, target, new Settings(formats, x, dialect, version, style, force, Map.of()));
  }

  /** As {@link #write(Diagnosis, Path, Settings, Executor)}, on threads of its own. */
  public static Written write(Diagnosis d, Path target, Settings settings) {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(),
            r -> {
              Thread t = new Thread(r, "raquette-report");
              t.setDaemon(true);
              return t;
            });
    try {
      return write(d, target, settings, pool);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Writes the report with tasks of {@code executor}, which the caller owns. No task waits for
   * another inside the executor (the HTML report starts once the maps and the text are done), so
   * any executor serves, a single thread included.
   *
   * @return the files written, and what was kept of the folder replaced
   */
  public static Written write(Diagnosis d, Path target, Settings s, Executor executor) {
    List<String> kept;
    Tasks tasks;
    try (OutputFolder out = OutputFolder.open(target, s.force(), OutputFolder.Kind.REPORT)) {
      tasks = new Tasks(d, s.formats(), s.x(), out, executor);
      // Longest chain first: the overview projects and simplifies the outlines that every other
      // map reuses, then queues the theme maps; meanwhile the other threads render the text (which
      // the HTML report waits for too), then write the CSV files. The HTML report, which holds the
      // maps and the text, comes last.
      tasks.maps(s.style());
      tasks.markdown(s.version());
      tasks.htmlAreas();
      if (s.formats().contains(ReportFormat.CSV)) {
        tasks.file("indicateurs.csv", o -> CsvReports.writeIndicators(d, s.dialect(), o));
        tasks.file("trous.csv", o -> CsvReports.writeGaps(d, s.dialect(), s.x(), o));
        tasks.file(FollowUp.FILE, o -> FollowUp.writeCsv(d, s.dialect(), o));
      }
      if (s.formats().contains(ReportFormat.XLSX)) {
        tasks.file(XlsxReport.FILE, o -> XlsxReport.write(d, s.x(), o));
      }
      tasks.html(s.version());
      // How the diagnosis was made, for "raquette compare" (every format: it is small), on this
      // thread, once every task is queued.
      tasks.here(
          DiagnosisMethod.FILE,
          () ->
              DiagnosisMethod.of(d, s.version(), s.extra())
                  .json()
                  .getBytes(StandardCharsets.UTF_8));
      tasks.awaitAll();
      kept = out.commit();
    }
    return new Written(tasks.written(), kept);
  }

  /** The files of one report, each written by a task of the executor. */
  private static final class Tasks {
    private final Diagnosis d;
    private final Set<ReportFormat> formats;
    private final Text x;
    private final OutputFolder out;
    private final Executor executor;
    private final List<String> written = Collections.synchronizedList(new ArrayList<>());
    private final List<CompletableFuture<?>> files = new ArrayList<>();

    /** The maps in {@link MapId}'s order: the overview, then the themes (when any is drawn). */
    private final List<MapId> mapIds = new ArrayList<>();

    private final List<CompletableFuture<MapDrawing>> maps = new ArrayList<>();

    /** The outlines projected and simplified once, for every map of this report. */
    private final Basemaps bases = new Basemaps();

    private CompletableFuture<MarkdownReport.Rendered> markdown;

    private CompletableFuture<HtmlReport.Areas> areas;

    Tasks(Diagnosis d, Set<ReportFormat> formats, Text x, OutputFolder out, Executor executor) {
      this.d = d;
      this.formats = formats;
      this.x = x;
      this.out = out;
      this.executor = executor;
      if (formats.contains(ReportFormat.SVG)
          || formats.contains(ReportFormat.PNG)
          || formats.contains(ReportFormat.HTML)) {
        mapIds.add(MapId.OVERVIEW);
        d.themes().forEach(r -> mapIds.add(MapId.theme(r.theme().id())));
      }
    }

    /**
     * Writes a file now, on the calling thread; what it throws is thrown by {@link #awaitAll}, in
     * its turn, once no task is writing any more.
     */
    void here(String name, java.util.function.Supplier<byte[]> content) {
      CompletableFuture<Void> done = new CompletableFuture<>();
      try {
        out.write(name, content.get());
        written.add(name);
        done.complete(null);
      } catch (RuntimeException | Error e) {
        done.completeExceptionally(e);
      }
      files.add(done);
    }

    /** Writes a file in a task. */
    void file(String name, OutputFolder.Content content) {
      files.add(
          CompletableFuture.runAsync(
              () -> {
                out.write(name, content);
                written.add(name);
              },
              executor));
    }

    /**
     * The overview, then the theme maps, queued by the overview's task once it is drawn: by then
     * the basemap they share is built, and no thread waits for it. Queued there rather than chained
     * on the overview's future, whose completion the calling thread, waiting for it, may run: the
     * maps would then be queued behind every other file of the report instead of next on the thread
     * that built the basemap (and on the other, as soon as it is free).
     */
    void maps(MapStyle style) {
      if (mapIds.isEmpty()) {
        return;
      }
      List<Runnable> themes = new ArrayList<>();
      for (MapId id : mapIds.subList(1, mapIds.size())) {
        CompletableFuture<MapDrawing> map = new CompletableFuture<>();
        maps.add(map);
        themes.add(
            () -> {
              try {
                map.complete(drawMap(d, id, x, style, bases, formats, out, written));
              } catch (RuntimeException | Error e) {
                map.completeExceptionally(e);
              }
            });
      }
      maps.add(
          0,
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return drawMap(d, mapIds.get(0), x, style, bases, formats, out, written);
                } finally {
                  for (Runnable theme : themes) {
                    try {
                      executor.execute(theme);
                    } catch (java.util.concurrent.RejectedExecutionException e) {
                      theme.run(); // every map's future completes, whatever the executor does
                    }
                  }
                }
              },
              executor));
    }

    /**
     * The report's text, rendered once: written as {@code rapport.md} with links to the map images,
     * and kept for {@code rapport.html}.
     */
    void markdown(String version) {
      if (!formats.contains(ReportFormat.MD) && !formats.contains(ReportFormat.HTML)) {
        return;
      }
      Map<MapId, String> links = new TreeMap<>();
      for (MapId id : mapIds) {
        String name = id.file(x);
        if (formats.contains(ReportFormat.SVG)) {
          links.put(id, name + ".svg");
        } else if (formats.contains(ReportFormat.PNG)) {
          links.put(id, name + ".png");
        }
      }
      markdown =
          CompletableFuture.supplyAsync(
              () -> {
                MarkdownReport.Rendered r = MarkdownReport.rendered(d, x, version, links);
                if (formats.contains(ReportFormat.MD)) {
                  out.write("rapport.md", r.markdown().getBytes(StandardCharsets.UTF_8));
                  written.add("rapport.md");
                }
                return r;
              },
              executor);
      files.add(markdown);
    }

    /** What the HTML report of a large territory says by area, found while the maps are drawn. */
    void htmlAreas() {
      if (formats.contains(ReportFormat.HTML)) {
        areas = CompletableFuture.supplyAsync(() -> HtmlReport.Areas.of(d, x), executor);
        files.add(areas);
      }
    }

    /** Queued once every map is drawn and the text rendered: it holds them all. */
    void html(String version) {
      if (!formats.contains(ReportFormat.HTML)) {
        return;
      }
      List<CompletableFuture<?>> needed = new ArrayList<>(maps);
      needed.add(markdown);
      needed.add(areas);
      files.add(
          CompletableFuture.allOf(needed.toArray(CompletableFuture[]::new))
              .thenRunAsync(
                  () -> {
                    Map<MapId, MapDrawing> byId = new TreeMap<>();
                    for (int i = 0; i < mapIds.size(); i++) {
                      byId.put(mapIds.get(i), maps.get(i).join());
                    }
                    List<MarkdownReport.Section> sections = markdown.join().sections();
                    HtmlReport.Areas byArea = areas.join();
                    out.write(
                        "rapport.html",
                        stream -> HtmlReport.write(d, x, version, sections, byId, byArea, stream));
                    written.add("rapport.html");
                  },
                  executor));
    }

    /** Waits for every task, maps first (see {@link DiagnosisWriter#awaitAll}). */
    void awaitAll() {
      List<CompletableFuture<?>> all = new ArrayList<>(maps);
      all.addAll(files);
      DiagnosisWriter.awaitAll(all);
    }

    List<String> written() {
      List<String> sorted = new ArrayList<>(written);
      sorted.sort(null);
      return sorted;
    }
  }

  /** Draws one map once, writes it in the formats asked for; returns it for the HTML report. */
  private static MapDrawing drawMap(
      Diagnosis d,
      MapId id,
      Text x,
      MapStyle style,
      Basemaps bases,
      Set<ReportFormat> formats,
      OutputFolder out,
      List<String> written) {
    MapDrawing drawing;
    if (id.overview()) {
      drawing = ThemeMap.overviewDrawing(d, x, bases);
    } else {
      ThemeResult theme =
          d.themes().stream()
              .filter(r -> r.theme().id().equals(id.theme()))
              .findFirst()
              .orElseThrow();
      drawing = ThemeMap.drawing(d, theme, x, style, bases);
    }
    String name = id.file(x);
    if (formats.contains(ReportFormat.SVG)) {
      // Streamed to the file in the sink's chunks: a map of France is megabytes, which an array
      // grown to hold them, then copied, allocated three times over.
      out.write(
          name + ".svg",
          stream -> {
            Utf8Sink sink = new Utf8Sink(stream);
            drawing.writeSvg(sink);
            sink.flush();
          });
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
