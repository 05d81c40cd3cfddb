package fr.raquette.load;

import fr.raquette.i18n.Messages;
import fr.raquette.io.CsvTable;
import fr.raquette.io.DataException;
import fr.raquette.io.Problems;
import fr.raquette.io.TextFile;
import fr.raquette.territory.InputFile;
import fr.raquette.territory.Role;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.FutureTask;

/**
 * Reads every file of a {@link TerritoryFolder} with the reader of its role (given by the manifest,
 * or found from the file's content) into {@link FileTables}. Each file is read once ({@link
 * ReadOnce}); what cannot be read as its role is said, and the file left.
 */
final class FolderReading {
  private static final String JSON_OBJECT = "{";
  private static final String JSON_ARRAY = "[";

  /**
   * Chars of a file's start (blanks skipped) enough to tell JSON from a table, and for {@link
   * #geoJsonFits} to quote the first line (30 at most).
   */
  private static final int HEAD = 64;

  private final TerritoryFolder folder;
  private final LoadOptions options;
  private final Problems problems;
  private final ReadOnce readOnce = new ReadOnce();

  private final List<FileTables.CommuneFile> communeFiles = new ArrayList<>();
  private final Map<String, TreeSet<String>> passage = new TreeMap<>();
  private final List<FileTables.FigureFile> figureFiles = new ArrayList<>();
  private final List<BpeReader.Data> bpe = new ArrayList<>();
  private final Map<String, String> bpeLabels = new TreeMap<>();
  private final List<ActorReaders.Raw> actors = new ArrayList<>();
  private final List<NeedsReader.Raw> needs = new ArrayList<>();
  private final Set<String> illustrativeNeeds = new HashSet<>();
  private final List<CostsReader.Pair> costs = new ArrayList<>();
  private final List<OutlineStage.Source> outlines = new ArrayList<>();
  private final Map<String, IrisLevel.Row> irisFigures = new TreeMap<>();
  private String irisFile = "";
  private final List<InputFile> inputs = new ArrayList<>();
  private final List<Ahead> ahead = new ArrayList<>();

  private FolderReading(TerritoryFolder folder, LoadOptions options, Problems problems) {
    this.folder = folder;
    this.options = options;
    this.problems = problems;
  }

  /** Reads the files of the folder, telling progress as {@link TerritoryLoader#STAGE_READ}. */
  static FileTables read(TerritoryFolder folder, LoadOptions options, Problems problems) {
    return new FolderReading(folder, options, problems).readAll();
  }

  private FileTables readAll() {
    List<TerritoryFolder.Entry> entries = folder.entries();
    boolean[] read = startOutlines(entries);
    for (int i = 0; i < entries.size(); i++) {
      options.progress().progress(TerritoryLoader.STAGE_READ, i, entries.size());
      if (!read[i]) {
        try {
          readFile(entries.get(i));
        } catch (DataException e) {
          settleAhead(i); // an outlines file before this one that could not be read stops first
          throw e;
        }
      }
    }
    settleAhead(entries.size());
    options.progress().progress(TerritoryLoader.STAGE_READ, entries.size(), entries.size());
    return new FileTables(
        communeFiles,
        passage,
        figureFiles,
        bpe,
        bpeLabels,
        actors,
        needs,
        illustrativeNeeds,
        costs,
        outlines,
        new FileTables.IrisFigures(irisFigures, irisFile),
        inputs);
  }

  /**
   * Reads the outlines files first: each is then parsed on its own thread beside the reading of the
   * tables, and the national one takes longer than all the tables together. What they add to the
   * territory does not depend on the order of reading. One that cannot be read is left for its
   * turn, so that the error stopping the load is the one it always was.
   *
   * @return which entries were read
   */
  private boolean[] startOutlines(List<TerritoryFolder.Entry> entries) {
    boolean[] read = new boolean[entries.size()];
    for (int i = 0; i < entries.size(); i++) {
      TerritoryFolder.Entry e = entries.get(i);
      boolean isOutlines =
          e.role() == null ? isGeoJsonName(e.file().path()) : isOutlineRole(e.role());
      if (isOutlines && !options.strict() && readAhead(i, e)) {
        read[i] = true;
      } else if (isOutlines) {
        try {
          readFile(e);
          read[i] = true;
        } catch (DataException ex) {
          // Told at its turn: resolve() and TextFile.read() throw before anything is recorded.
        }
      }
    }
    return read;
  }

  /**
   * An outlines file read and parsed on another thread (the national one: reading its 46 MB took
   * this thread as long as half the tables): what its reading finds is said, and whether it is
   * parsed at all decided, once the tables are read ({@link #settleAhead}).
   *
   * @param turn its place among the entries
   */
  private record Ahead(int turn, TerritoryFolder.Entry entry, OutlineStage.Source source) {}

  /**
   * Starts reading and parsing an outlines file on another thread, after the checks {@link #open}
   * makes before reading; false (nothing done) when it is to be read here: a zip, a file that is
   * not a regular one, or one whose path is refused (said at its turn). In strict mode, where the
   * first warning stops the load, every file is read in turn.
   */
  private boolean readAhead(int turn, TerritoryFolder.Entry entry) {
    String name = entry.name();
    Path path;
    long size;
    try {
      path = folder.resolve(entry);
      String real = path.getFileName().toString().toLowerCase(Locale.ROOT);
      if (!Files.isRegularFile(path) || real.endsWith(".zip")) {
        return false;
      }
      size = Files.size(path);
    } catch (DataException | java.io.IOException e) {
      return false;
    }
    if (readOnce.sameFile(path, name, entry.role(), problems)) {
      return true;
    }
    options.progress().progress(TerritoryLoader.STAGE_READ + " de " + name, 0, -1);
    FutureTask<TextFile> text =
        new FutureTask<>(() -> TextFile.read(path, name, options.maxFileBytes()));
    if (readOnce.ahead(path, name, entry.role(), size, text, problems)) {
      return true;
    }
    Manifest.FileEntry e = entry.file();
    OutlineStage.Source s =
        OutlineStage.start(text, e.vintage(), e.codeField(), false, options.executor());
    outlines.add(s);
    ahead.add(new Ahead(turn, entry, s));
    return true;
  }

  /**
   * The outlines files read ahead whose turn comes before {@code turn}, in order: one that could
   * not be read stops the load, as it did at its turn; otherwise what its reading found is said, as
   * {@link #open} and {@link #readFile} say it, and one that is not JSON is not parsed.
   */
  private void settleAhead(int turn) {
    for (Ahead a : ahead) {
      if (a.turn() >= turn) {
        break;
      }
      TextFile f = a.source().file();
      if (turn < folder.entries().size()) {
        continue; // a table stopped the load: only an earlier failure matters
      }
      sayDecoding(a.entry().name(), f);
      // The start of the text is enough to tell JSON and to quote the first line; the national
      // outlines are parsed from their bytes, and their text never built.
      if (!geoJsonFits(a.entry().name(), a.entry().role(), f.leading(HEAD))) {
        outlines.remove(a.source());
      }
    }
  }

  private static boolean isGeoJsonName(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".geojson");
  }

  private static boolean isOutlineRole(Role role) {
    return role == Role.OUTLINES || role == Role.PERIMETER;
  }

  /** Reads one file as its role says, or as its content shows. */
  private void readFile(TerritoryFolder.Entry entry) {
    TextFile f = open(entry);
    if (f == null) {
      return;
    }
    Role role = entry.role();
    String head = f.leading(HEAD);
    boolean geojson = isGeoJsonName(entry.name()) || isOutlineRole(role);
    if (geojson && !geoJsonFits(entry.name(), role, head)) {
      return;
    }
    if (geojson || isJsonText(head)) {
      readJson(f, role, entry);
    } else if (entry.name().toLowerCase(Locale.ROOT).endsWith(".yaml") || role == Role.THEMES) {
      inputs.add(input(f, Role.THEMES, 0, 0));
    } else if (role == null && noHeader(f.text())) {
      // An empty notes.txt beside the data stopped every command; a file without a role and
      // without a header is no data: said and left, like a file whose header is not recognised.
      problems.warning(entry.name(), 0, 0, Messages.text("load.empty.ignored"));
    } else {
      readTable(f, role, entry);
    }
  }

  /**
   * The file of an entry, read, or null when it was read already (said); its encoding and what
   * decoding it noted are said.
   */
  private TextFile open(TerritoryFolder.Entry entry) {
    Path path = folder.resolve(entry);
    String name = entry.name();
    if (readOnce.sameFile(path, name, entry.role(), problems)) {
      return null;
    }
    options.progress().progress(TerritoryLoader.STAGE_READ + " de " + name, 0, -1);
    TextFile f = TextFile.read(path, name, options.maxFileBytes());
    if (readOnce.sameContent(path, f, entry.role(), problems)) {
      return null;
    }
    sayDecoding(name, f);
    return f;
  }

  /** Says at {@code name} the encoding of a file when not UTF-8, and what decoding it noted. */
  private void sayDecoding(String name, TextFile f) {
    if (!f.charset().equals(StandardCharsets.UTF_8)) {
      problems.info(name, 0, 0, Messages.text("load.read.as", f.charset().name()));
    }
    for (String note : f.notes()) {
      problems.warning(name, 0, 0, note);
    }
  }

  /**
   * Whether a file named or given as GeoJSON can be read as outlines: not when the manifest gives
   * it a table's role, nor when it is not JSON (both said).
   */
  private boolean geoJsonFits(String name, Role role, String head) {
    if (role != null && !isOutlineRole(role)) {
      problems.error(name, 0, 0, Messages.text("load.role.geojson.table", role.id()));
      return false;
    }
    if (!isJsonText(head) && !head.isEmpty()) {
      int eol = head.indexOf('\n');
      String first = head.substring(0, Math.min(30, eol < 0 ? head.length() : eol)).strip();
      problems.error(
          name,
          1,
          1,
          Messages.text(
              role == null ? "load.named.geojson.not.json" : "load.role.geojson.not.json",
              role == null ? "" : role.id(),
              first));
      return false;
    }
    return true;
  }

  /** Whether a text (stripped of leading blanks) starts as JSON: an object or an array. */
  static boolean isJsonText(String head) {
    return head.startsWith(JSON_OBJECT) || head.startsWith(JSON_ARRAY);
  }

  /** Whether a text holds no line but blank ones and {@code #} comments (stops at the first). */
  static boolean noHeader(String text) {
    return text.lines().allMatch(l -> l.isBlank() || l.startsWith("#"));
  }

  /** A JSON file: outlines (parsing started), or a data·inclusion array. */
  private void readJson(TextFile f, Role role, TerritoryFolder.Entry entry) {
    boolean isOutlines = isOutlineRole(role) || isGeoJsonName(f.displayName());
    boolean dataInclusion = role == Role.DI_SERVICES || role == Role.DI_STRUCTURES;
    if (role != null && !isOutlines && !dataInclusion) {
      problems.error(f.displayName(), 0, 0, Messages.text("load.role.table.json", role.id()));
      return;
    }
    if (!isOutlines && (dataInclusion || f.leading(HEAD).startsWith(JSON_ARRAY))) {
      boolean services =
          role == Role.DI_SERVICES || role == null && servicesByKeys(f.text().stripLeading());
      List<ActorReaders.Raw> a = ActorReaders.dataInclusionJson(f, services, problems);
      addActors(f, services ? Role.DI_SERVICES : Role.DI_STRUCTURES, a);
      return;
    }
    Manifest.FileEntry e = entry.file();
    outlines.add(
        OutlineStage.start(f, e.vintage(), e.codeField(), options.strict(), options.executor()));
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

  /** A delimited table: IRIS figures, or the table of its role (given or detected). */
  private void readTable(TextFile f, Role given, TerritoryFolder.Entry entry) {
    CsvTable t = CsvTable.of(f, problems);
    if ((given == null || given == Role.POPULATION) && IrisLevel.isIrisTable(t)) {
      Map<String, IrisLevel.Row> rows = IrisLevel.read(t, problems);
      rows.forEach(irisFigures::putIfAbsent);
      irisFile = entry.name();
      inputs.add(input(f, Role.POPULATION, rows.size(), entry.file().vintage()));
      return;
    }
    Role role = given != null ? given : RoleDetector.ofTable(t);
    if (role == null) {
      problems.warning(
          entry.name(), 1, 0, Messages.text("load.not.recognised", headerSample(t, 6)));
      return;
    }
    readAs(f, t, RoleDetector.asRead(role, t), entry);
  }

  /** The first {@code n} column names of a table, with an ellipsis when there are more. */
  private static String headerSample(CsvTable t, int n) {
    List<String> h = t.headers();
    return String.join(t.delimiter() + "", h.subList(0, Math.min(n, h.size())))
        + (h.size() > n ? "…" : "");
  }

  /** Reads a table with the reader of its role. */
  private void readAs(TextFile f, CsvTable t, Role role, TerritoryFolder.Entry entry) {
    String name = entry.name();
    Integer vintage = entry.file().vintage();
    switch (role) {
      case COMMUNES -> {
        Map<String, CommunesReader.Row> rows = CommunesReader.read(t, problems);
        communeFiles.add(new FileTables.CommuneFile(name, rows));
        inputs.add(input(f, role, rows.size(), vintage));
      }
      case POPULATION, HOUSEHOLDS, INCOME -> {
        Map<String, FiguresReader.Row> rows = FiguresReader.read(t, role, problems);
        figureFiles.add(new FileTables.FigureFile(name, role, rows));
        inputs.add(input(f, role, rows.size(), vintage));
      }
      case COG_PASSAGE -> {
        Map<String, TreeSet<String>> m = PassageReader.read(t, problems);
        m.forEach((k, v) -> passage.computeIfAbsent(k, x -> new TreeSet<>()).addAll(v));
        inputs.add(input(f, role, m.size(), vintage));
      }
      case BPE -> readBpe(f, t, vintage);
      case BPE_CODES -> readBpeCodes(f, t, vintage);
      case FRANCE_SERVICES -> addActors(f, role, ActorReaders.franceServices(t, problems));
      case LOCAL_ACTORS -> addActors(f, role, ActorReaders.localActors(t, problems));
      case DI_STRUCTURES -> addActors(f, role, ActorReaders.dataInclusion(t, false, problems));
      case DI_SERVICES -> addActors(f, role, ActorReaders.dataInclusion(t, true, problems));
      case NEEDS -> {
        List<NeedsReader.Raw> n = NeedsReader.read(t, options.themeResolver(), problems);
        needs.addAll(n);
        if (IllustrativeMark.in(f.text())) {
          illustrativeNeeds.add(name);
          problems.info(name, 0, 0, Messages.text("load.needs.illustrative"));
        }
        inputs.add(input(f, role, n.size(), 0));
      }
      case COSTS -> {
        List<CostsReader.Pair> pairs = CostsReader.read(t, problems);
        costs.addAll(pairs);
        inputs.add(input(f, role, pairs.size(), 0));
      }
      default ->
          problems.error(
              name,
              0,
              0,
              Messages.text("load.role.geojson.table.file", role.id(), headerSample(t, 4)));
    }
  }

  private void readBpe(TextFile f, CsvTable t, Integer vintage) {
    BpeReader.Data d = BpeReader.read(t, vintage, fr.raquette.geo.Lambert93::toWgs84, problems);
    bpe.add(d);
    int newest =
        Math.max(
            d.counts.keySet().stream().mapToInt(Integer::intValue).max().orElse(0),
            d.unplaced.stream().mapToInt(BpeReader.Unplaced::vintage).max().orElse(0));
    inputs.add(input(f, Role.BPE, d.rows, newest));
  }

  private void readBpeCodes(TextFile f, CsvTable t, Integer vintage) {
    int cCode = t.require("code");
    int cLabel = t.require("label");
    long before = bpeLabels.size();
    t.forEach(r -> bpeLabels.putIfAbsent(r.get(cCode).toUpperCase(Locale.ROOT), r.get(cLabel)));
    inputs.add(input(f, Role.BPE_CODES, bpeLabels.size() - before, vintage));
  }

  private void addActors(TextFile f, Role role, List<ActorReaders.Raw> read) {
    actors.addAll(read);
    inputs.add(input(f, role, read.size(), 0));
  }

  private static InputFile input(TextFile f, Role role, long records, Integer vintage) {
    return new InputFile(
        f.displayName(),
        role,
        f.digest(),
        f.bytes(),
        f.encodingLabel(),
        records,
        vintage == null ? 0 : vintage);
  }
}
