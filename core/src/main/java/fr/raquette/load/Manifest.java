package fr.raquette.load;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.raquette.i18n.Messages;
import fr.raquette.io.DataException;
import fr.raquette.io.TextFile;
import fr.raquette.territory.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * The optional {@code territoire.yaml} of a territory folder. Keys are French, as users write them;
 * see docs/territory-folder.md. Unknown keys are errors, so that a typo is not silently ignored.
 *
 * <p>{@code anneau_km} (written by {@code raquette init}) says that the files hold the perimeter
 * and a context ring of that width around it: every commune of the files is then loaded, and {@code
 * perimetre} names the communes reported on. Without it (or at 0), {@code perimetre} restricts the
 * communes loaded, as it always did.
 */
public record Manifest(
    @JsonProperty("nom") String name,
    @JsonProperty("cog") String cog,
    @JsonProperty("perimetre") Perimeter perimeter,
    @JsonProperty("anneau_km") Double ringKm,
    @JsonProperty("fichiers") List<FileEntry> files,
    @JsonProperty("parametres") Parameters parameters) {

  public static final String FILE_NAME = "territoire.yaml";

  /** A manifest is a few kB: one over 1 MB is refused before it is parsed. */
  public static final long MAX_BYTES = 1L << 20;

  /** Configured once: building a YAML mapper costs far more than reading a manifest. */
  private static final ObjectMapper MAPPER =
      new ObjectMapper(new YAMLFactory())
          // A key written twice is refused, never the last one silently kept.
          .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  public Manifest {
    // Nulls are kept (an empty '-' line) so that parse() can say where they are.
    files =
        files == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(files));
    perimeter = perimeter == null ? Perimeter.NONE : perimeter;
    parameters = parameters == null ? Parameters.DEFAULT : parameters;
  }

  /** Whether the folder holds a context ring around its perimeter ({@code anneau_km} > 0). */
  public boolean hasRing() {
    return ringKm != null && ringKm > 0 && !perimeter.isEmpty();
  }

  /** Communes to keep; empty lists mean "everything in the files". */
  public record Perimeter(
      @JsonProperty("departements") List<String> departements,
      @JsonProperty("epci") List<String> epci,
      @JsonProperty("communes") List<String> communes,
      @JsonProperty("regions") List<String> regions) {
    static final Perimeter NONE = new Perimeter(null, null, null, null);

    public Perimeter {
      departements = codes(departements);
      epci = codes(epci);
      communes = codes(communes);
      regions = codes(regions);
    }

    private static List<String> codes(List<String> list) {
      return list == null
          ? List.of()
          : java.util.Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** The first list holding an empty entry, or {@code null}. */
    String listWithEmptyEntry() {
      List<List<String>> lists = List.of(departements, epci, communes, regions);
      List<String> names = List.of("departements", "epci", "communes", "regions");
      for (int i = 0; i < lists.size(); i++) {
        if (lists.get(i).stream().anyMatch(c -> c == null || c.isBlank())) {
          return names.get(i);
        }
      }
      return null;
    }

    public boolean isEmpty() {
      return departements.isEmpty() && epci.isEmpty() && communes.isEmpty() && regions.isEmpty();
    }
  }

  /**
   * One file of the folder and its role.
   *
   * @param path relative to the folder; must stay inside it
   * @param role a {@link Role} id; detected from the header when absent
   * @param codeField for outlines, the property holding the commune code
   * @param vintage the data's year (BPE vintage, COG year of outlines), when the file does not say
   */
  public record FileEntry(
      @JsonProperty("chemin") String path,
      @JsonProperty("role") String role,
      @JsonProperty("champ_code") String codeField,
      @JsonProperty("millesime") Integer vintage) {}

  /**
   * Analysis parameters a territory may set.
   *
   * @param reference the yardstick of "à renforcer": {@code nationale} (default), {@code
   *     territoire}, or a reference file (path relative to the folder) written by {@code raquette
   *     reference}
   */
  public record Parameters(
      @JsonProperty("rayon_acteurs_km") Double actorsRadiusKm,
      @JsonProperty("methode") String method,
      @JsonProperty("reference") String reference) {
    static final Parameters DEFAULT = new Parameters(null, null, null);
  }

  /** The manifest of a folder, or an empty one when it has none. */
  public static Manifest of(java.nio.file.Path folder) {
    for (String name : List.of(FILE_NAME, "territoire.yml")) {
      java.nio.file.Path p;
      try {
        // The folder's one rule: no link out of it, no pipe or device.
        p = fr.raquette.io.FolderFiles.optional(folder, name);
      } catch (fr.raquette.io.FolderFiles.Refused e) {
        throw new DataException(name, 0, 0, e.getMessage());
      }
      if (p != null) {
        return parse(TextFile.readSmall(p, name, MAX_BYTES));
      }
    }
    return new Manifest(null, null, null, null, null, null);
  }

  /** Parses a manifest, turning every YAML or schema error into {@code file:line:col}. */
  public static Manifest parse(TextFile file) {
    ObjectMapper mapper = MAPPER;
    if (file.text().isBlank()) {
      return new Manifest(null, null, null, null, null, null);
    }
    Manifest m;
    try {
      m = mapper.readValue(file.text(), Manifest.class);
    } catch (UnrecognizedPropertyException e) {
      // The YAML parser has read past the key by then: point at the key itself.
      long[] at = keyPosition(file.text(), e.getPropertyName());
      JsonLocation loc = e.getLocation();
      throw new DataException(
          file.displayName(),
          at != null ? at[0] : loc == null ? 0 : loc.getLineNr(),
          at != null ? (int) at[1] : loc == null ? 0 : loc.getColumnNr(),
          Messages.text(
              "manifest.key.unknown",
              e.getPropertyName(),
              where(e.getPath()),
              String.valueOf(e.getKnownPropertyIds())));
    } catch (MismatchedInputException e) {
      JsonLocation loc = e.getLocation();
      throw new DataException(
          file.displayName(),
          loc == null ? 0 : loc.getLineNr(),
          loc == null ? 0 : loc.getColumnNr(),
          wrongType(e, file.text()));
    } catch (JsonProcessingException e) {
      throw yamlError(file, e);
    }
    if (m == null) {
      return new Manifest(null, null, null, null, null, null);
    }
    checkValues(file, m);
    checkFiles(file, m.files());
    checkParameters(file, m.parameters());
    return m;
  }

  /** The COG year, the ring and the perimeter: each error at its key. */
  private static void checkValues(TextFile file, Manifest m) {
    if (m.cog() != null && !m.cog().strip().matches("\\d{4}")) {
      throw atKey(file, "cog", Messages.text("manifest.cog.bad", m.cog()));
    }
    if (m.ringKm() != null && !(m.ringKm() >= 0 && m.ringKm() <= 1000)) {
      throw atKey(
          file, "anneau_km", Messages.text("manifest.ring.bad", String.valueOf(m.ringKm())));
    }
    if (m.ringKm() != null && m.ringKm() > 0 && m.perimeter().isEmpty()) {
      throw atKey(file, "anneau_km", Messages.text("manifest.ring.no.perimeter"));
    }
    String emptyIn = m.perimeter().listWithEmptyEntry();
    if (emptyIn != null) {
      throw atKey(file, emptyIn, Messages.text("manifest.perimeter.empty", emptyIn));
    }
  }

  /** Every file entry has a path, and a known role when it gives one. */
  private static void checkFiles(TextFile file, List<FileEntry> files) {
    for (FileEntry f : files) {
      if (f == null || f.path() == null || f.path().isBlank()) {
        throw atKey(file, "fichiers", Messages.text("manifest.no.chemin"));
      }
      if (f.role() != null && Role.fromId(f.role()) == null) {
        throw at(
            file,
            locate(file.text(), "role", f.role()),
            Messages.text("manifest.role.unknown", f.role(), f.path(), roleIds()));
      }
    }
  }

  /** An error at the first occurrence of {@code key} in the manifest. */
  private static DataException atKey(TextFile file, String key, String message) {
    return at(file, keyPosition(file.text(), key), message);
  }

  /** An error at a {@code {line, column}} of the manifest, or at the file when not found. */
  private static DataException at(TextFile file, long[] at, String message) {
    return new DataException(
        file.displayName(), at == null ? 0 : at[0], at == null ? 0 : (int) at[1], message);
  }

  /** " under 'parametres'" for a key met below the top level. */
  private static String where(List<JsonMappingException.Reference> path) {
    String p = path(path.subList(0, Math.max(0, path.size() - 1)));
    return p.isEmpty() ? "" : " " + Messages.text("manifest.key.under", p);
  }

  private static String path(List<JsonMappingException.Reference> path) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : path) {
      if (r.getFieldName() != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex() + 1).append(']');
      }
    }
    return sb.toString();
  }

  /** "'parametres.rayon_acteurs_km' must be a number; found the text "loin"". */
  private static String wrongType(MismatchedInputException e, String text) {
    String key = path(e.getPath());
    Class<?> target = e.getTargetType();
    String expected;
    if (target == null) {
      expected = "manifest.expected.other";
    } else if (Double.class.equals(target) || double.class.equals(target)) {
      expected = "manifest.expected.number";
    } else if (Integer.class.equals(target) || int.class.equals(target)) {
      expected = "manifest.expected.whole";
    } else if (String.class.equals(target)) {
      expected = "manifest.expected.text";
    } else if (java.util.Collection.class.isAssignableFrom(target)) {
      expected = "manifest.expected.list";
    } else {
      expected = "manifest.expected.group";
    }
    String found = found(e, text);
    return key.isEmpty()
        ? Messages.text("manifest.root.wrong.type", Messages.text(expected), found)
        : Messages.text("manifest.wrong.type", key, Messages.text(expected), found);
  }

  private static final java.util.regex.Pattern TOKEN =
      java.util.regex.Pattern.compile("JsonToken\\.(\\w+)");

  /** What the manifest holds where a value of another type was expected. */
  private static String found(MismatchedInputException e, String text) {
    String kind = "";
    java.util.regex.Matcher m = TOKEN.matcher(String.valueOf(e.getOriginalMessage()));
    if (m.find()) {
      kind = m.group(1);
    } else if (e instanceof InvalidFormatException f && f.getValue() instanceof String) {
      kind = "VALUE_STRING";
    }
    String raw = valueAt(text, e.getLocation());
    return switch (kind) {
      case "VALUE_STRING" -> Messages.text("manifest.found.text", raw);
      case "VALUE_NUMBER_INT", "VALUE_NUMBER_FLOAT" -> Messages.text("manifest.found.number", raw);
      case "VALUE_TRUE", "VALUE_FALSE" -> Messages.text("manifest.found.boolean", raw);
      case "START_ARRAY" -> Messages.text("manifest.found.list");
      case "START_OBJECT", "FIELD_NAME" -> Messages.text("manifest.found.group");
      case "VALUE_NULL" -> Messages.text("manifest.found.nothing");
      default -> raw.isEmpty() ? Messages.text("manifest.found.other") : raw;
    };
  }

  /** The rest of the line at a location, quoted, for messages; "" when there is none. */
  private static String valueAt(String text, JsonLocation loc) {
    if (loc == null || loc.getLineNr() < 1 || loc.getColumnNr() < 1) {
      return "";
    }
    String[] lines = text.split("\n", -1);
    if (loc.getLineNr() > lines.length) {
      return "";
    }
    String l = lines[loc.getLineNr() - 1];
    if (loc.getColumnNr() - 1 > l.length()) {
      return "";
    }
    String v = l.substring(loc.getColumnNr() - 1).strip();
    if (v.length() > 40) {
      v = v.substring(0, 40) + "…";
    }
    return v.isEmpty() ? "" : Messages.text("manifest.quoted", v);
  }

  /** The largest actors radius accepted, in km (a département is about 100 km across). */
  static final double MAX_RADIUS_KM = 500;

  /** Parameters that would only fail at diagnose time are refused here, so validate says so. */
  private static void checkParameters(TextFile file, Parameters p) {
    Double r = p.actorsRadiusKm();
    if (r != null && !(Double.isFinite(r) && r > 0 && r <= MAX_RADIUS_KM)) {
      throw atKey(
          file,
          "rayon_acteurs_km",
          Messages.text("manifest.radius.bad", (int) MAX_RADIUS_KM, String.valueOf(r)));
    }
    if (p.method() != null) {
      try {
        fr.raquette.access.Method.fromId(p.method());
      } catch (IllegalArgumentException e) {
        throw atKey(
            file, "methode", Messages.text("manifest.param", "parametres.methode", e.getMessage()));
      }
    }
  }

  /** Jackson's "Duplicate field 'nom'" in words. */
  public static String duplicateKey(String jacksonMessage) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("Duplicate field '([^']*)'").matcher(jacksonMessage);
    String key = m.find() ? m.group(1) : "?";
    return Messages.text("yaml.key.twice", key);
  }

  /** A YAML syntax error, located where the YAML parser saw the problem. */
  private static DataException yamlError(TextFile file, JsonProcessingException e) {
    JsonLocation loc = e.getLocation();
    long line = loc == null ? 0 : loc.getLineNr();
    int col = loc == null ? 0 : loc.getColumnNr();
    String message = e.getOriginalMessage();
    String context = "";
    if (message != null && message.startsWith("Duplicate field")) {
      return new DataException(file.displayName(), line, col, duplicateKey(message));
    }
    Throwable cause = e;
    while (cause != null && !(cause instanceof org.yaml.snakeyaml.error.MarkedYAMLException)) {
      cause = cause.getCause() == cause ? null : cause.getCause();
    }
    if (cause instanceof org.yaml.snakeyaml.error.MarkedYAMLException y) {
      if (y.getProblemMark() != null) {
        line = y.getProblemMark().getLine() + 1L;
        col = y.getProblemMark().getColumn() + 1;
      }
      message = oneLine(y.getProblem());
      if (y.getContext() != null) {
        context =
            " "
                + (y.getContextMark() == null
                    ? Messages.text("yaml.context", oneLine(y.getContext()))
                    : Messages.text(
                        "yaml.context.line",
                        oneLine(y.getContext()),
                        y.getContextMark().getLine() + 1));
      }
    }
    return new DataException(
        file.displayName(), line, col, Messages.text("yaml.invalid", oneLine(message), context));
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replace('\n', ' ').strip();
  }

  /**
   * Line and column of the value of the first {@code key: value} line whose value is {@code value}
   * in the territory's manifest, or {@code null}: for messages about a manifest entry.
   */
  static long[] locate(java.nio.file.Path folder, String key, String value) {
    for (String name : List.of(FILE_NAME, "territoire.yml")) {
      java.nio.file.Path p = folder.resolve(name);
      if (java.nio.file.Files.isRegularFile(p)) {
        try {
          return locate(java.nio.file.Files.readString(p), key, value);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
          return null;
        }
      }
    }
    return null;
  }

  static long[] locate(String text, String key, String value) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      String s = l.stripLeading();
      if (s.startsWith("- ")) {
        s = s.substring(2).stripLeading();
      }
      if (!s.startsWith(key + ":")) {
        continue;
      }
      String v = s.substring(key.length() + 1).strip();
      if (v.length() >= 2
          && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
        v = v.substring(1, v.length() - 1);
      }
      if (v.equals(value)) {
        int at = l.indexOf(':', l.indexOf(key)) + 1;
        while (at < l.length() && l.charAt(at) == ' ') {
          at++;
        }
        return new long[] {i + 1, at + 1};
      }
    }
    return null;
  }

  /** Line and column of the first line whose content starts with {@code key:}. */
  private static long[] keyPosition(String text, String key) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      String s = l.stripLeading();
      if (s.startsWith("- ")) {
        s = s.substring(2).stripLeading();
      }
      if (s.startsWith(key + ":")) {
        return new long[] {i + 1, l.indexOf(key) + 1};
      }
    }
    return null;
  }

  static String roleIds() {
    StringBuilder sb = new StringBuilder();
    for (Role r : Role.values()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(r.id());
    }
    return sb.toString();
  }
}
