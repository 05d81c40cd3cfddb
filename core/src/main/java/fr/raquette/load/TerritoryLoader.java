package fr.raquette.load;

import fr.raquette.geo.Outlines;
import fr.raquette.geo.OutlinesReader;
import fr.raquette.i18n.Messages;
import fr.raquette.io.CsvTable;
import fr.raquette.io.DataException;
import fr.raquette.io.FolderFiles;
import fr.raquette.io.Problem;
import fr.raquette.io.Problems;
import fr.raquette.io.TextFile;
import fr.raquette.territory.Actor;
import fr.raquette.territory.CogChange;
import fr.raquette.territory.Commune;
import fr.raquette.territory.DeclaredNeed;
import fr.raquette.territory.EquipmentPoint;
import fr.raquette.territory.GeoPoint;
import fr.raquette.territory.InputFile;
import fr.raquette.territory.Role;
import fr.raquette.territory.Territory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.locationtech.jts.geom.Geometry;

/**
 * Loads a territory folder: finds its files (manifest, or detection from headers), reads each with
 * the reader of its role, brings every commune code to the target COG, and assembles a {@link
 * Territory}. Problems are collected, never thrown, unless a file cannot be read at all.
 */
public final class TerritoryLoader {
  /**
   * The stages told to a {@link ProgressListener}, in order; reading a file is told as {@code
   * STAGE_READ + " de " + its name}.
   */
  public static final String STAGE_READ = "lecture";

  public static final String STAGE_RECONCILE = "rapprochement COG";
  public static final String STAGE_OUTLINES = "contours des communes";
  public static final String STAGE_ACTORS = "acteurs et besoins";

  private final LoadOptions options;
  private final Problems problems;

  private TerritoryLoader(LoadOptions options) {
    this.options = options;
    this.problems = new Problems(options.strict());
  }

  /** Loads the folder; throws {@link DataException} only for what makes reading impossible. */
  public static Territory load(Path folder, LoadOptions options) {
    return new TerritoryLoader(options).run(folder);
  }

  // What the files hold, before reconciliation.
  private final List<Map<String, CommunesReader.Row>> communeFiles = new ArrayList<>();
  private final List<String> communeFileNames = new ArrayList<>();
  private final Map<String, TreeSet<String>> passage = new TreeMap<>();

  /** A census, households or income file, read. */
  private record FigureFile(String name, Role role, Map<String, FiguresReader.Row> rows) {}

  private final List<FigureFile> figureFiles = new ArrayList<>();
  private final List<BpeReader.Data> bpe = new ArrayList<>();
  private final Map<String, String> bpeLabels = new TreeMap<>();
  private final List<ActorReaders.Raw> rawActors = new ArrayList<>();
  private final List<NeedsReader.Raw> rawNeeds = new ArrayList<>();
  private final Set<String> illustrativeNeeds = new java.util.HashSet<>();
  private final List<CostsReader.Pair> rawCosts = new ArrayList<>();
  private final List<OutlineSource> outlineSources = new ArrayList<>();
  private final Map<String, IrisLevel.Row> irisFigures = new TreeMap<>();
  private String irisFile = "";
  private final List<InputFile> inputs = new ArrayList<>();
  private final ReadOnce readOnce = new ReadOnce();

  /**
   * An outlines file. Parsing it (the national file is 46 MB) does not need the target COG, so it
   * starts at once on its own thread, beside the reading of the tables, with its own problems.
   */
  record OutlineSource(
      TextFile file,
      int vintage,
      java.util.concurrent.Future<Outlines> outlines,
      Problems problems) {}

  private Territory run(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new DataException(folder.toString(), 0, 0, Messages.text("load.not.folder"));
    }
    Path root;
    try {
      root = folder.toRealPath();
    } catch (IOException e) {
      throw new DataException(
          folder.toString(), 0, 0, Messages.text("load.folder.unreadable", e.getMessage()));
    }
    Manifest manifest = Manifest.of(root);
    boolean listed = !manifest.files().isEmpty();
    List<Manifest.FileEntry> entries = listed ? manifest.files() : scan(root);
    if (listed) {
      warnUnlisted(root, entries);
    }
    boolean[] read = startOutlines(root, entries, listed);
    for (int i = 0; i < entries.size(); i++) {
      options.progress().progress(STAGE_READ, i, entries.size());
      if (!read[i]) {
        readFile(root, entries.get(i), listed);
      }
    }
    options.progress().progress(STAGE_READ, entries.size(), entries.size());
    return assemble(root, manifest);
  }

  /**
   * Reads the outlines files first: each is then parsed on its own thread beside the reading of the
   * tables, and the national one takes longer than all the tables together. What they add to the
   * territory does not depend on the order of reading. One that cannot be read is left for its
   * turn, so that the error stopping the load is the one it always was.
   *
   * @return which entries were read
   */
  private boolean[] startOutlines(Path root, List<Manifest.FileEntry> entries, boolean listed) {
    boolean[] read = new boolean[entries.size()];
    for (int i = 0; i < entries.size(); i++) {
      Manifest.FileEntry e = entries.get(i);
      Role role = e.role() == null ? null : Role.fromId(e.role());
      boolean outlines =
          role == null
              ? e.path().toLowerCase(Locale.ROOT).endsWith(".geojson")
              : role == Role.OUTLINES || role == Role.PERIMETER;
      if (outlines) {
        try {
          readFile(root, e, listed);
          read[i] = true;
        } catch (DataException ex) {
          // Told at its turn: inside() and TextFile.read() throw before anything is recorded.
        }
      }
    }
    return read;
  }

  private List<Manifest.FileEntry> scan(Path root) {
    List<Manifest.FileEntry> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(root)) {
      s.filter(p -> !Files.isDirectory(p))
          .map(p -> p.getFileName().toString())
          .filter(RoleDetector::isDataName)
          .sorted()
          .forEach(n -> out.add(new Manifest.FileEntry(n, null, null, null)));
    } catch (IOException e) {
      throw new DataException(
          root.toString(), 0, 0, Messages.text("load.folder.unlistable", e.getMessage()));
    }
    return out;
  }

  /**
   * A data file beside a manifest that lists files is not read (docs/territory-folder.md): said for
   * each, so that IRIS files copied into a folder written by {@code init}, or a file added later,
   * are not ignored in silence.
   */
  private void warnUnlisted(Path root, List<Manifest.FileEntry> entries) {
    java.util.Set<String> names = new java.util.HashSet<>();
    entries.forEach(e -> names.add(Path.of(e.path()).normalize().toString()));
    for (Manifest.FileEntry e : scan(root)) {
      if (!names.contains(e.path())) {
        problems.warning(e.path(), 0, 0, Messages.text("load.file.unlisted"));
      }
    }
  }

  /** Resolves a manifest path by the folder's one rule ({@link FolderFiles}). */
  private Path inside(Path root, String rel, boolean listed) {
    try {
      return FolderFiles.resolve(root, rel);
    } catch (FolderFiles.Refused e) {
      throw manifestError(root, rel, listed, e.getMessage());
    }
  }

  /**
   * Whether a data·inclusion JSON array holds services rather than structures, told by the keys of
   * its first object (a service has {@code structure_id}), never by words in its text: a structure
   * whose description says "thematiques" stays a structure.
   */
  static boolean servicesByKeys(String json) {
    try (com.fasterxml.jackson.core.JsonParser p =
        new com.fasterxml.jackson.core.JsonFactory().createParser(json)) {
      if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_ARRAY
          || p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
        return false;
      }
      while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
        if (p.currentName().equals("structure_id")) {
          return true;
        }
        p.nextToken();
        p.skipChildren();
      }
      return false;
    } catch (java.io.IOException e) {
      return false; // the reader says what is wrong with the JSON
    }
  }

  /**
   * An error about the manifest entry of {@code rel}, at its line when it can be found; about the
   * file itself when the folder has no list of files.
   */
  private static DataException manifestError(
      Path root, String rel, boolean listed, String message) {
    if (!listed) {
      return new DataException(rel, 0, 0, message);
    }
    long[] at = Manifest.locate(root, "chemin", rel);
    return new DataException(
        Manifest.FILE_NAME, at == null ? 0 : at[0], at == null ? 0 : (int) at[1], message);
  }

  private void readFile(Path root, Manifest.FileEntry entry, boolean listed) {
    Path path = inside(root, entry.path(), listed);
    String name = entry.path().replace('\\', '/');
    if (readOnce.sameFile(path, name, entry.role(), problems)) {
      return;
    }
    options.progress().progress(STAGE_READ + " de " + name, 0, -1);
    TextFile f = TextFile.read(path, name);
    if (readOnce.sameContent(path, f, entry.role(), problems)) {
      return;
    }
    if (!f.charset().equals(java.nio.charset.StandardCharsets.UTF_8)) {
      problems.info(name, 0, 0, Messages.text("load.read.as", f.charset().name()));
    }
    for (String note : f.notes()) {
      problems.warning(name, 0, 0, note);
    }
    Role role = entry.role() == null ? null : Role.fromId(entry.role());
    String head = f.text().stripLeading();
    String lower = name.toLowerCase(Locale.ROOT);
    boolean geojson = lower.endsWith(".geojson") || role == Role.OUTLINES || role == Role.PERIMETER;
    if (geojson && role != null && role != Role.OUTLINES && role != Role.PERIMETER) {
      problems.error(name, 0, 0, Messages.text("load.role.geojson.table", role.id()));
      return;
    }
    boolean jsonText = head.startsWith("{") || head.startsWith("[");
    if (geojson && !jsonText && !head.isEmpty()) {
      problems.error(
          name,
          1,
          1,
          Messages.text(
              role == null ? "load.named.geojson.not.json" : "load.role.geojson.not.json",
              role == null ? "" : role.id(),
              head.substring(
                      0, Math.min(30, head.indexOf('\n') < 0 ? head.length() : head.indexOf('\n')))
                  .strip()));
      return;
    }
    boolean json = geojson || jsonText;
    if (json) {
      readJson(f, role, entry);
      return;
    }
    if (name.toLowerCase(Locale.ROOT).endsWith(".yaml") || role == Role.THEMES) {
      inputs.add(input(f, Role.THEMES, 0, 0));
      return;
    }
    if (role == null && noHeader(f.text())) {
      // An empty notes.txt beside the data stopped every command; a file without a role and
      // without a header is no data: said and left, like a file whose header is not recognised.
      problems.warning(name, 0, 0, Messages.text("load.empty.ignored"));
      return;
    }
    CsvTable t = CsvTable.of(f, problems);
    if ((role == null || role == Role.POPULATION) && IrisLevel.isIrisTable(t)) {
      Map<String, IrisLevel.Row> rows = IrisLevel.read(t, problems);
      rows.forEach(irisFigures::putIfAbsent);
      irisFile = name;
      inputs.add(input(f, Role.POPULATION, rows.size(), entry.vintage()));
      return;
    }
    if (role == null) {
      role = RoleDetector.ofTable(t);
      if (role == null) {
        problems.warning(
            name,
            1,
            0,
            Messages.text(
                "load.not.recognised",
                String.join(
                        t.delimiter() + "", t.headers().subList(0, Math.min(6, t.headers().size())))
                    + (t.headers().size() > 6 ? "…" : "")));
        return;
      }
    }
    if (role == Role.COG_PASSAGE && !t.hasAll("CODE_ANCIEN") && t.hasAll("CODGEO", "COMPARENT")) {
      // A communes-déléguées file is a passage table in the communes layout.
      role = Role.COMMUNES;
    }
    long before;
    switch (role) {
      case COMMUNES -> {
        Map<String, CommunesReader.Row> rows = CommunesReader.read(t, problems);
        communeFiles.add(rows);
        communeFileNames.add(name);
        inputs.add(input(f, role, rows.size(), entry.vintage()));
      }
      case POPULATION, HOUSEHOLDS, INCOME -> {
        Map<String, FiguresReader.Row> rows = FiguresReader.read(t, role, problems);
        figureFiles.add(new FigureFile(name, role, rows));
        inputs.add(input(f, role, rows.size(), entry.vintage()));
      }
      case COG_PASSAGE -> {
        Map<String, TreeSet<String>> m = PassageReader.read(t, problems);
        m.forEach((k, v) -> passage.computeIfAbsent(k, x -> new TreeSet<>()).addAll(v));
        inputs.add(input(f, role, m.size(), entry.vintage()));
      }
      case BPE -> {
        BpeReader.Data d =
            BpeReader.read(t, entry.vintage(), fr.raquette.geo.Lambert93::toWgs84, problems);
        bpe.add(d);
        int vintage =
            Math.max(
                d.counts.keySet().stream().mapToInt(Integer::intValue).max().orElse(0),
                d.unplaced.stream().mapToInt(BpeReader.Unplaced::vintage).max().orElse(0));
        inputs.add(input(f, role, d.rows, vintage));
      }
      case BPE_CODES -> {
        int cCode = t.require("code");
        int cLabel = t.require("label");
        before = bpeLabels.size();
        t.forEach(r -> bpeLabels.putIfAbsent(r.get(cCode).toUpperCase(Locale.ROOT), r.get(cLabel)));
        inputs.add(input(f, role, bpeLabels.size() - before, entry.vintage()));
      }
      case FRANCE_SERVICES -> addActors(f, role, ActorReaders.franceServices(t, problems));
      case LOCAL_ACTORS -> addActors(f, role, ActorReaders.localActors(t, problems));
      case DI_STRUCTURES -> addActors(f, role, ActorReaders.dataInclusion(t, false, problems));
      case DI_SERVICES -> addActors(f, role, ActorReaders.dataInclusion(t, true, problems));
      case NEEDS -> {
        List<NeedsReader.Raw> n = NeedsReader.read(t, options.themeResolver(), problems);
        rawNeeds.addAll(n);
        if (IllustrativeMark.in(f.text())) {
          illustrativeNeeds.add(name);
          problems.info(name, 0, 0, Messages.text("load.needs.illustrative"));
        }
        inputs.add(input(f, role, n.size(), 0));
      }
      case COSTS -> {
        List<CostsReader.Pair> pairs = CostsReader.read(t, problems);
        rawCosts.addAll(pairs);
        inputs.add(input(f, role, pairs.size(), 0));
      }
      default ->
          problems.error(
              name,
              0,
              0,
              Messages.text(
                  "load.role.geojson.table.file",
                  role.id(),
                  String.join(
                          t.delimiter() + "",
                          t.headers().subList(0, Math.min(4, t.headers().size())))
                      + (t.headers().size() > 4 ? "…" : "")));
    }
  }

  /** Whether a text holds no line but blank ones and {@code #} comments (stops at the first). */
  static boolean noHeader(String text) {
    return text.lines().allMatch(l -> l.isBlank() || l.startsWith("#"));
  }

  private void addActors(TextFile f, Role role, List<ActorReaders.Raw> actors) {
    rawActors.addAll(actors);
    inputs.add(input(f, role, actors.size(), 0));
  }

  private void readJson(TextFile f, Role role, Manifest.FileEntry entry) {
    String head = f.text().stripLeading();
    boolean outlines =
        role == Role.OUTLINES
            || role == Role.PERIMETER
            || f.displayName().toLowerCase(Locale.ROOT).endsWith(".geojson");
    if (role != null && !outlines && role != Role.DI_SERVICES && role != Role.DI_STRUCTURES) {
      problems.error(f.displayName(), 0, 0, Messages.text("load.role.table.json", role.id()));
      return;
    }
    if (!outlines
        && (role == Role.DI_SERVICES || role == Role.DI_STRUCTURES || head.startsWith("["))) {
      boolean services = role == Role.DI_SERVICES || role == null && servicesByKeys(head);
      List<ActorReaders.Raw> a = ActorReaders.dataInclusionJson(f, services, problems);
      addActors(f, services ? Role.DI_SERVICES : Role.DI_STRUCTURES, a);
      return;
    }
    int vintage = entry.vintage() == null ? 0 : entry.vintage();
    Problems own = new Problems(options.strict());
    java.util.concurrent.FutureTask<Outlines> task =
        new java.util.concurrent.FutureTask<>(
            () -> OutlinesReader.read(f, IrisLevel.codeField(f, entry.codeField()), own));
    Thread t = new Thread(task, "raquette-outlines");
    t.setDaemon(true);
    t.start();
    outlineSources.add(new OutlineSource(f, vintage, task, own));
  }

  private InputFile input(TextFile f, Role role, long records, Integer vintage) {
    return new InputFile(
        f.displayName(),
        role,
        f.digest(),
        f.bytes(),
        f.encodingLabel(),
        records,
        vintage == null ? 0 : vintage);
  }

  // ---------------------------------------------------------------- assembly

  private Territory assemble(Path root, Manifest manifest) {
    options.progress().progress(STAGE_RECONCILE, 0, -1);
    // Communes of the target COG, and what other codes belong to.
    Map<String, CommunesReader.Row> com = new TreeMap<>();
    Map<String, String> parentOf = new HashMap<>();
    Map<String, String> parentType = new HashMap<>();
    for (Map<String, CommunesReader.Row> file : communeFiles) {
      for (CommunesReader.Row r : file.values()) {
        if (r.type().equals("COM")) {
          CommunesReader.Row before = com.putIfAbsent(r.code(), r);
          if (before != null) {
            problems.warningAt(
                r.origin(), Messages.text("load.commune.twice", r.code(), before.origin()));
          }
        } else if (!r.parent().isEmpty() && !r.parent().equals(r.code())) {
          parentOf.put(r.code(), r.parent());
          parentType.put(r.code(), r.type());
        }
      }
    }
    // Paris, Lyon, Marseille: by arrondissement when their outlines are given (one decision).
    Arrondissements arm =
        Arrondissements.decide(communeFiles, OutlineStage.codes(outlineSources), problems);
    arm.apply(communeFiles, com, parentOf, parentType);
    if (com.isEmpty()) {
      // Without a communes file, the census file lists the communes.
      for (FigureFile f : figureFiles) {
        for (FiguresReader.Row r :
            f.role() == Role.POPULATION ? f.rows().values() : List.<FiguresReader.Row>of()) {
          Double total = r.total();
          com.putIfAbsent(
              r.code(),
              new CommunesReader.Row(
                  r.code(),
                  "",
                  "COM",
                  "",
                  Codes.departement(r.code()),
                  "",
                  "",
                  "",
                  total == null ? null : Math.round(total),
                  r.origin()));
        }
      }
    }
    if (com.isEmpty() && !communeFileNames.isEmpty()) {
      problems.error(communeFileNames.get(0), 0, 0, Messages.text("load.no.commune.read"));
    } else if (com.isEmpty()) {
      problems.error(root.getFileName().toString(), 0, 0, Messages.text("load.no.communes.file"));
    }
    Set<String> all = com.keySet();
    // With a ring, every commune of the files is loaded and the perimeter is reported on; without,
    // the perimeter restricts the communes loaded.
    TreeSet<String> reported = perimeterOf(com, manifest.perimeter());
    Set<String> targets = manifest.hasRing() ? new TreeSet<>(all) : reported;
    if (!com.isEmpty() && reported.isEmpty()) {
      problems.error(Manifest.FILE_NAME, 0, 0, Messages.text("load.perimeter.no.match"));
    }
    CogReconciler cog =
        new CogReconciler(targets, all, parentOf, parentType, passage, arm.splitCities());
    Changes changes = new Changes();

    // Census, households and income figures, when such files are given.
    FigureTable census = new FigureTable();
    for (FigureFile f : figureFiles) {
      for (FiguresReader.Row r : f.rows().values()) {
        Double total = r.total();
        String to = changes.resolve(cog, f.name(), r.code(), total == null ? 0 : total);
        if (to != null) {
          census.add(f.name(), f.role(), to, r);
        }
      }
    }

    SortedMap<String, Commune> communes = new TreeMap<>();
    Map<String, SortedSet<String>> secret = new HashMap<>();
    for (String code : targets) {
      CommunesReader.Row r = com.get(code);
      FigureTable.Merged c = census.of(code);
      if (!c.secret().isEmpty()) {
        secret.put(code, c.secret());
      }
      Double total = c.values().get("POP");
      long pop = r.population() != null ? r.population() : total != null ? Math.round(total) : 0;
      if (r.population() == null && total == null) {
        problems.warningAt(r.origin(), Messages.text("load.no.population", code));
      }
      communes.put(
          code,
          new Commune(
              code,
              r.name(),
              r.dep(),
              r.reg(),
              r.epci(),
              r.epciName(),
              pop,
              c.values(),
              java.util.Collections.emptySortedSet()));
    }
    if (!figureFiles.isEmpty()) {
      communes =
          ImputationInOnePass.impute(
              communes,
              secret,
              census.intensive(),
              String.join(", ", figureFiles.stream().map(FigureFile::name).toList()),
              problems);
    }

    // Equipment: per vintage, then keep for each TYPEQU the newest vintage that has it. Counts are
    // added up in hash maps and sorted once at the end; each sum still adds the same numbers in
    // the same order (file, then commune code as written, in code order).
    Map<Integer, Map<String, TypeCounts>> byVintage = new TreeMap<>();
    List<EquipmentPoint> points = new ArrayList<>();
    for (BpeReader.Data d : bpe) {
      for (Map.Entry<Integer, Map<String, TypeCounts>> v : d.counts.entrySet()) {
        Map<String, TypeCounts> dest = byVintage.computeIfAbsent(v.getKey(), x -> new HashMap<>());
        for (String code : new TreeSet<>(v.getValue().keySet())) {
          TypeCounts types = v.getValue().get(code);
          String to = changes.resolve(cog, d.file, code, d.records(code), types.total());
          if (to != null) {
            dest.computeIfAbsent(to, x -> new TypeCounts()).addAll(types);
          }
        }
      }
      for (BpeReader.Point p : d.points) {
        String to = cog.resolve(p.code()).to();
        if (to != null) {
          points.add(new EquipmentPoint(to, p.typequ(), p.position()));
        }
      }
    }
    // byVintage is in ascending order, so the last vintage put for a type is its newest.
    Map<String, Integer> newest = new HashMap<>();
    byVintage.forEach(
        (vintage, m) ->
            m.values()
                .forEach(
                    types -> {
                      for (int i = 0; i < types.size(); i++) {
                        newest.put(types.type(i), vintage);
                      }
                    }));
    SortedMap<String, Integer> vintageOf = new TreeMap<>(newest);
    // A commune's count of a type comes from one vintage only, so it is put, never added.
    SortedMap<String, SortedMap<String, Double>> equipment = new TreeMap<>();
    Map<Integer, TreeSet<String>> superseded = new TreeMap<>();
    byVintage.forEach(
        (vintage, m) ->
            m.forEach(
                (code, types) -> {
                  SortedMap<String, Double> own = null;
                  for (int i = 0; i < types.size(); i++) {
                    String t = types.type(i);
                    if (newest.get(t).intValue() == vintage) {
                      if (own == null) {
                        own = equipment.computeIfAbsent(code, x -> new TreeMap<>());
                      }
                      own.put(t, types.count(i));
                    } else {
                      superseded.computeIfAbsent(vintage, x -> new TreeSet<>()).add(t);
                    }
                  }
                }));
    superseded.forEach(
        (vintage, types) ->
            problems.info(
                "BPE " + (vintage == 0 ? Messages.text("load.bpe.vintage.unknown") : "" + vintage),
                0,
                0,
                Messages.text("load.bpe.superseded", types.size(), abbreviate(types))));
    reportUnknownTypes();
    points.sort(
        java.util.Comparator.comparing(EquipmentPoint::commune)
            .thenComparing(EquipmentPoint::typequ)
            .thenComparingDouble(p -> p.position().lon())
            .thenComparingDouble(p -> p.position().lat()));

    // Outlines, merged into the target COG, and a point inside each commune.
    SortedMap<String, Geometry> outlines = new TreeMap<>();
    SortedMap<String, GeoPoint> anchors = new TreeMap<>();
    options.progress().progress(STAGE_OUTLINES, 0, -1);
    OutlineStage.load(outlineSources, cog, changes, problems, inputs, outlines, anchors);
    PointsInCommunes.place(bpe, outlines, equipment, vintageOf, points, problems);
    options.progress().progress(STAGE_ACTORS, 0, -1);
    for (String code : communes.keySet()) {
      if (!outlines.containsKey(code) && !outlineSources.isEmpty()) {
        problems.warningAt(
            com.get(code).origin(), Messages.text("load.no.outline", code, com.get(code).name()));
      }
    }
    if (outlineSources.isEmpty()) {
      problems.error(root.getFileName().toString(), 0, 0, Messages.text("load.no.outlines"));
    }

    List<Actor> actors = Actors.build(rawActors, cog, arm, changes, anchors, outlines, problems);
    List<DeclaredNeed> needs = new ArrayList<>();
    for (NeedsReader.Raw n : rawNeeds) {
      String file = n.origin().file();
      String to = changes.resolve(cog, file, n.code(), 1, n.weight());
      if (to != null) {
        needs.add(
            new DeclaredNeed(
                to,
                n.theme(),
                n.publicConcerned(),
                n.description(),
                n.source(),
                n.weight(),
                n.date(),
                n.origin(),
                illustrativeNeeds.contains(file)));
      }
    }

    fr.raquette.territory.TravelTimes travelTimes = travelTimes(cog, changes);

    List<fr.raquette.territory.Iris> iris =
        OutlineStage.iris(outlineSources, irisFigures, irisFile, cog, communes.keySet(), problems);
    List<CogChange> cogChanges = changes.list();
    changes.reportDrops(problems);
    // Without a name in the manifest, Territory names it after its communes, not the folder.
    String name = manifest.name() == null ? "" : manifest.name();
    inputs.sort(java.util.Comparator.comparing(InputFile::path));
    List<Problem> sorted = problems.sorted();
    return new Territory(
        name,
        manifest.cog() == null ? "" : manifest.cog(),
        communes,
        outlines,
        anchors,
        equipment,
        vintageOf,
        List.copyOf(points),
        Map.copyOf(bpeLabels),
        actors,
        List.copyOf(needs),
        List.copyOf(inputs),
        cogChanges,
        sorted,
        manifest.hasRing() ? java.util.Collections.unmodifiableSortedSet(reported) : null,
        iris,
        travelTimes);
  }

  /**
   * The travel times of the {@code couts} files, codes brought to the target COG: two codes merged
   * into one commune keep their quickest time; a pair whose two communes merged into one is that
   * commune's own time only when it was written as such.
   */
  private fr.raquette.territory.TravelTimes travelTimes(CogReconciler cog, Changes changes) {
    SortedMap<String, SortedMap<String, Double>> minutes = new TreeMap<>();
    TreeSet<String> files = new TreeSet<>();
    for (CostsReader.Pair p : rawCosts) {
      String file = p.origin().file();
      files.add(file);
      String from = changes.resolve(cog, file, p.from(), 1, 1);
      String to = changes.resolve(cog, file, p.to(), 1, 1);
      if (from == null || to == null || from.equals(to) && !p.from().equals(p.to())) {
        continue;
      }
      minutes.computeIfAbsent(from, x -> new TreeMap<>()).merge(to, p.minutes(), Math::min);
    }
    fr.raquette.territory.TravelTimes times = new fr.raquette.territory.TravelTimes(files, minutes);
    if (!files.isEmpty()) {
      problems.info(
          String.join(", ", files),
          0,
          0,
          Messages.text("load.costs.read", times.pairs(), times.communes().size()));
    }
    return times;
  }

  /** The communes a manifest's perimeter names (all of them for an empty perimeter). */
  private static TreeSet<String> perimeterOf(
      Map<String, CommunesReader.Row> com, Manifest.Perimeter per) {
    TreeSet<String> out = new TreeSet<>();
    for (CommunesReader.Row r : com.values()) {
      if (per.isEmpty()
          || per.communes().contains(r.code())
          || per.communes().contains(r.parent())
          || per.departements().contains(r.dep())
          || per.epci().contains(r.epci())
          || per.regions().contains(r.reg())) {
        out.add(r.code());
      }
    }
    return out;
  }

  /**
   * A TYPEQU of the right form but in no nomenclature is most often a typo: it would be counted but
   * belong to no theme, so it is said once per file.
   */
  private void reportUnknownTypes() {
    fr.raquette.themes.BpeNomenclature known = fr.raquette.themes.BpeNomenclature.builtIn2013();
    for (BpeReader.Data d : bpe) {
      // Communes per type first, then each distinct type looked up once.
      Map<String, long[]> communes = new HashMap<>();
      for (Map<String, TypeCounts> byCode : d.counts.values()) {
        for (TypeCounts types : byCode.values()) {
          for (int i = 0; i < types.size(); i++) {
            communes.computeIfAbsent(types.type(i), x -> new long[1])[0]++;
          }
        }
      }
      Map<String, long[]> unknown = new TreeMap<>();
      communes.forEach(
          (t, n) -> {
            if (!known.contains(t) && !bpeLabels.containsKey(t)) {
              unknown.put(t, n);
            }
          });
      if (!unknown.isEmpty()) {
        List<String> listed = new ArrayList<>();
        unknown.forEach(
            (t, n) -> listed.add(t + " (" + Messages.text("load.bpe.communes", n[0]) + ")"));
        problems.warning(
            d.file,
            0,
            0,
            Messages.text("load.bpe.unknown.types", unknown.size(), abbreviate(listed)));
      }
    }
  }

  static String abbreviate(java.util.Collection<String> items) {
    List<String> l = new ArrayList<>(items);
    return l.size() <= 12
        ? String.join(", ", l)
        : String.join(", ", l.subList(0, 12)) + " … (+" + (l.size() - 12) + ")";
  }

  /** Records every code change and drop, per file, for the summary and the report. */
  static final class Changes {
    private final Map<List<String>, double[]> map = new LinkedHashMap<>();

    String resolve(CogReconciler cog, String file, String code, double amount) {
      return resolve(cog, file, code, 1, amount);
    }

    String resolve(CogReconciler cog, String file, String code, long records, double amount) {
      CogReconciler.Resolution r = cog.resolve(code);
      if (r.reason() != null) {
        double[] acc =
            map.computeIfAbsent(
                List.of(file, code, r.to() == null ? "" : r.to(), r.reason().name()),
                k -> new double[2]);
        acc[0] += records;
        acc[1] += amount;
      }
      return r.to();
    }

    List<CogChange> list() {
      List<CogChange> out = new ArrayList<>();
      map.forEach(
          (k, v) ->
              out.add(
                  new CogChange(
                      k.get(0),
                      k.get(1),
                      k.get(2).isEmpty() ? null : k.get(2),
                      k.get(3).toLowerCase(Locale.ROOT),
                      (long) v[0],
                      v[1])));
      out.sort(
          java.util.Comparator.comparing(CogChange::file)
              .thenComparing(CogChange::from)
              .thenComparing(CogChange::reason));
      return List.copyOf(out);
    }

    /** One warning per file and reason for dropped codes, so nothing is dropped silently. */
    void reportDrops(Problems problems) {
      Map<List<String>, long[]> drops =
          new TreeMap<>(java.util.Comparator.comparing(Object::toString));
      Map<List<String>, TreeSet<String>> codes = new HashMap<>();
      map.forEach(
          (k, v) -> {
            if (k.get(2).isEmpty()) {
              List<String> key = List.of(k.get(0), k.get(3));
              long[] acc = drops.computeIfAbsent(key, x -> new long[3]);
              acc[0]++;
              acc[1] += (long) v[0];
              codes.computeIfAbsent(key, x -> new TreeSet<>()).add(k.get(1));
            }
          });
      drops.forEach(
          (k, v) -> {
            String why =
                switch (k.get(1)) {
                  case "OUTSIDE" -> Messages.text("load.drop.outside");
                  case "CITY_SPLIT" -> Messages.text("load.drop.city.split");
                  case "AMBIGUOUS" -> Messages.text("load.drop.ambiguous");
                  default -> Messages.text("load.drop.unknown");
                };
            String msg = Messages.text("load.drop", v[0], v[1], why, abbreviate(codes.get(k)));
            if (k.get(1).equals("OUTSIDE") || k.get(1).equals("CITY_SPLIT")) {
              problems.info(k.get(0), 0, 0, msg);
            } else {
              problems.warning(k.get(0), 0, 0, msg);
            }
          });
    }
  }
}
