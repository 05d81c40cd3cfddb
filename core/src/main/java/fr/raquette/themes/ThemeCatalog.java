package fr.raquette.themes;

import fr.raquette.access.DistanceBands;
import fr.raquette.io.DataException;
import fr.raquette.io.TextFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The themes of a diagnosis, in report order. Immutable.
 *
 * <p>Where it comes from:
 *
 * <ul>
 *   <li>{@link #builtIn()}: Raquette's referential ({@code fr/raquette/themes/themes.yaml});
 *   <li>{@link #load(Path)}: a complete referential of one's own, replacing the built-in one (the
 *       CLI's {@code --themes FILE});
 *   <li>{@link #withOverrides(Path)}: a territory's {@code themes.yaml}, merged by id. A theme
 *       entry whose id exists replaces, one by one, the fields it sets, and keeps the others
 *       ({@code bpe} and {@code cible} are replaced as a whole, not merged per vintage or per key);
 *       an entry with a new id adds a theme at the end, and must then give at least {@code
 *       label_fr} and {@code label_en} (the other fields default to: no BPE types, no
 *       data·inclusion values, no France services, whole population, {@link DistanceBands#DEFAULT},
 *       {@code population_min} 0, {@code seuil_renforcer} 0.5).
 * </ul>
 *
 * <p>Any mistake in a file (unknown key, wrong type, bad bands, unknown age band, an id given
 * twice) is a {@link DataException} at its {@code file:line:col}.
 */
public final class ThemeCatalog {
  /** A themes file is a few kB: one over 1 MB is refused before it is parsed. */
  public static final long MAX_BYTES = 1L << 20;

  /** The name of a territory's override file, in the territory folder. */
  public static final String FILE_NAME = "themes.yaml";

  static final String BUILT_IN_RESOURCE = "/fr/raquette/themes/themes.yaml";
  static final String BUILT_IN_NAME = "themes.yaml (built-in)";
  static final double DEFAULT_REINFORCE_BELOW = 0.5;

  private final List<Theme> themes;
  private final Map<String, Theme> byId;

  private ThemeCatalog(List<Theme> themes) {
    this.themes = List.copyOf(themes);
    Map<String, Theme> map = new LinkedHashMap<>();
    for (Theme t : this.themes) {
      if (map.putIfAbsent(t.id(), t) != null) {
        throw new IllegalArgumentException("theme id '" + t.id() + "' appears twice");
      }
    }
    this.byId = map;
  }

  /** A catalogue of the given themes, in that order; ids must be distinct. */
  public static ThemeCatalog of(List<Theme> themes) {
    return new ThemeCatalog(themes);
  }

  /** Raquette's built-in referential. */
  public static ThemeCatalog builtIn() {
    return BuiltIn.CATALOG;
  }

  /** A complete referential read from a file, replacing the built-in one. */
  public static ThemeCatalog load(Path yaml) {
    String name = yaml.toString();
    return parse(TextFile.readSmall(yaml, name, MAX_BYTES).text(), name);
  }

  /** This catalogue with a territory's {@code themes.yaml} merged in by id (see the class doc). */
  public ThemeCatalog withOverrides(Path yaml) {
    String name = yaml.toString();
    return withOverrides(TextFile.readSmall(yaml, name, MAX_BYTES).text(), name);
  }

  /**
   * The catalogue of a territory: {@code themesFile} if given (else the built-in referential), then
   * the territory folder's {@code themes.yaml}, if there is one, merged in.
   *
   * @param territoryDir the territory folder, or {@code null}
   * @param themesFile a complete referential replacing the built-in one, or {@code null}
   */
  public static ThemeCatalog forTerritory(Path territoryDir, Path themesFile) {
    ThemeCatalog base = themesFile != null ? load(themesFile) : builtIn();
    if (territoryDir != null) {
      Path local;
      try {
        // The folder's one rule: no link out of it, no pipe or device.
        local = fr.raquette.io.FolderFiles.optional(territoryDir, FILE_NAME);
      } catch (fr.raquette.io.FolderFiles.Refused e) {
        throw new fr.raquette.io.DataException(FILE_NAME, 0, 0, e.getMessage());
      }
      if (local != null) {
        return base.withOverrides(local);
      }
    }
    return base;
  }

  static ThemeCatalog parse(String text, String file) {
    List<Theme> list = new ArrayList<>();
    Map<String, ThemeYaml.Entry> seen = new HashMap<>();
    for (ThemeYaml.Entry e : ThemeYaml.parse(text, file)) {
      checkNew(e, seen, file);
      list.add(complete(e, file, List.of()));
    }
    if (list.isEmpty()) {
      throw new DataException(file, 0, 0, "no theme in the file: 'themes:' is an empty list");
    }
    return new ThemeCatalog(list);
  }

  ThemeCatalog withOverrides(String text, String file) {
    Map<String, Theme> merged = new LinkedHashMap<>(byId);
    Map<String, ThemeYaml.Entry> seen = new HashMap<>();
    for (ThemeYaml.Entry e : ThemeYaml.parse(text, file)) {
      checkNew(e, seen, file);
      Theme base = merged.get(e.id);
      merged.put(e.id, base != null ? merge(base, e, file) : complete(e, file, ids()));
    }
    return new ThemeCatalog(new ArrayList<>(merged.values()));
  }

  private static void checkNew(ThemeYaml.Entry e, Map<String, ThemeYaml.Entry> seen, String file) {
    if (e.id == null) {
      throw new DataException(file, e.line, e.column, "this theme has no 'id'");
    }
    ThemeYaml.Entry first = seen.putIfAbsent(e.id, e);
    if (first != null) {
      throw new DataException(
          file,
          e.idLine,
          e.idColumn,
          "theme '" + e.id + "' is already defined at line " + first.idLine + " of this file");
    }
  }

  private static Theme complete(ThemeYaml.Entry e, String file, List<String> knownIds) {
    if (e.labelFr == null || e.labelEn == null) {
      String why =
          knownIds.isEmpty()
              ? "theme '" + e.id + "' needs at least label_fr and label_en"
              : "theme '"
                  + e.id
                  + "' is not in the referential being overridden ("
                  + String.join(", ", knownIds)
                  + "): as a new theme it needs at least label_fr and label_en";
      throw new DataException(file, e.line, e.column, why);
    }
    DistanceBands bands = or(e.bands, DistanceBands.DEFAULT);
    List<Element> elements = elements(e, file, bands, null);
    return build(
        e,
        file,
        e.labelFr,
        e.labelEn,
        or(e.descriptionFr, ""),
        or(e.descriptionEn, ""),
        elements.isEmpty() ? or(e.bpe, new TreeMap<>()) : unionBpe(elements),
        elements.isEmpty() ? or(e.dataInclusion, List.of()) : unionDataInclusion(elements),
        elements.isEmpty() ? or(e.franceServices, false) : anyFranceServices(elements),
        or(e.target, TargetPopulation.TOTAL),
        bands,
        or(e.minimumPopulation, 0),
        or(e.reinforceBelow, DEFAULT_REINFORCE_BELOW),
        elements,
        e.bandsMin);
  }

  /**
   * The basket written in {@code e}, each element's bands defaulting to the theme's; or, when
   * {@code e} has no {@code elements}, the base's basket ({@code base}, may be null) with the
   * elements that had the base theme's bands given {@code bands}; empty for a theme written the old
   * way (one element built from its own keys).
   */
  private static List<Element> elements(
      ThemeYaml.Entry e, String file, DistanceBands bands, Theme base) {
    boolean oldKeys = e.bpe != null || e.dataInclusion != null || e.franceServices != null;
    if (e.elements == null) {
      if (base == null || !base.isBasket() || oldKeys) {
        return List.of();
      }
      return base.elements().stream()
          .map(
              x ->
                  new Element(
                      x.id(),
                      x.labelFr(),
                      x.labelEn(),
                      x.scale(),
                      x.bpe(),
                      x.dataInclusion(),
                      x.franceServices(),
                      x.bands().equals(base.bands()) ? bands : x.bands(),
                      e.bandsMin != null && x.bandsMin().equals(Element.defaultMinutes(x.scale()))
                          ? e.bandsMin
                          : x.bandsMin()))
          .toList();
    }
    if (oldKeys) {
      throw new DataException(
          file,
          e.line,
          e.column,
          "theme '"
              + e.id
              + "' has 'elements': give bpe, data_inclusion and france_services in each element,"
              + " not in the theme");
    }
    List<Element> list = new ArrayList<>();
    for (ThemeYaml.ElementEntry x : e.elements) {
      try {
        list.add(
            new Element(
                x.id,
                x.labelFr,
                x.labelEn,
                x.scale,
                or(x.bpe, new TreeMap<>()),
                or(x.dataInclusion, List.of()),
                or(x.franceServices, false),
                or(x.bands, bands),
                or(x.bandsMin, e.bandsMin)));
      } catch (IllegalArgumentException ex) {
        throw new DataException(file, x.line, x.column, ex.getMessage());
      }
    }
    return list;
  }

  /** Every vintage of any element, with the union of the elements' types for that vintage. */
  private static NavigableMap<Integer, List<String>> unionBpe(List<Element> elements) {
    java.util.SortedSet<Integer> vintages = new java.util.TreeSet<>();
    elements.forEach(x -> vintages.addAll(x.bpe().keySet()));
    NavigableMap<Integer, List<String>> map = new TreeMap<>();
    for (int v : vintages) {
      java.util.SortedSet<String> codes = new java.util.TreeSet<>();
      elements.forEach(x -> codes.addAll(x.bpeCodes(v)));
      map.put(v, List.copyOf(codes));
    }
    return map;
  }

  private static List<String> unionDataInclusion(List<Element> elements) {
    java.util.Set<String> di = new java.util.LinkedHashSet<>();
    elements.forEach(x -> di.addAll(x.dataInclusion()));
    return List.copyOf(di);
  }

  private static boolean anyFranceServices(List<Element> elements) {
    return elements.stream().anyMatch(Element::franceServices);
  }

  private static Theme merge(Theme b, ThemeYaml.Entry e, String file) {
    DistanceBands bands = or(e.bands, b.bands());
    List<Element> elements = elements(e, file, bands, b);
    boolean basket = !elements.isEmpty();
    return build(
        e,
        file,
        or(e.labelFr, b.labelFr()),
        or(e.labelEn, b.labelEn()),
        or(e.descriptionFr, b.descriptionFr()),
        or(e.descriptionEn, b.descriptionEn()),
        basket ? unionBpe(elements) : or(e.bpe, b.bpe()),
        basket ? unionDataInclusion(elements) : or(e.dataInclusion, b.dataInclusion()),
        basket ? anyFranceServices(elements) : or(e.franceServices, b.franceServices()),
        or(e.target, b.target()),
        bands,
        or(e.minimumPopulation, b.minimumPopulation()),
        or(e.reinforceBelow, b.reinforceBelow()),
        elements,
        or(e.bandsMin, b.isBasket() ? null : b.elements().get(0).bandsMin()));
  }

  private static Theme build(
      ThemeYaml.Entry e,
      String file,
      String labelFr,
      String labelEn,
      String descriptionFr,
      String descriptionEn,
      NavigableMap<Integer, List<String>> bpe,
      List<String> dataInclusion,
      boolean franceServices,
      TargetPopulation target,
      DistanceBands bands,
      int minimumPopulation,
      double reinforceBelow,
      List<Element> elements,
      DistanceBands bandsMin) {
    // A theme without a basket is one proximity element: its minute bands are the theme's.
    List<Element> basket =
        elements.isEmpty() && bandsMin != null
            ? List.of(
                new Element(
                    e.id,
                    labelFr,
                    labelEn,
                    Scale.PROXIMITE,
                    bpe,
                    dataInclusion,
                    franceServices,
                    bands,
                    bandsMin))
            : elements;
    try {
      return new Theme(
          e.id,
          labelFr,
          labelEn,
          descriptionFr,
          descriptionEn,
          bpe,
          dataInclusion,
          franceServices,
          target,
          bands,
          minimumPopulation,
          reinforceBelow,
          basket);
    } catch (IllegalArgumentException ex) {
      throw new DataException(file, e.line, e.column, ex.getMessage());
    }
  }

  private static <T> T or(T value, T fallback) {
    return value != null ? value : fallback;
  }

  /** The theme of that id. */
  public Optional<Theme> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Every theme, in report order. */
  public List<Theme> all() {
    return themes;
  }

  /** Every theme id, in report order. */
  public List<String> ids() {
    return themes.stream().map(Theme::id).toList();
  }

  /**
   * The theme a user means, for CLI filters: a theme id, a French or English label ("santé",
   * "Sante", "health"), ignoring case and accents, or a data·inclusion value of a theme
   * ("logement-hebergement") or below one ("sante--acces-aux-soins": the most specific value wins;
   * on a tie, the first theme in order).
   */
  public Optional<String> resolveThemeId(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String key = fold(text);
    for (Theme t : themes) {
      if (fold(t.id()).equals(key)) {
        return Optional.of(t.id());
      }
    }
    for (Theme t : themes) {
      if (fold(t.labelFr()).equals(key) || fold(t.labelEn()).equals(key)) {
        return Optional.of(t.id());
      }
    }
    for (Theme t : themes) {
      for (String di : t.dataInclusion()) {
        if (fold(di).equals(key)) {
          return Optional.of(t.id());
        }
      }
    }
    String best = null;
    int bestLength = -1;
    for (Theme t : themes) {
      for (String di : t.dataInclusion()) {
        String v = fold(di);
        if (key.startsWith(v + "--") && v.length() > bestLength) {
          best = t.id();
          bestLength = v.length();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  static String fold(String s) {
    String n = Normalizer.normalize(s.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return n.replace('\u2019', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  static TextFile readResource(String resource) {
    try (InputStream in = ThemeCatalog.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return TextFile.decode(resource, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class BuiltIn {
    static final ThemeCatalog CATALOG =
        parse(readResource(BUILT_IN_RESOURCE).text(), BUILT_IN_NAME);
  }
}
