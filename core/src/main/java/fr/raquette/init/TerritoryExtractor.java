package fr.raquette.init;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.raquette.geo.OutlinesReader;
import fr.raquette.i18n.Messages;
import fr.raquette.io.CsvRow;
import fr.raquette.io.CsvTable;
import fr.raquette.io.DataException;
import fr.raquette.io.Problems;
import fr.raquette.io.TextFile;
import fr.raquette.load.Codes;
import fr.raquette.load.CogReconciler;
import fr.raquette.load.CommuneIndex;
import fr.raquette.load.CommunesReader;
import fr.raquette.load.Manifest;
import fr.raquette.load.PassageReader;
import fr.raquette.load.RoleDetector;
import fr.raquette.load.TerritoryFolder;
import fr.raquette.report.OutputFolder;
import fr.raquette.territory.CogChange;
import fr.raquette.territory.Role;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Makes a territory folder out of national files: keeps the communes of a perimeter, and from every
 * other file the rows whose commune code reconciles to one of them (through the passage table,
 * communes déléguées and arrondissements, as the loader does). Rows and GeoJSON features are copied
 * as they are, with their original codes, so the loader reconciles them again and reports the same
 * changes as it would on the national files. The folder gets a {@code territoire.yaml} and a
 * README, and appears all at once.
 */
public final class TerritoryExtractor {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final InitOptions options;
  private final Problems problems = new Problems();

  private TerritoryExtractor(InitOptions options) {
    this.options = options;
  }

  /** A national file, read under the run's limit. */
  private TextFile read(java.nio.file.Path path, String name) {
    return TextFile.read(path, name, options.maxFileBytes());
  }

  /**
   * Extracts the perimeter of {@code options} from the files of {@code from} into the new folder
   * {@code to}.
   *
   * @param force replace {@code to} when it exists and is not empty
   * @throws DataException when the source cannot be read, has no communes file, or a code of the
   *     perimeter matches no commune; nothing is written then
   * @throws fr.raquette.io.OutputException when {@code to} exists (without force) or cannot be
   *     written
   */
  public static Extraction extract(Path from, Path to, boolean force, InitOptions options) {
    return new TerritoryExtractor(options).run(from, to, force);
  }

  /** How a source file is handled. */
  private enum Kind {
    TABLE,
    OUTLINES,
    JSON_ARRAY,
    COPY
  }

  /** A source file, classified. {@code text} is kept only for the tables read before writing. */
  private record Source(
      String name, Path path, Kind kind, Role role, Manifest.FileEntry entry, TextFile text) {}

  /** The first non-blank character of a GeoJSON file and of a JSON array of records. */
  private static final char JSON_OBJECT = '{';

  private static final char JSON_ARRAY = '[';

  // Read from the communes and passage files, before anything is written.
  private final CommuneIndex index = new CommuneIndex();
  private final Map<String, TreeSet<String>> passage = new TreeMap<>();
  private final List<String> communeFiles = new ArrayList<>();
  private final List<Extraction.FileResult> results = new ArrayList<>();
  private final List<Manifest.FileEntry> written = new ArrayList<>();
  private final Set<String> writtenNames = new HashSet<>();
  private CogReconciler cog;
  private java.util.SortedSet<String> ring;

  private Extraction run(Path from, Path to, boolean force) {
    TerritoryFolder folder = TerritoryFolder.open(from, "init.not.folder");
    List<Source> sources = classify(folder);
    if (communeFiles.isEmpty()) {
      throw new DataException(from.toString(), 0, 0, Messages.text("init.no.communes.file"));
    }
    Set<String> targets = perimeter();
    ring = options.ringKm() > 0 ? ring(sources, targets) : java.util.Collections.emptySortedSet();
    Set<String> extracted = new TreeSet<>(targets);
    extracted.addAll(ring);
    cog = index.reconciler(extracted, passage, Set.of());
    long population = 0;
    for (String code : targets) {
      Long p = index.communes().get(code).population();
      population += p == null ? 0 : p;
    }
    try (OutputFolder out = OutputFolder.open(to, force, OutputFolder.Kind.TERRITORY)) {
      extractAll(sources, out);
      String name = out.target().getFileName().toString();
      out.write(Manifest.FILE_NAME, manifestText(name, folder.manifest()));
      out.write("README.md", readme(name, from, targets.size(), population));
      List<String> kept = out.commit();
      return new Extraction(
          out.target(), targets.size(), population, ring.size(), results, problems.sorted(), kept);
    }
  }

  /** Classifies every file of the folder, telling progress. */
  private List<Source> classify(TerritoryFolder folder) {
    List<TerritoryFolder.Entry> entries = folder.entries();
    List<Source> sources = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      options.progress().progress("examen des fichiers", i, entries.size());
      Source s = classify(folder, entries.get(i));
      if (s != null) {
        sources.add(s);
      }
    }
    options.progress().progress("examen des fichiers", entries.size(), entries.size());
    return sources;
  }

  /** Writes what each source keeps into the new folder, telling progress. */
  private void extractAll(List<Source> sources, OutputFolder out) {
    for (int i = 0; i < sources.size(); i++) {
      Source s = sources.get(i);
      options.progress().progress("extraction", i, sources.size());
      options.progress().progress("extraction de " + s.name(), 0, -1);
      extract(s, out);
    }
    options.progress().progress("extraction", sources.size(), sources.size());
  }

  // ---------------------------------------------------------------- reading

  /** Finds what a file is; reads the communes and passage tables at once. */
  private Source classify(TerritoryFolder folder, TerritoryFolder.Entry e) {
    String name = e.name();
    // The folder's one rule: never a file outside it reached through a link.
    Path path = folder.resolve(e);
    Role role = e.role();
    String lower = name.toLowerCase(Locale.ROOT);
    if (role == Role.THEMES || lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return new Source(name, path, Kind.COPY, Role.THEMES, e.file(), null);
    }
    if (role == Role.PERIMETER) {
      skip(name, role, Extraction.Status.SOURCE_OUTLINE);
      return null;
    }
    // A zip is read whole; a plain file only for its first bytes, since the big GeoJSON is read
    // once, later.
    TextFile text = lower.endsWith(".zip") ? read(path, name) : null;
    char first = text != null ? firstChar(text.text()) : firstChar(path);
    if (first == JSON_OBJECT) {
      return new Source(name, path, Kind.OUTLINES, Role.OUTLINES, e.file(), null);
    }
    if (first == JSON_ARRAY) {
      return new Source(name, path, Kind.JSON_ARRAY, role, e.file(), null);
    }
    return classifyTable(e, path, text != null ? text : read(path, name));
  }

  /** A delimited table: its role given or detected; communes and passage tables are read now. */
  private Source classifyTable(TerritoryFolder.Entry e, Path path, TextFile text) {
    String name = e.name();
    CsvTable t = CsvTable.of(text);
    Role role = e.role() != null ? e.role() : RoleDetector.ofTable(t);
    if (role == null) {
      skip(name, null, Extraction.Status.NOT_RECOGNISED);
      problems.warning(name, 1, 0, Messages.text("init.not.recognised"));
      return null;
    }
    if (role == Role.BPE_CODES) {
      return new Source(name, path, Kind.COPY, role, e.file(), null);
    }
    Role read = RoleDetector.asRead(role, t);
    if (read == Role.COMMUNES) {
      boolean anyCom = index.add(CommunesReader.read(t, problems), (r, before) -> {});
      if (anyCom) {
        communeFiles.add(name);
      }
      // Déléguées and associées only: a passage table in the communes layout, as in the samples.
      boolean passageOnly = !anyCom && onlyDeleguees(t);
      return new Source(
          name, path, Kind.TABLE, passageOnly ? Role.COG_PASSAGE : Role.COMMUNES, e.file(), text);
    }
    if (read == Role.COG_PASSAGE) {
      PassageReader.read(t, problems)
          .forEach((k, v) -> passage.computeIfAbsent(k, x -> new TreeSet<>()).addAll(v));
      return new Source(name, path, Kind.TABLE, read, e.file(), text);
    }
    // Read again when written, so that only one big table is held at a time.
    return new Source(name, path, Kind.TABLE, read, e.file(), null);
  }

  /** Whether every row of a communes-layout table is a COMD or COMA. */
  private static boolean onlyDeleguees(CsvTable t) {
    int cType = t.column("TYPECOM");
    if (cType < 0) {
      return false;
    }
    boolean[] only = {true};
    t.forEach(
        r -> {
          String type = r.get(cType).toUpperCase(Locale.ROOT);
          if (!type.equals(CommunesReader.COMD) && !type.equals(CommunesReader.COMA)) {
            only[0] = false;
          }
        });
    return only[0];
  }

  /** The first non-blank character of a file (after a BOM), read from its first bytes only. */
  private static char firstChar(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      byte[] head = in.readNBytes(4096);
      return firstChar(
          new String(head, StandardCharsets.ISO_8859_1).replace("\u00ef\u00bb\u00bf", ""));
    } catch (IOException e) {
      throw new DataException(
          path.getFileName().toString(), 0, 0, Messages.text("csv.unreadable", e.getMessage()));
    }
  }

  private static char firstChar(String text) {
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (!Character.isWhitespace(c) && c != '\uFEFF') {
        return c;
      }
    }
    return ' ';
  }

  /** The COM codes of the perimeter; every code given must match at least one commune. */
  private Set<String> perimeter() {
    Set<String> targets = new TreeSet<>();
    Set<String> matched = new HashSet<>();
    for (CommunesReader.Row r : index.communes().values()) {
      boolean in = false;
      in |= match(options.communes(), r.code(), "c", matched);
      in |= match(options.departements(), r.dep(), "d", matched);
      in |= match(options.epci(), r.epci(), "e", matched);
      in |= match(options.regions(), r.reg(), "r", matched);
      if (in) {
        targets.add(r.code());
      }
    }
    List<String> missing = new ArrayList<>();
    unmatched(options.departements(), "d", "département", matched, missing);
    unmatched(options.epci(), "e", "EPCI", matched, missing);
    unmatched(options.regions(), "r", "région", matched, missing);
    for (String c : options.communes()) {
      if (!matched.contains("c" + c)) {
        missing.add(Messages.text("init.missing.commune", c, hint(c)));
      }
    }
    if (!missing.isEmpty()) {
      throw new DataException(
          String.join(", ", communeFiles),
          0,
          0,
          Messages.text(
              targets.isEmpty() ? "init.perimeter.no.match" : "init.perimeter.part.no.match",
              String.join(Messages.text("actors.filter.separator"), missing)));
    }
    return targets;
  }

  /**
   * The context ring of the perimeter ({@link Ring}), from the outlines of the source brought to
   * the target COG as the loader brings them, so that anchors are the ones the diagnosis uses.
   */
  private java.util.SortedSet<String> ring(List<Source> sources, Set<String> perimeter) {
    options.progress().progress("anneau de contexte", 0, -1);
    CogReconciler all = index.reconciler(index.communes().keySet(), passage, Set.of());
    Map<String, org.locationtech.jts.geom.Geometry> outlines = new TreeMap<>();
    for (Source s : sources) {
      if (s.kind() != Kind.OUTLINES) {
        continue;
      }
      fr.raquette.geo.Outlines o =
          OutlinesReader.read(read(s.path(), s.name()), s.entry().codeField(), new Problems());
      if (o.isDepartementOutline()) {
        continue;
      }
      Map<String, org.locationtech.jts.geom.Geometry> kept = new TreeMap<>();
      Map<String, String> oldToNew = new TreeMap<>();
      o.byCode()
          .forEach(
              (code, g) -> {
                String to = all.resolve(code).to();
                if (to != null) {
                  kept.put(code, g);
                  oldToNew.put(code, to);
                }
              });
      fr.raquette.geo.OutlineMerger.merge(kept, oldToNew).byCode().forEach(outlines::putIfAbsent);
    }
    List<String> without = perimeter.stream().filter(c -> !outlines.containsKey(c)).toList();
    if (!without.isEmpty()) {
      problems.warning(
          String.join(", ", communeFiles),
          0,
          0,
          Messages.text(
              "init.no.outline", without.size(), Codes.abbreviate(new TreeSet<>(without))));
    }
    return Ring.of(
        perimeter,
        fr.raquette.geo.Anchors.of(outlines),
        fr.raquette.geo.Landmasses.of(outlines),
        options.ringKm());
  }

  private static boolean match(List<String> codes, String value, String tag, Set<String> matched) {
    if (codes.contains(value)) {
      matched.add(tag + value);
      return true;
    }
    return false;
  }

  private static void unmatched(
      List<String> codes, String tag, String what, Set<String> matched, List<String> missing) {
    for (String c : codes) {
      if (!matched.contains(tag + c)) {
        missing.add(what + " " + c);
      }
    }
  }

  /** For a retired commune code, the commune that holds it now. */
  private String hint(String code) {
    CogReconciler all = index.reconciler(index.communes().keySet(), passage, Set.of());
    String to = all.resolve(code).to();
    return to == null || to.equals(code) ? "" : " " + Messages.text("init.now.part.of", to);
  }

  private void skip(String name, Role role, Extraction.Status why) {
    results.add(new Extraction.FileResult(name, null, role == null ? null : role.id(), 0, 0, why));
  }

  // ---------------------------------------------------------------- writing

  private void extract(Source s, OutputFolder out) {
    switch (s.kind()) {
      case COPY -> copy(s, out);
      case OUTLINES -> outlines(s, out);
      case JSON_ARRAY -> jsonArray(s, out);
      case TABLE -> table(s, out);
    }
  }

  private void copy(Source s, OutputFolder out) {
    String target = targetName(s.name());
    try {
      byte[] bytes =
          s.name().toLowerCase(Locale.ROOT).endsWith(".zip")
              ? read(s.path(), s.name()).text().getBytes(StandardCharsets.UTF_8)
              : Files.readAllBytes(s.path());
      out.write(target, bytes);
    } catch (IOException e) {
      throw new DataException(s.name(), 0, 0, Messages.text("csv.unreadable", e.getMessage()));
    }
    wrote(s, target, 0, 0, Extraction.Status.COPIED);
  }

  /** Keeps the rows whose commune code(s) reconcile into the perimeter, byte for byte. */
  private void table(Source s, OutputFolder out) {
    TextFile f = s.text() != null ? s.text() : read(s.path(), s.name());
    CsvTable t = CsvTable.of(f);
    int[] cols = codeColumns(t, s.role());
    Counts counts = new Counts(s.name());
    String text = f.text();
    StringBuilder sb = new StringBuilder(text.length() / 8);
    // A row runs from its first line to the next row's first line, so quoted line breaks, blank
    // and comment lines stay with it.
    int[] pending = {-1, 0};
    t.forEach(
        r -> {
          int start = t.lineStart(r.line());
          if (pending[0] < 0) {
            sb.append(text, 0, start);
          } else if (pending[1] == 1) {
            sb.append(text, pending[0], start);
          }
          pending[0] = start;
          pending[1] = keep(r, cols, counts) ? 1 : 0;
        });
    if (pending[0] < 0) {
      sb.append(text);
    } else if (pending[1] == 1) {
      sb.append(text, pending[0], text.length());
      if (text.charAt(text.length() - 1) != '\n') {
        sb.append('\n');
      }
    }
    counts.report(problems);
    if (counts.kept == 0) {
      results.add(
          new Extraction.FileResult(
              s.name(), null, s.role().id(), counts.read, 0, Extraction.Status.NO_RECORD));
      return;
    }
    String target = targetName(s.name());
    out.write(target, sb.toString());
    wrote(s, target, counts.read, counts.kept, Extraction.Status.FILTERED);
  }

  /** The columns holding commune codes: a row is kept when every one reconciles. */
  private static int[] codeColumns(CsvTable t, Role role) {
    return switch (role) {
      case COMMUNES, POPULATION, HOUSEHOLDS, INCOME, COG_PASSAGE -> new int[] {t.require("CODGEO")};
      case BPE ->
          new int[] {
            t.column("DEPCOM", "CODGEO", "COM") >= 0
                ? t.column("DEPCOM", "CODGEO", "COM")
                : t.require("GEO")
          };
      case FRANCE_SERVICES -> new int[] {t.require("insee_com")};
      case DI_STRUCTURES, DI_SERVICES -> new int[] {t.require("code_insee", "Code Insee")};
      case LOCAL_ACTORS, NEEDS -> new int[] {t.require("code_commune")};
      case COSTS -> new int[] {t.require("origin", "origine"), t.require("destination")};
      default ->
          throw new DataException(t.file(), 1, 0, Messages.text("init.role.not.table", role.id()));
    };
  }

  private boolean keep(CsvRow r, int[] cols, Counts counts) {
    counts.read++;
    for (int c : cols) {
      if (!counts.accept(r.get(c))) {
        return false;
      }
    }
    counts.kept++;
    return true;
  }

  /** Why rows were not kept, per file, so that nothing is dropped silently. */
  private final class Counts {
    final String file;
    long read;
    long kept;
    final Map<CogChange.Reason, TreeSet<String>> dropped = new TreeMap<>();
    final Map<CogChange.Reason, long[]> droppedRows = new TreeMap<>();
    long notCode;

    Counts(String file) {
      this.file = file;
    }

    /** Whether one code reconciles into the perimeter. */
    boolean accept(String raw) {
      String code = raw.isEmpty() ? null : Codes.commune(raw);
      if (code == null) {
        notCode++;
        return false;
      }
      CogReconciler.Resolution res = cog.resolve(code);
      if (res.to() != null) {
        return true;
      }
      dropped.computeIfAbsent(res.reason(), x -> new TreeSet<>()).add(code);
      droppedRows.computeIfAbsent(res.reason(), x -> new long[1])[0]++;
      return false;
    }

    void report(Problems problems) {
      dropped.forEach(
          (reason, codes) -> {
            if (reason == CogChange.Reason.OUTSIDE) {
              return;
            }
            problems.warning(
                file,
                0,
                0,
                Messages.text(
                    reason == CogChange.Reason.AMBIGUOUS
                        ? "init.dropped.ambiguous"
                        : "init.dropped.unknown",
                    droppedRows.get(reason)[0],
                    Codes.abbreviate(codes)));
          });
      if (notCode > 0) {
        problems.info(file, 0, 0, Messages.text("init.no.code", notCode));
      }
    }
  }

  /**
   * Keeps the features of a FeatureCollection whose code reconciles, each as the exact text it had,
   * one per line; other members of the collection ({@code crs}, {@code name}) are kept too.
   */
  private void outlines(Source s, OutputFolder out) {
    TextFile f = read(s.path(), s.name());
    String text = f.text();
    Counts counts = new Counts(s.name());
    StringBuilder sb = new StringBuilder(text.length() / 8);
    sb.append("{\"type\":\"FeatureCollection\"");
    List<String> features = new ArrayList<>();
    String[] codeField = {s.entry().codeField()};
    boolean collection = false;
    try (JsonParser p = MAPPER.createParser(text)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw invalid(s.name(), p.currentTokenLocation(), Messages.text("init.not.geojson"));
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        int from = (int) p.currentTokenLocation().getCharOffset();
        if (field.equals("type")) {
          collection = value == JsonToken.VALUE_STRING && p.getText().equals("FeatureCollection");
          if (!collection) {
            skip(s.name(), Role.PERIMETER, Extraction.Status.SOURCE_OUTLINE);
            return;
          }
        } else if (field.equals("features") && value == JsonToken.START_ARRAY) {
          features(p, text, codeField, counts, features);
        } else {
          p.skipChildren();
          // A string is parsed lazily: finish it, or the location is still inside it.
          p.finishToken();
          int end = (int) p.currentLocation().getCharOffset();
          sb.append(',').append(MAPPER.writeValueAsString(field)).append(':');
          sb.append(text, from, end);
        }
      }
    } catch (JsonProcessingException e) {
      throw invalid(
          s.name(), e.getLocation(), Messages.text("json.invalid", e.getOriginalMessage()));
    } catch (IOException e) {
      throw new DataException(s.name(), 0, 0, Messages.text("json.unreadable", e.getMessage()));
    }
    sb.append(",\"features\":[\n");
    for (int k = 0; k < features.size(); k++) {
      sb.append(features.get(k)).append(k + 1 < features.size() ? ",\n" : "\n");
    }
    sb.append("]}\n");
    counts.report(problems);
    // Written even when empty: without any outlines file the loader would refuse the folder.
    String target = targetName(s.name());
    out.write(target, sb.toString());
    wrote(s, target, counts.read, counts.kept, Extraction.Status.FILTERED);
  }

  /** Keeps the features of a {@code features} array whose code reconciles, as their text. */
  private void features(
      JsonParser p, String text, String[] codeField, Counts counts, List<String> kept)
      throws IOException {
    while (p.nextToken() == JsonToken.START_OBJECT) {
      int start = (int) p.currentTokenLocation().getCharOffset();
      String code = featureCode(p, codeField);
      int end = (int) p.currentLocation().getCharOffset();
      counts.read++;
      if (code != null && counts.accept(code)) {
        counts.kept++;
        kept.add(text.substring(start, end));
      } else if (code == null) {
        counts.notCode++;
      }
    }
  }

  /**
   * Reads one feature, leaving the parser on its closing brace; only its properties become a tree,
   * the geometry is skipped. The code property is found as {@link OutlinesReader} finds it: the
   * manifest's {@code champ_code}, or the first known name present in the first properties seen.
   */
  private static String featureCode(JsonParser p, String[] codeField) throws IOException {
    JsonNode props = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      if (field.equals("properties")) {
        props = MAPPER.readTree(p);
      } else {
        p.skipChildren();
      }
    }
    if (props == null || !props.isObject()) {
      return null;
    }
    if (codeField[0] == null) {
      codeField[0] = OutlinesReader.codeProperty(props);
    }
    JsonNode v = codeField[0] == null ? null : OutlinesReader.property(props, codeField[0]);
    if (v == null || !(v.isTextual() || v.isIntegralNumber())) {
      return null;
    }
    return v.asText().strip();
  }

  /** A JSON array of records (data·inclusion): keeps those whose {@code code_insee} reconciles. */
  private void jsonArray(Source s, OutputFolder out) {
    TextFile f = read(s.path(), s.name());
    String text = f.text();
    Counts counts = new Counts(s.name());
    List<String> kept = new ArrayList<>();
    try (JsonParser p = MAPPER.createParser(text)) {
      p.nextToken();
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
        int start = (int) p.currentTokenLocation().getCharOffset();
        JsonNode rec = MAPPER.readTree(p);
        int end = (int) p.currentLocation().getCharOffset();
        counts.read++;
        String code = null;
        if (rec.isObject()) {
          for (Iterator<String> it = rec.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            String key = k.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            if (key.equals("code_insee") && rec.get(k).isValueNode()) {
              code = rec.get(k).asText().strip();
            }
          }
        }
        if (code != null && !code.isEmpty() && counts.accept(code)) {
          counts.kept++;
          kept.add(text.substring(start, end));
        } else if (code == null || code.isEmpty()) {
          counts.notCode++;
        }
      }
    } catch (JsonProcessingException e) {
      throw invalid(
          s.name(), e.getLocation(), Messages.text("json.invalid", e.getOriginalMessage()));
    } catch (IOException e) {
      throw new DataException(s.name(), 0, 0, Messages.text("json.unreadable", e.getMessage()));
    }
    counts.report(problems);
    String role = s.role() == null ? null : s.role().id();
    if (kept.isEmpty()) {
      results.add(
          new Extraction.FileResult(
              s.name(), null, role, counts.read, 0, Extraction.Status.NO_RECORD));
      return;
    }
    String target = targetName(s.name());
    out.write(target, "[\n" + String.join(",\n", kept) + "\n]\n");
    wrote(s, target, counts.read, counts.kept, Extraction.Status.FILTERED);
  }

  private static DataException invalid(String file, JsonLocation at, String message) {
    return new DataException(
        file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), message);
  }

  /** The name in the new folder: the same, but a zip's data file is written unzipped. */
  private String targetName(String source) {
    String name = source;
    if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
      name = name.substring(0, name.length() - 4) + ".csv";
    }
    String base = name;
    for (int n = 2; !writtenNames.add(name); n++) {
      int dot = base.lastIndexOf('.');
      name = base.substring(0, dot) + "-" + n + base.substring(dot);
    }
    return name;
  }

  private void wrote(Source s, String target, long read, long kept, Extraction.Status status) {
    String role = s.role() == null ? null : s.role().id();
    results.add(new Extraction.FileResult(s.name(), target, role, read, kept, status));
    Integer vintage = s.entry().vintage();
    String codeField = s.kind() == Kind.OUTLINES ? s.entry().codeField() : null;
    written.add(new Manifest.FileEntry(target, role, codeField, vintage));
  }

  // ---------------------------------------------------------------- manifest, README

  private String manifestText(String name, Manifest source) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        "# Raquette territory manifest, written by `raquette init` (see docs/territory-folder.md)\n");
    sb.append("nom: ").append(quote(name)).append('\n');
    if (source.cog() != null && !source.cog().isBlank()) {
      sb.append("cog: ").append(quote(source.cog())).append('\n');
    }
    sb.append(
        ring.isEmpty() && options.ringKm() <= 0
            ? "perimetre:                     # communes extraites / extracted communes\n"
            : "perimetre:                     # communes du rapport / communes reported on\n");
    list(sb, "departements", options.departements());
    list(sb, "epci", options.epci());
    list(sb, "communes", options.communes());
    list(sb, "regions", options.regions());
    if (options.ringKm() > 0) {
      sb.append("anneau_km: ")
          .append(number(options.ringKm()))
          .append("                 # anneau de contexte : ")
          .append(ring.size())
          .append(" communes à moins de ")
          .append(number(options.ringKm()))
          .append(" km, même terre (docs/territory-folder.md)\n");
    }
    sb.append("fichiers:\n");
    for (Manifest.FileEntry e : written) {
      sb.append("  - chemin: ").append(quote(e.path())).append('\n');
      if (e.role() != null) {
        sb.append("    role: ").append(e.role()).append('\n');
      }
      if (e.codeField() != null) {
        sb.append("    champ_code: ").append(quote(e.codeField())).append('\n');
      }
      if (e.vintage() != null) {
        sb.append("    millesime: ").append(e.vintage()).append('\n');
      }
    }
    Manifest.Parameters p = source.parameters();
    if (p.actorsRadiusKm() != null || p.method() != null) {
      sb.append("parametres:\n");
      if (p.actorsRadiusKm() != null) {
        sb.append("  rayon_acteurs_km: ").append(p.actorsRadiusKm()).append('\n');
      }
      if (p.method() != null) {
        sb.append("  methode: ").append(quote(p.method())).append('\n');
      }
    }
    return sb.toString();
  }

  /** 100 for 100.0, 12.5 otherwise. */
  private static String number(double km) {
    return km == Math.rint(km) ? Long.toString((long) km) : Double.toString(km);
  }

  private static void list(StringBuilder sb, String key, List<String> codes) {
    if (codes.isEmpty()) {
      return;
    }
    sb.append("  ").append(key).append(": [");
    for (int k = 0; k < codes.size(); k++) {
      sb.append(k > 0 ? ", " : "").append(quote(codes.get(k)));
    }
    sb.append("]\n");
  }

  /** A YAML double-quoted scalar: codes stay text ({@code "01"}, not the number 1). */
  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private String readme(String name, Path from, int communes, long population) {
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(name).append("\n\n");
    sb.append(
            "Dossier de territoire extrait par `raquette init` des fichiers nationaux du dossier `")
        .append(from)
        .append("`.\n\n");
    sb.append("- Périmètre : ").append(options.describe()).append(".\n");
    if (options.ringKm() > 0) {
      sb.append("- Anneau de contexte : ")
          .append(ring.size())
          .append(" communes dont le point d'ancrage est à moins de ")
          .append(number(options.ringKm()))
          .append(" km de celui d'une commune du périmètre, sur la même terre (l'anneau ne")
          .append(" traverse pas la mer). Leur offre et leur population entrent dans les zones de")
          .append(" desserte ; le rapport ne porte que sur le périmètre.\n");
    }
    sb.append("- Communes : ")
        .append(communes)
        .append(", population municipale (`PMUN`) : ")
        .append(population)
        .append(".\n");
    sb.append(
        "- Chaque fichier garde les lignes dont le code commune se rattache à une commune du"
            + (ring.isEmpty() ? "" : " périmètre ou de l'anneau")
            + (ring.isEmpty() ? " périmètre" : "")
            + " (directement, par la table de passage, comme commune déléguée ou associée,"
            + " ou comme arrondissement municipal). Les lignes et les contours sont copiés tels quels,"
            + " avec leurs codes d'origine : Raquette les rapproche à nouveau à la lecture.\n");
    sb.append(
        "- Provenance, licences et millésimes : voir le fichier `SOURCES.md` du dossier source,"
            + " quand il en a un.\n\n");
    appendFiles(sb, from);
    sb.append(
        "\n*English:* territory folder extracted by `raquette init` from national files; rows"
            + " whose commune code reconciles to the perimeter are copied unchanged (original codes"
            + " kept). Sources, licences and vintages: see the source folder's `SOURCES.md`.\n");
    return sb.toString();
  }

  /** The table of the files written, and the list of the source files left out. */
  private void appendFiles(StringBuilder sb, Path from) {
    sb.append("| fichier | rôle | enregistrements gardés / lus | fichier source (SHA-256) |\n");
    sb.append("|---|---|---|---|\n");
    for (Extraction.FileResult r : results) {
      if (r.written() == null) {
        continue;
      }
      sb.append("| `").append(r.written()).append("` | ");
      sb.append(r.role() == null ? "(détecté)" : r.role()).append(" | ");
      sb.append(
              r.status() == Extraction.Status.COPIED
                  ? "copié en entier"
                  : r.kept() + " / " + r.read())
          .append(" | `");
      sb.append(r.source()).append("` (").append(sha256(from, r.source())).append(") |\n");
    }
    List<Extraction.FileResult> skipped =
        results.stream().filter(r -> r.written() == null).toList();
    if (!skipped.isEmpty()) {
      sb.append("\nFichiers source non repris :\n\n");
      for (Extraction.FileResult r : skipped) {
        sb.append("- `").append(r.source()).append("` : ").append(french(r.status())).append('\n');
      }
    }
  }

  private static String french(Extraction.Status status) {
    return switch (status) {
      case NO_RECORD -> "aucun enregistrement du périmètre";
      case NOT_RECOGNISED -> "en-tête non reconnu";
      case SOURCE_OUTLINE -> "contour de la zone source (une seule Feature), sans objet ici";
      case FILTERED, COPIED -> "";
    };
  }

  private static String sha256(Path from, String name) {
    try (InputStream in = Files.newInputStream(from.resolve(name))) {
      java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
      return java.util.HexFormat.of().formatHex(md.digest());
    } catch (IOException | java.security.NoSuchAlgorithmException e) {
      throw new DataException(name, 0, 0, Messages.text("csv.unreadable", e.getMessage()));
    }
  }
}
