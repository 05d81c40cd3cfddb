package fr.raquette.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.raquette.geo.Anchors;
import fr.raquette.geo.Outlines;
import fr.raquette.i18n.Messages;
import fr.raquette.io.CsvTable;
import fr.raquette.io.Origin;
import fr.raquette.io.Problems;
import fr.raquette.io.TextFile;
import fr.raquette.territory.GeoPoint;
import fr.raquette.territory.Iris;
import fr.raquette.territory.Role;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.locationtech.jts.geom.Geometry;

/**
 * IRIS, the quartiers of INSEE (about 2,000 inhabitants), when a folder gives them: outlines
 * (GeoJSON whose codes have 9 characters, such as {@code code_iris}) and census figures by IRIS (a
 * table with a {@code CODE_IRIS} or {@code IRIS} column, the census columns of the commune files).
 * Each IRIS belongs to the commune or arrondissement its first five characters name, brought to the
 * territory like any commune code.
 */
public final class IrisLevel {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private IrisLevel() {}

  /** A census row of one IRIS: figures named as {@link FiguresReader} names them. */
  record Row(String code, SortedMap<String, Double> figures, Origin origin) {}

  /** Whether a table gives census figures by IRIS. */
  static boolean isIrisTable(CsvTable t) {
    return t.column("CODE_IRIS", "IRIS") >= 0
        && !FiguresReader.columns(t, Role.POPULATION).isEmpty();
  }

  /** Reads census figures by IRIS; the latest census year of each figure is kept. */
  static Map<String, Row> read(CsvTable t, Problems problems) {
    int cIris = t.column("CODE_IRIS", "IRIS");
    List<FiguresReader.Column> cols = FiguresReader.columns(t, Role.POPULATION);
    Map<String, Row> rows = new TreeMap<>();
    long[] bad = {0, 0};
    t.forEach(
        r -> {
          String code = r.get(cIris).strip().toUpperCase(Locale.ROOT);
          if (!isIrisCode(code)) {
            if (bad[0]++ == 0) {
              bad[1] = r.line();
            }
            return;
          }
          SortedMap<String, Double> values = new TreeMap<>();
          Map<String, Integer> year = new TreeMap<>();
          for (FiguresReader.Column c : cols) {
            double v = r.decimal(c.index());
            if (!Double.isNaN(v) && v >= 0 && year.getOrDefault(c.name(), 0) < c.year()) {
              values.put(c.name(), v);
              year.put(c.name(), c.year());
            }
          }
          Row before = rows.putIfAbsent(code, new Row(code, values, Origin.of(r)));
          if (before != null) {
            problems.add(r.warning(cIris, Messages.text("iris.twice", code, before.origin())));
          }
        });
    if (bad[0] > 0) {
      problems.warning(t.file(), bad[1], 0, Messages.text("iris.bad.code", bad[0]));
    }
    return rows;
  }

  static boolean isIrisCode(String code) {
    return code.length() == 9 && Codes.commune(code.substring(0, 5)) != null;
  }

  /** Whether outlines are IRIS rather than communes: every code has 9 characters. */
  static boolean isIrisOutline(Outlines o) {
    return !o.byCode().isEmpty() && o.byCode().keySet().stream().allMatch(IrisLevel::isIrisCode);
  }

  /**
   * The property holding the code of an outlines file: the manifest's, or {@code code_iris} when
   * the file's first feature has it, so that the reader need not know IRIS.
   */
  static String codeField(TextFile f, String given) {
    if (given != null) {
      return given;
    }
    String head = f.prefix(8000);
    for (String k : List.of("code_iris", "CODE_IRIS")) {
      if (head.contains("\"" + k + "\"")) {
        return k;
      }
    }
    return null;
  }

  /** IRIS names ({@code nom_iris}) by code, read from the GeoJSON text. */
  static Map<String, String> names(TextFile f, String codeField) {
    Map<String, String> out = new TreeMap<>();
    try (JsonParser p = MAPPER.createParser(f.text())) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME && p.currentName().equals("properties")) {
          p.nextToken();
          JsonNode props = MAPPER.readTree(p);
          JsonNode code = props.get(codeField);
          JsonNode name = props.has("nom_iris") ? props.get("nom_iris") : props.get("NOM_IRIS");
          if (code != null && name != null) {
            out.put(code.asText().strip(), name.asText().strip());
          }
        }
      }
    } catch (IOException e) {
      // The outlines reader reports what is wrong with the file; names are only a help.
    }
    return out;
  }

  /**
   * The IRIS of the territory: those whose commune (first five characters) reconciles into it, each
   * with its outline's interior point and its figures. What cannot be placed is said.
   */
  static List<Iris> assemble(
      Map<String, Row> figures,
      Map<String, Geometry> outlines,
      Map<String, String> names,
      CogReconciler cog,
      Set<String> communes,
      String file,
      Problems problems) {
    Set<String> codes = new TreeSet<>(figures.keySet());
    codes.addAll(outlines.keySet());
    Map<String, GeoPoint> anchors = Anchors.of(outlines);
    List<Iris> out = new ArrayList<>();
    TreeSet<String> outside = new TreeSet<>();
    int noOutline = 0;
    int noFigures = 0;
    for (String code : codes) {
      String to = cog.resolve(code.substring(0, 5)).to();
      if (to == null || !communes.contains(to)) {
        outside.add(code);
        continue;
      }
      Row r = figures.get(code);
      noOutline += outlines.containsKey(code) ? 0 : 1;
      noFigures += r == null && !figures.isEmpty() ? 1 : 0;
      out.add(
          new Iris(
              code,
              names.getOrDefault(code, ""),
              to,
              anchors.get(code),
              r == null ? new TreeMap<>() : r.figures()));
    }
    if (!outside.isEmpty()) {
      problems.info(
          file, 0, 0, Messages.text("iris.outside", outside.size(), Codes.abbreviate(outside)));
    }
    if (noOutline > 0 && !outlines.isEmpty()) {
      problems.warning(file, 0, 0, Messages.text("iris.no.outline", noOutline));
    }
    if (noFigures > 0) {
      problems.warning(file, 0, 0, Messages.text("iris.no.figures", noFigures));
    }
    return out;
  }
}
