package fr.raquette.themes;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.raquette.access.DistanceBands;
import fr.raquette.i18n.Messages;
import fr.raquette.io.DataException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads a {@code themes.yaml} into entries whose unset fields stay {@code null}, so that one reader
 * serves both a complete referential and a territory's partial override. Read token by token rather
 * than bound to classes: every mistake (unknown key, wrong type, bad bands, unknown age band) is
 * reported at the line and column of the offending key or value, in words a user can act on.
 */
final class ThemeYaml {
  private static final YAMLFactory FACTORY =
      YAMLFactory.builder()
          // A key written twice is refused, never the last one silently kept.
          .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();
  private static final Pattern VINTAGE = Pattern.compile("(19|20)[0-9]{2}");

  static final List<String> THEME_KEYS =
      List.of(
          "id",
          "label_fr",
          "label_en",
          "description_fr",
          "description_en",
          "bpe",
          "data_inclusion",
          "france_services",
          "cible",
          "bandes_km",
          "bandes_min",
          "population_min",
          "seuil_renforcer",
          "elements");
  static final List<String> ELEMENT_KEYS =
      List.of(
          "id",
          "label_fr",
          "label_en",
          "echelle",
          "bpe",
          "data_inclusion",
          "france_services",
          "bandes_km",
          "bandes_min");
  static final List<String> TARGET_KEYS =
      List.of("besoin", "ages", "repli", "source", "label_fr", "label_en");

  /** One theme as written; {@code null} means "not set here". */
  static final class Entry {
    String id;
    long line;
    int column;
    long idLine;
    int idColumn;
    String labelFr;
    String labelEn;
    String descriptionFr;
    String descriptionEn;
    NavigableMap<Integer, List<String>> bpe;
    List<String> dataInclusion;
    Boolean franceServices;
    TargetPopulation target;
    DistanceBands bands;
    DistanceBands bandsMin;
    Integer minimumPopulation;
    Double reinforceBelow;
    List<ElementEntry> elements;
  }

  /** One element of a theme's basket as written; {@code null} means "not set here". */
  static final class ElementEntry {
    String id;
    long line;
    int column;
    String labelFr;
    String labelEn;
    Scale scale;
    NavigableMap<Integer, List<String>> bpe;
    List<String> dataInclusion;
    Boolean franceServices;
    DistanceBands bands;
    DistanceBands bandsMin;
  }

  private final JsonParser p;
  private final String file;

  private ThemeYaml(JsonParser p, String file) {
    this.p = p;
    this.file = file;
  }

  static List<Entry> parse(String text, String file) {
    try (JsonParser p = FACTORY.createParser(text)) {
      return new ThemeYaml(p, file).document();
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      throw new DataException(
          file,
          loc == null ? 0 : Math.max(0, loc.getLineNr()),
          loc == null ? 0 : Math.max(0, loc.getColumnNr()),
          String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")
              ? fr.raquette.load.Manifest.duplicateKey(e.getOriginalMessage())
              : Messages.text("themes.yaml.invalid", oneLine(e.getOriginalMessage())));
    } catch (IOException e) {
      throw new DataException(file, 0, 0, Messages.text("csv.unreadable", e.getMessage()));
    }
  }

  private List<Entry> document() throws IOException {
    JsonToken t = p.nextToken();
    if (t == null) {
      throw error(Messages.text("themes.yaml.empty"));
    }
    if (t != JsonToken.START_OBJECT) {
      throw error(Messages.text("themes.yaml.no.top", describe(t)));
    }
    List<Entry> entries = null;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      if (!"themes".equals(key)) {
        throw error(Messages.text("themes.yaml.top.key.unknown", key));
      }
      if (entries != null) {
        throw error(Messages.text("themes.yaml.themes.twice"));
      }
      p.nextToken();
      entries = themes();
    }
    if (entries == null) {
      throw error(Messages.text("themes.yaml.themes.missing"));
    }
    return entries;
  }

  private List<Entry> themes() throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw error(Messages.text("themes.yaml.themes.not.list", describe(p.currentToken())));
    }
    List<Entry> entries = new ArrayList<>();
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.START_OBJECT) {
        throw error(Messages.text("themes.yaml.theme.not.mapping", describe(t)));
      }
      entries.add(entry());
    }
    return entries;
  }

  private Entry entry() throws IOException {
    Entry e = new Entry();
    JsonLocation start = p.currentTokenLocation();
    e.line = start.getLineNr();
    e.column = start.getColumnNr();
    Set<String> seen = new HashSet<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      String where = where(e.id);
      if (!THEME_KEYS.contains(key)) {
        throw error(
            Messages.text("themes.yaml.key.unknown", key, where, String.join(", ", THEME_KEYS)));
      }
      if (!seen.add(key)) {
        throw error(Messages.text("themes.yaml.key.twice", key, where));
      }
      p.nextToken();
      switch (key) {
        case "id" -> {
          JsonLocation loc = p.currentTokenLocation();
          String id = text(key);
          if (!Theme.ID.matcher(id).matches()) {
            throw error(Messages.text("themes.yaml.theme.id.bad", id));
          }
          e.id = id;
          e.idLine = loc.getLineNr();
          e.idColumn = loc.getColumnNr();
        }
        case "label_fr" -> e.labelFr = text(key);
        case "label_en" -> e.labelEn = text(key);
        case "description_fr" -> e.descriptionFr = text(key);
        case "description_en" -> e.descriptionEn = text(key);
        case "bpe" -> e.bpe = bpe();
        case "data_inclusion" -> e.dataInclusion = dataInclusion();
        case "france_services" -> e.franceServices = bool(key);
        case "cible" -> e.target = target();
        case "bandes_km" -> e.bands = bands(key);
        case "bandes_min" -> e.bandsMin = bands(key);
        case "population_min" -> e.minimumPopulation = nonNegativeInt(key);
        case "seuil_renforcer" -> e.reinforceBelow = ratio(key);
        case "elements" -> e.elements = elements(e.id);
        default -> throw new IllegalStateException(key);
      }
    }
    return e;
  }

  private List<ElementEntry> elements(String theme) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw error(Messages.text("themes.yaml.elements.not.list", describe(p.currentToken())));
    }
    List<ElementEntry> list = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.START_OBJECT) {
        throw error(Messages.text("themes.yaml.element.not.mapping", describe(t)));
      }
      ElementEntry e = element(where(theme));
      if (!ids.add(e.id)) {
        throw new DataException(
            file, e.line, e.column, Messages.text("themes.yaml.element.twice", e.id));
      }
      list.add(e);
    }
    if (list.isEmpty()) {
      throw error(Messages.text("themes.yaml.elements.empty"));
    }
    return list;
  }

  private ElementEntry element(String where) throws IOException {
    ElementEntry e = new ElementEntry();
    JsonLocation start = p.currentTokenLocation();
    e.line = start.getLineNr();
    e.column = start.getColumnNr();
    Set<String> seen = new HashSet<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      if (!ELEMENT_KEYS.contains(key)) {
        throw error(
            Messages.text(
                "themes.yaml.element.key.unknown", key, where, String.join(", ", ELEMENT_KEYS)));
      }
      if (!seen.add(key)) {
        throw error(Messages.text("themes.yaml.element.key.twice", key, where));
      }
      p.nextToken();
      switch (key) {
        case "id" -> {
          String id = text(key);
          if (!Theme.ID.matcher(id).matches()) {
            throw error(Messages.text("themes.yaml.element.id.bad", id));
          }
          e.id = id;
        }
        case "label_fr" -> e.labelFr = text(key);
        case "label_en" -> e.labelEn = text(key);
        case "echelle" -> e.scale = scale();
        case "bpe" -> e.bpe = bpe();
        case "data_inclusion" -> e.dataInclusion = dataInclusion();
        case "france_services" -> e.franceServices = bool(key);
        case "bandes_km" -> e.bands = bands(key);
        case "bandes_min" -> e.bandsMin = bands(key);
        default -> throw new IllegalStateException(key);
      }
    }
    for (String key : List.of("id", "label_fr", "label_en", "echelle")) {
      boolean missing =
          switch (key) {
            case "id" -> e.id == null;
            case "label_fr" -> e.labelFr == null;
            case "label_en" -> e.labelEn == null;
            default -> e.scale == null;
          };
      if (missing) {
        throw new DataException(
            file, e.line, e.column, Messages.text("themes.yaml.element.needs", where, key));
      }
    }
    return e;
  }

  private Scale scale() throws IOException {
    String v = text("echelle");
    Scale s = Scale.of(v);
    if (s == null) {
      throw error(Messages.text("themes.yaml.scale.unknown", v));
    }
    return s;
  }

  private NavigableMap<Integer, List<String>> bpe() throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw error(
          Messages.text(
              "themes.yaml.bpe.not.mapping",
              describe(p.currentToken()),
              "bpe: { \"2013\": [D201, D232] }"));
    }
    NavigableMap<Integer, List<String>> map = new TreeMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String vintage = p.currentName().strip();
      if (!VINTAGE.matcher(vintage).matches()) {
        throw error(Messages.text("themes.yaml.vintage.bad", vintage));
      }
      int year = Integer.parseInt(vintage);
      if (map.containsKey(year)) {
        throw error(Messages.text("themes.yaml.vintage.twice", year));
      }
      p.nextToken();
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw error(
            Messages.text("themes.yaml.bpe.types.not.list", year, describe(p.currentToken())));
      }
      List<String> codes = new ArrayList<>();
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (!t.isScalarValue() || t == JsonToken.VALUE_NULL) {
          throw error(Messages.text("themes.yaml.bpe.code.expected", describe(t)));
        }
        String code = p.getText().strip();
        if (!Theme.BPE_CODE.matcher(code).matches()) {
          throw error(Messages.text("themes.yaml.bpe.code.bad", code));
        }
        if (codes.contains(code)) {
          throw error(Messages.text("themes.yaml.bpe.code.twice", code, year));
        }
        codes.add(code);
      }
      map.put(year, codes);
    }
    return map;
  }

  private List<String> dataInclusion() throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw error(Messages.text("themes.yaml.di.not.list", describe(p.currentToken())));
    }
    List<String> values = new ArrayList<>();
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (!t.isScalarValue() || t == JsonToken.VALUE_NULL) {
        throw error(Messages.text("themes.yaml.di.expected", describe(t)));
      }
      String v = p.getText().strip();
      if (v.isEmpty() || !v.equals(v.toLowerCase(java.util.Locale.ROOT))) {
        throw error(Messages.text("themes.yaml.di.bad", v));
      }
      if (values.contains(v)) {
        throw error(Messages.text("themes.yaml.di.twice", v));
      }
      values.add(v);
    }
    return values;
  }

  private TargetPopulation target() throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw error(
          Messages.text(
              "themes.yaml.target.not.mapping",
              describe(p.currentToken()),
              "{ besoin: POP75P, label_fr: personnes de 75 ans et plus, label_en: people aged 75"
                  + " and over }"));
    }
    JsonLocation start = p.currentTokenLocation();
    Map<String, Object> values = new HashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      if (!TARGET_KEYS.contains(key)) {
        throw error(
            Messages.text("themes.yaml.target.key.unknown", key, String.join(", ", TARGET_KEYS)));
      }
      if (values.containsKey(key)) {
        throw error(Messages.text("themes.yaml.target.key.twice", key));
      }
      p.nextToken();
      values.put(
          key,
          switch (key) {
            case "ages" -> NeedExpression.ofAgeBands(ages());
            case "besoin", "repli" -> expression(key);
            default -> text(key);
          });
    }
    if (values.containsKey("ages") == values.containsKey("besoin")) {
      throw new DataException(
          file,
          start.getLineNr(),
          start.getColumnNr(),
          Messages.text("themes.yaml.target.need.or.ages"));
    }
    for (String key : List.of("label_fr", "label_en")) {
      if (!values.containsKey(key)) {
        throw new DataException(
            file,
            start.getLineNr(),
            start.getColumnNr(),
            Messages.text("themes.yaml.target.needs", key));
      }
    }
    NeedExpression need =
        (NeedExpression) (values.containsKey("besoin") ? values.get("besoin") : values.get("ages"));
    String source = (String) values.get("source");
    if (source == null) {
      source = need.isPopulation() ? "INSEE, populations légales" : "INSEE";
    }
    return new TargetPopulation(
        need,
        (NeedExpression) values.get("repli"),
        source,
        (String) values.get("label_fr"),
        (String) values.get("label_en"));
  }

  private NeedExpression expression(String key) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null || !t.isScalarValue() || t == JsonToken.VALUE_NULL) {
      throw error(Messages.text("themes.yaml.expression.expected", key, describe(t)));
    }
    try {
      return NeedExpression.parse(p.getText());
    } catch (IllegalArgumentException e) {
      throw error(Messages.text("manifest.param", key, e.getMessage()));
    }
  }

  private List<String> ages() throws IOException {
    String expected =
        Messages.text("themes.yaml.ages.expected", String.join(" ", TargetPopulation.AGE_BANDS));
    JsonToken t = p.currentToken();
    if (t != null && t.isScalarValue() && t != JsonToken.VALUE_NULL) {
      if ("total".equals(p.getText().strip())) {
        return List.of();
      }
      throw error(Messages.text("manifest.param", p.getText(), expected));
    }
    if (t != JsonToken.START_ARRAY) {
      throw error(Messages.text("themes.yaml.found", expected, describe(t)));
    }
    List<String> bands = new ArrayList<>();
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (!t.isScalarValue() || t == JsonToken.VALUE_NULL) {
        throw error(Messages.text("themes.yaml.found", expected, describe(t)));
      }
      String band = p.getText().strip();
      if (!TargetPopulation.AGE_BANDS.contains(band)) {
        String hint =
            t == JsonToken.VALUE_NUMBER_INT ? " " + Messages.text("themes.yaml.ages.quotes") : "";
        throw error(Messages.text("themes.yaml.age.unknown", band, hint, expected));
      }
      if (bands.contains(band)) {
        throw error(Messages.text("themes.yaml.age.twice", band));
      }
      bands.add(band);
    }
    if (bands.isEmpty()) {
      throw error(Messages.text("themes.yaml.ages.empty", expected));
    }
    return bands;
  }

  private DistanceBands bands(String key) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null || !t.isScalarValue() || t == JsonToken.VALUE_NULL) {
      throw error(
          Messages.text(
              "themes.yaml.bands.not.text",
              key,
              key.equals("bandes_min") ? "10:1,20:0.68,30:0.22" : "5:1,10:0.68,20:0.22",
              describe(t)));
    }
    try {
      return DistanceBands.parse(p.getText());
    } catch (IllegalArgumentException ex) {
      throw error(Messages.text("themes.yaml.bands.bad", key, p.getText(), ex.getMessage()));
    }
  }

  private String text(String key) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null || !t.isScalarValue() || t == JsonToken.VALUE_NULL) {
      throw error(Messages.text("themes.yaml.text.expected", key, describe(t)));
    }
    String v = p.getText().strip();
    if (v.isEmpty()) {
      throw error(Messages.text("themes.yaml.text.empty", key));
    }
    return v;
  }

  private boolean bool(String key) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
      throw error(Messages.text("themes.yaml.bool.expected", key, describe(t)));
    }
    return t == JsonToken.VALUE_TRUE;
  }

  private int nonNegativeInt(String key) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT) {
      throw error(Messages.text("themes.yaml.int.expected", key, describe(t)));
    }
    long v = p.getLongValue();
    if (v < 0 || v > Integer.MAX_VALUE) {
      throw error(Messages.text("themes.yaml.int.negative", key, String.valueOf(v)));
    }
    return (int) v;
  }

  private double ratio(String key) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw error(Messages.text("themes.yaml.ratio.expected", key, describe(t)));
    }
    double v = p.getDoubleValue();
    if (!(v > 0 && v <= 1)) {
      throw error(Messages.text("themes.yaml.ratio.bad", key, p.getText()));
    }
    return v;
  }

  private String describe(JsonToken t) throws IOException {
    if (t == null) {
      return Messages.text("themes.yaml.found.end");
    }
    return switch (t) {
      case START_ARRAY -> Messages.text("manifest.found.list");
      case START_OBJECT -> Messages.text("themes.yaml.found.mapping");
      case VALUE_NULL -> Messages.text("themes.yaml.found.nothing");
      case VALUE_TRUE, VALUE_FALSE -> Messages.text("manifest.quoted", p.getText());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
          Messages.text("manifest.found.number", p.getText());
      case VALUE_STRING ->
          Messages.text("manifest.found.text", Messages.text("manifest.quoted", p.getText()));
      default -> t.toString();
    };
  }

  /** "a theme", or "theme 'sante'", for messages. */
  private static String where(String themeId) {
    return themeId == null
        ? Messages.text("themes.yaml.where.any")
        : Messages.text("themes.yaml.where.theme", themeId);
  }

  private DataException error(String message) {
    JsonLocation loc = p.currentTokenLocation();
    return new DataException(
        file, Math.max(0, loc.getLineNr()), Math.max(0, loc.getColumnNr()), message);
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
