package fr.raquette.load;

import fr.raquette.geo.Anchors;
import fr.raquette.geo.OutlineMerger;
import fr.raquette.geo.Outlines;
import fr.raquette.geo.OutlinesReader;
import fr.raquette.i18n.Messages;
import fr.raquette.io.Problems;
import fr.raquette.io.TextFile;
import fr.raquette.territory.GeoPoint;
import fr.raquette.territory.InputFile;
import fr.raquette.territory.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads commune outlines and brings them to the target COG: outlines of communes that have since
 * merged are unioned into the new commune (our 2018 outlines against 2026 communes), and each
 * commune gets a point inside it for distances.
 */
final class OutlineStage {
  private OutlineStage() {}

  /**
   * An outlines file. Parsing it (the national file is 46 MB) does not need the target COG, so it
   * starts at once on its own thread, beside the reading of the tables, with its own problems.
   */
  record Source(
      FutureTask<TextFile> text, int vintage, FutureTask<Outlines> outlines, Problems problems) {

    /** The file, read here if nobody started reading it, or waited for. */
    TextFile file() {
      text.run(); // a no-op once started or done
      return fr.raquette.io.Waiting.result(text, "reading an outlines file");
    }
  }

  /** The outlines of the territory's communes in the target COG, and a point inside each. */
  record Result(
      SortedMap<String, Geometry> outlines,
      SortedMap<String, GeoPoint> anchors,
      List<InputFile> inputs) {}

  /**
   * Starts parsing an outlines file beside the reading of the tables, with {@code executor} (the
   * caller's threads), or on a thread of its own when it is null.
   */
  static Source start(
      TextFile f, Integer vintage, String codeField, boolean strict, Executor executor) {
    FutureTask<TextFile> read = new FutureTask<>(() -> f);
    read.run();
    return start(read, vintage, codeField, strict, executor);
  }

  /**
   * Starts reading and parsing an outlines file beside the reading of the tables: {@code read}
   * gives the file ({@link FolderReading} says what its reading finds, and drops the source when
   * the file is not to be parsed).
   */
  static Source start(
      FutureTask<TextFile> read,
      Integer vintage,
      String codeField,
      boolean strict,
      Executor executor) {
    Problems own = new Problems(strict);
    FutureTask<Outlines> task =
        new FutureTask<>(
            () -> {
              read.run();
              TextFile f = fr.raquette.io.Waiting.result(read, "reading an outlines file");
              return OutlinesReader.read(f, IrisLevel.codeField(f, codeField), own);
            });
    if (executor != null) {
      executor.execute(task);
    } else {
      startThread(task);
    }
    return new Source(read, vintage == null ? 0 : vintage, task, own);
  }

  /** The one place a parsing thread is made. */
  private static void startThread(Runnable task) {
    Thread t = new Thread(task, "raquette-outlines");
    t.setDaemon(true);
    t.start();
  }

  /**
   * The commune outlines of the sources merged into the target COG, a point inside each, and the
   * input files read. Waits for the parsing; its problems join {@code problems}.
   */
  static Result load(List<Source> sources, Changes changes, Problems problems) {
    SortedMap<String, Geometry> outlines = new TreeMap<>();
    List<InputFile> inputs = new ArrayList<>();
    for (Source s : sources) {
      Outlines o = join(s);
      s.problems().sorted().forEach(problems::add);
      if (o.isDepartementOutline()) {
        inputs.add(input(s, Role.PERIMETER, o.byCode().size()));
        continue;
      }
      inputs.add(input(s, Role.OUTLINES, o.byCode().size()));
      if (!IrisLevel.isIrisOutline(o)) { // IRIS: see iris()
        merge(s, o, changes, problems, outlines);
      }
    }
    return new Result(outlines, new TreeMap<>(Anchors.of(outlines)), inputs);
  }

  /** Adds the outlines of one file, brought to the target COG, to {@code outlines}. */
  private static void merge(
      Source s,
      Outlines o,
      Changes changes,
      Problems problems,
      SortedMap<String, Geometry> outlines) {
    Ascending<Geometry> kept = new Ascending<>(); // byCode is sorted
    Ascending<String> oldToNew = new Ascending<>();
    o.byCode()
        .forEach(
            (code, g) -> {
              String to = changes.resolve(s.file().displayName(), code, 1, 0);
              if (to != null) {
                kept.add(code, g);
                oldToNew.add(code, to);
              }
            });
    OutlineMerger.merge(kept.toTreeMap(), oldToNew.toTreeMap())
        .byCode()
        .forEach(
            (code, g) -> {
              if (outlines.putIfAbsent(code, g) != null) {
                problems.warning(
                    s.file().displayName(), 0, 0, Messages.text("outlines.commune.twice", code));
              }
            });
  }

  /**
   * Every code of the commune-level outlines, with the file it comes from; waits for the files to
   * be parsed. Used to decide, before reconciling, which cities are diagnosed by arrondissement.
   */
  static Map<String, String> codes(List<Source> sources) {
    Map<String, String> out = new TreeMap<>();
    for (Source s : sources) {
      communeCodes(s).forEach(c -> out.putIfAbsent(c, s.file().displayName()));
    }
    return out;
  }

  /** The codes of a commune-level outlines file (none for a département or IRIS file); waits. */
  private static Set<String> communeCodes(Source s) {
    Outlines o = join(s);
    boolean communes = !o.isDepartementOutline() && !IrisLevel.isIrisOutline(o);
    return communes ? o.byCode().keySet() : Set.of();
  }

  /**
   * Which cities are diagnosed by arrondissement ({@link Arrondissements#decide}), waiting for no
   * more outlines files than it takes: once every city with arrondissement rows has an
   * arrondissement outline in the files parsed so far (the small arrondissements file, or no such
   * city at all), the others cannot change the decision, and the national file goes on parsing
   * while the figures and the equipment are reconciled. What the decision says waits for every file
   * ({@link Arrondissements#tell}); in strict mode, where the first warning stops the load, it is
   * said here, all files parsed, as before.
   */
  static Arrondissements arrondissements(
      List<? extends Map<String, CommunesReader.Row>> communeFiles,
      List<Source> sources,
      Problems problems) {
    Set<String> candidates = Arrondissements.withRows(communeFiles);
    Set<String> outlined = new TreeSet<>();
    for (int i = 0; i < sources.size() && !problems.strict(); i++) {
      if (outlined.containsAll(candidates)) {
        return Arrondissements.settled(
            candidates, () -> Arrondissements.decide(communeFiles, codes(sources), problems));
      }
      outlined.addAll(Arrondissements.outlined(communeCodes(sources.get(i))));
    }
    return Arrondissements.decide(communeFiles, codes(sources), problems);
  }

  /**
   * The IRIS of the territory, from the IRIS outlines among the sources and the census figures by
   * IRIS; empty when the folder gives neither.
   */
  static List<fr.raquette.territory.Iris> iris(
      List<Source> sources,
      Map<String, IrisLevel.Row> figures,
      String figuresFile,
      CogReconciler cog,
      java.util.Set<String> communes,
      Problems problems) {
    Map<String, Geometry> outlines = new TreeMap<>();
    Map<String, String> names = new TreeMap<>();
    String file = figuresFile;
    for (Source s : sources) {
      Outlines o = join(s);
      if (IrisLevel.isIrisOutline(o)) {
        o.byCode().forEach(outlines::putIfAbsent);
        names.putAll(IrisLevel.names(s.file(), o.codeProperty()));
        file = s.file().displayName();
      }
    }
    if (outlines.isEmpty() && figures.isEmpty()) {
      return List.of();
    }
    return IrisLevel.assemble(figures, outlines, names, cog, communes, file, problems);
  }

  private static Outlines join(Source s) {
    // Parsed here when no thread of the executor got to it yet (a no-op once it has started): any
    // executor serves, a single busy thread included.
    s.outlines().run();
    return fr.raquette.io.Waiting.result(s.outlines(), "reading " + s.file().displayName());
  }

  private static InputFile input(Source s, Role role, long records) {
    return new InputFile(
        s.file().displayName(),
        role,
        s.file().digest(),
        s.file().bytes(),
        s.file().encodingLabel(),
        records,
        s.vintage());
  }
}
