package fr.raquette.load;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.raquette.io.DataException;
import fr.raquette.io.TextFile;
import fr.raquette.territory.Role;
import java.util.List;

/**
 * The optional {@code territoire.yaml} of a territory folder. Keys are French, as users write them;
 * see docs/territory-folder.md. Unknown keys are errors, so that a typo is not silently ignored.
 */
public record Manifest(
    @JsonProperty("nom") String name,
    @JsonProperty("cog") String cog,
    @JsonProperty("perimetre") Perimeter perimeter,
    @JsonProperty("fichiers") List<FileEntry> files,
    @JsonProperty("parametres") Parameters parameters) {

  public static final String FILE_NAME = "territoire.yaml";

  public Manifest {
    files = files == null ? List.of() : List.copyOf(files);
    perimeter = perimeter == null ? Perimeter.NONE : perimeter;
    parameters = parameters == null ? Parameters.DEFAULT : parameters;
  }

  /** Communes to keep; empty lists mean "everything in the files". */
  public record Perimeter(
      @JsonProperty("departements") List<String> departements,
      @JsonProperty("epci") List<String> epci,
      @JsonProperty("communes") List<String> communes,
      @JsonProperty("regions") List<String> regions) {
    static final Perimeter NONE = new Perimeter(null, null, null, null);

    public Perimeter {
      departements = departements == null ? List.of() : List.copyOf(departements);
      epci = epci == null ? List.of() : List.copyOf(epci);
      communes = communes == null ? List.of() : List.copyOf(communes);
      regions = regions == null ? List.of() : List.copyOf(regions);
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

  /** Analysis parameters a territory may set. */
  public record Parameters(
      @JsonProperty("rayon_acteurs_km") Double actorsRadiusKm,
      @JsonProperty("methode") String method) {
    static final Parameters DEFAULT = new Parameters(null, null);
  }

  /** The manifest of a folder, or an empty one when it has none. */
  public static Manifest of(java.nio.file.Path folder) {
    for (String name : List.of(FILE_NAME, "territoire.yml")) {
      java.nio.file.Path p = folder.resolve(name);
      if (java.nio.file.Files.isRegularFile(p)) {
        return parse(TextFile.read(p, name));
      }
    }
    return new Manifest(null, null, null, null, null);
  }

  /** Parses a manifest, turning every YAML or schema error into {@code file:line:col}. */
  public static Manifest parse(TextFile file) {
    ObjectMapper mapper =
        new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    if (file.text().isBlank()) {
      return new Manifest(null, null, null, null, null);
    }
    try {
      Manifest m = mapper.readValue(file.text(), Manifest.class);
      if (m == null) {
        return new Manifest(null, null, null, null, null);
      }
      for (FileEntry f : m.files()) {
        if (f.path() == null || f.path().isBlank()) {
          throw new DataException(
              file.displayName(), 0, 0, "every entry of 'fichiers' needs a 'chemin'");
        }
        if (f.role() != null && Role.fromId(f.role()) == null) {
          throw new DataException(
              file.displayName(),
              0,
              0,
              "unknown role '" + f.role() + "' for " + f.path() + "; expected one of " + roleIds());
        }
      }
      return m;
    } catch (UnrecognizedPropertyException e) {
      // The YAML parser has read past the key by then: point at the key itself.
      long[] at = keyPosition(file.text(), e.getPropertyName());
      JsonLocation loc = e.getLocation();
      throw new DataException(
          file.displayName(),
          at != null ? at[0] : loc == null ? 0 : loc.getLineNr(),
          at != null ? (int) at[1] : loc == null ? 0 : loc.getColumnNr(),
          "unknown key '" + e.getPropertyName() + "'; expected one of " + e.getKnownPropertyIds());
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      throw new DataException(
          file.displayName(),
          loc == null ? 0 : loc.getLineNr(),
          loc == null ? 0 : loc.getColumnNr(),
          "invalid manifest: " + e.getOriginalMessage());
    }
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
