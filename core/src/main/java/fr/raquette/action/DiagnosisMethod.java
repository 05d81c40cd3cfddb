package fr.raquette.action;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.raquette.analysis.Diagnosis;
import fr.raquette.analysis.ThemeResult;
import fr.raquette.io.DataException;
import fr.raquette.territory.Territory;
import fr.raquette.themes.Theme;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a report folder records of how its diagnosis was made, in its {@code diagnostic.json}, so
 * that {@code compare} can refuse two reports it should not compare: the perimeter (its communes),
 * the context ring (how many communes around it were loaded), the method, the yardstick, the scale
 * of the catchments and the themes' definitions (each as a SHA-256 of a canonical text, so that a
 * changed band, BPE code or threshold shows). The version, the territory's name and the catchments
 * are recorded for the reader, not compared: a new version may be compared with an old one.
 *
 * @param fields the recorded values, by key, in the file's order
 */
public record DiagnosisMethod(Map<String, Object> fields) {
  /** The file, in every report folder. */
  public static final String FILE = "diagnostic.json";

  /** The keys compared, in the order a refusal lists them. */
  public static final List<String> COMPARED =
      List.of(
          "perimetre_empreinte",
          "contexte_communes",
          "methode",
          "reference",
          "reference_empreinte",
          "echelle_desserte",
          "themes",
          "themes_empreinte");

  public DiagnosisMethod {
    fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** What {@code d} records; {@code extra} (a simulated scenario...) is added as it is. */
  public static DiagnosisMethod of(Diagnosis d, String version, Map<String, Object> extra) {
    Territory t = d.territory();
    List<String> perimeter =
        t.communes().keySet().stream().filter(t::inPerimeter).sorted().toList();
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("format", 1);
    f.put("raquette", version);
    f.put("territoire", t.name());
    f.put("perimetre_communes", perimeter.size());
    f.put("perimetre_empreinte", sha256(String.join("\n", perimeter)));
    f.put("contexte_communes", t.communes().size() - perimeter.size());
    f.put("methode", d.options().method().id());
    f.put(
        "reference",
        d.options().yardstick().isTerritory()
            ? "territoire"
            : d.options().yardstick().national().source());
    f.put(
        "reference_empreinte",
        d.options().yardstick().isTerritory()
            ? ""
            : sha256(d.options().yardstick().national().format()));
    f.put("echelle_desserte", d.options().catchmentScale());
    List<String> ids = new ArrayList<>();
    StringBuilder themes = new StringBuilder();
    Map<String, Object> bands = new LinkedHashMap<>();
    for (ThemeResult r : d.themes()) {
      Theme th = r.theme();
      ids.add(th.id());
      themes.append(canonical(th)).append('\n');
      bands.put(th.id(), th.bands().max() * d.options().catchmentScale());
    }
    f.put("themes", String.join(",", ids));
    f.put("themes_empreinte", sha256(themes.toString()));
    f.put("zone_desserte_km", bands);
    f.putAll(extra);
    return new DiagnosisMethod(f);
  }

  /** The JSON text of the file. */
  public String json() {
    try {
      return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(fields) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException(e); // maps of strings and numbers always serialise
    }
  }

  /** The method recorded in a report folder; empty when the folder predates the file. */
  public static java.util.Optional<DiagnosisMethod> read(Path folder) {
    Path file = Files.isDirectory(folder) ? folder.resolve(FILE) : folder.resolveSibling(FILE);
    if (!Files.isRegularFile(file)) {
      return java.util.Optional.empty();
    }
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new DataException(file.toString(), 0, 0, "illisible : " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw new DataException(file.toString(), 1, 1, "attendu un objet JSON");
    }
    Map<String, Object> f = new LinkedHashMap<>();
    root.fields()
        .forEachRemaining(
            e ->
                f.put(
                    e.getKey(),
                    e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
    return java.util.Optional.of(new DiagnosisMethod(f));
  }

  /**
   * The compared keys whose values differ, with both values; empty when the two diagnoses were made
   * the same way.
   */
  public Map<String, List<String>> differences(DiagnosisMethod other) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String k : COMPARED) {
      String a = text(fields.get(k));
      String b = text(other.fields.get(k));
      if (!a.equals(b)) {
        out.put(k, List.of(a, b));
      }
    }
    return out;
  }

  /** A value as text; numbers as they read back from JSON (1.0, 42). */
  private static String text(Object v) {
    return v == null ? "" : String.valueOf(v);
  }

  /**
   * A stable text of a value: records by their components, arrays, collections and maps element by
   * element (never an identity hash), other values by {@code toString}.
   */
  static String canonical(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof Record r) {
      StringBuilder sb = new StringBuilder(r.getClass().getSimpleName()).append('(');
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        try {
          sb.append(c.getName()).append('=').append(canonical(c.getAccessor().invoke(r)));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
        sb.append(';');
      }
      return sb.append(')').toString();
    }
    if (v instanceof double[] a) {
      return Arrays.toString(a);
    }
    if (v instanceof int[] a) {
      return Arrays.toString(a);
    }
    if (v instanceof Map<?, ?> m) {
      Map<String, String> sorted = new TreeMap<>();
      m.forEach((k, x) -> sorted.put(canonical(k), canonical(x)));
      return sorted.toString();
    }
    if (v instanceof Collection<?> c) {
      return c.stream().map(DiagnosisMethod::canonical).toList().toString();
    }
    return v.toString();
  }

  private static String sha256(String text) {
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e); // every Java has SHA-256
    }
  }
}
