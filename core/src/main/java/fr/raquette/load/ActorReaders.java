package fr.raquette.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.raquette.i18n.Messages;
import fr.raquette.io.CsvTable;
import fr.raquette.io.DataException;
import fr.raquette.io.Numbers;
import fr.raquette.io.Origin;
import fr.raquette.io.Problems;
import fr.raquette.io.TextFile;
import fr.raquette.territory.Actor;
import fr.raquette.territory.GeoPoint;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads actor sources: France services sites (ANCT), data·inclusion structures and services (v1
 * schema fields, CSV or JSON), and the local actors CSV of docs/territory-folder.md. Every source
 * goes through one record form, so the rest of the tool sees actors, not files.
 */
final class ActorReaders {
  /** Marks France services sites, so that themes can say whether such a site supplies them. */
  static final String FRANCE_SERVICES = Actor.Source.FRANCE_SERVICES.id();

  private ActorReaders() {}

  /** An actor as read: commune code as written, position when the source has one. */
  record Raw(
      String id,
      String name,
      String source,
      String code,
      GeoPoint position,
      List<String> thematiques,
      String type,
      List<String> publics,
      String description,
      String siret,
      String address,
      String contact,
      Origin origin) {}

  static List<Raw> franceServices(CsvTable t, Problems problems) {
    int cId = t.require("id_fs");
    int cName = t.require("lib_fs");
    int cCode = t.require("insee_com");
    int cAddr = t.column("adresse");
    int cPc = t.column("code_postal");
    int cCity = t.column("lib_com");
    int cLat = t.column("latitude");
    int cLon = t.column("longitude");
    int cMail = t.column("mail");
    int cTel = t.column("telephone");
    int cType = t.column("type_fs");
    int cFormat = t.column("format_fs");
    Codes codes = new Codes(t.file());
    List<Raw> out = new ArrayList<>();
    t.forEach(
        r -> {
          String code = codes.commune(r, cCode, problems);
          if (code == null) {
            return;
          }
          GeoPoint p = point(r.get(cLon), r.get(cLat));
          String desc =
              join(" · ", "France services", r.get(cType), r.get(cFormat).replace('_', ' '));
          out.add(
              new Raw(
                  FRANCE_SERVICES + ":" + r.get(cId),
                  r.get(cName),
                  Actor.Source.FRANCE_SERVICES.id(),
                  code,
                  p,
                  List.of(FRANCE_SERVICES),
                  FRANCE_SERVICES,
                  List.of(),
                  desc,
                  "",
                  join(", ", r.get(cAddr), join(" ", r.get(cPc), r.get(cCity))),
                  join(" · ", r.get(cTel), r.get(cMail)),
                  Origin.of(r)));
        });
    codes.report(problems);
    return out;
  }

  static List<Raw> localActors(CsvTable t, Problems problems) {
    int cName = t.require("nom");
    int cCode = t.require("code_commune");
    int cThemes = t.require("thematiques");
    int cType = t.column("type");
    int cPublics = t.column("publics");
    int cAddr = t.column("adresse");
    int cLat = t.column("latitude");
    int cLon = t.column("longitude");
    int cSiret = t.column("siret");
    int cDesc = t.column("description");
    int cContact = t.column("contact");
    Codes codes = new Codes(t.file());
    List<Raw> out = new ArrayList<>();
    t.forEach(
        r -> {
          if (r.get(cName).isEmpty()) {
            problems.add(r.warning(cName, Messages.text("actors.no.name")));
            return;
          }
          String code = codes.commune(r, cCode, problems);
          if (code == null) {
            return;
          }
          out.add(
              new Raw(
                  "local:" + t.file() + ":" + r.line(),
                  r.get(cName),
                  Actor.Source.LOCAL.id(),
                  code,
                  point(r.get(cLon), r.get(cLat)),
                  list(r.get(cThemes)),
                  r.get(cType),
                  list(r.get(cPublics)),
                  r.get(cDesc),
                  r.get(cSiret),
                  r.get(cAddr),
                  r.get(cContact),
                  Origin.of(r)));
        });
    codes.report(problems);
    return out;
  }

  /** data·inclusion structures or services from a CSV. */
  static List<Raw> dataInclusion(CsvTable t, boolean services, Problems problems) {
    List<Raw> out = new ArrayList<>();
    t.forEach(
        r -> {
          Map<String, String> rec = new LinkedHashMap<>();
          for (int i = 0; i < t.headers().size(); i++) {
            rec.put(key(t.headers().get(i)), r.get(i));
          }
          Raw a = dataInclusion(rec, services, t.file(), r.line(), problems);
          if (a != null) {
            out.add(a);
          }
        });
    return out;
  }

  /** data·inclusion structures or services from a JSON array of objects. */
  static List<Raw> dataInclusionJson(TextFile f, boolean services, Problems problems) {
    ObjectMapper mapper = new ObjectMapper();
    List<Raw> out = new ArrayList<>();
    try (JsonParser p = mapper.getFactory().createParser(f.text())) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new DataException(
            f.displayName(),
            p.currentLocation().getLineNr(),
            p.currentLocation().getColumnNr(),
            Messages.text("actors.di.not.array"));
      }
      while (p.nextToken() == JsonToken.START_OBJECT) {
        long line = p.currentLocation().getLineNr();
        JsonNode node = mapper.readTree(p);
        Map<String, String> rec = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          rec.put(key(e.getKey()), text(e.getValue()));
        }
        Raw a = dataInclusion(rec, services, f.displayName(), line, problems);
        if (a != null) {
          out.add(a);
        }
      }
    } catch (JsonProcessingException e) {
      throw new DataException(
          f.displayName(),
          e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          e.getLocation() == null ? 0 : e.getLocation().getColumnNr(),
          Messages.text("json.invalid", e.getOriginalMessage()));
    } catch (IOException e) {
      throw new DataException(
          f.displayName(), 0, 0, Messages.text("csv.unreadable", e.getMessage()));
    }
    return out;
  }

  private static Raw dataInclusion(
      Map<String, String> rec, boolean services, String file, long line, Problems problems) {
    String id = first(rec, services ? "service_id" : "structure_id", "id");
    String name = first(rec, "nom");
    if (name.isEmpty()) {
      problems.warning(file, line, 0, Messages.text("actors.di.no.name"));
      return null;
    }
    String raw = first(rec, "code_insee");
    String code = raw.isEmpty() ? null : Codes.commune(raw);
    if (code == null) {
      problems.warning(file, line, 0, Messages.text("actors.di.no.code", name, raw));
      return null;
    }
    String source = first(rec, "source");
    List<String> themes = list(first(rec, "thematiques"));
    List<String> publics = list(first(rec, "publics", "profils"));
    String type = services ? first(rec, "type", "typologie") : first(rec, "typologie");
    if (!services && type.isEmpty()) {
      List<String> networks = list(first(rec, "reseaux_porteurs"));
      type = networks.isEmpty() ? "" : networks.get(0);
    }
    return new Raw(
        (services ? "di-service:" : "di-structure:") + (source.isEmpty() ? "" : source + ":") + id,
        name,
        Actor.Source.DATA_INCLUSION.id() + (source.isEmpty() ? "" : ":" + source),
        code,
        point(first(rec, "longitude"), first(rec, "latitude")),
        themes,
        type,
        publics,
        first(rec, "description", "presentation_resume"),
        first(rec, "siret"),
        join(
            ", ",
            first(rec, "adresse"),
            join(" ", first(rec, "code_postal"), first(rec, "commune"))),
        join(" · ", first(rec, "telephone"), first(rec, "courriel")),
        new Origin(file, line));
  }

  /** "Code Insee" and "code_insee" are the same key. */
  private static String key(String header) {
    return header.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
  }

  private static String first(Map<String, String> rec, String... keys) {
    for (String k : keys) {
      String v = rec.get(k);
      if (v != null && !v.isBlank() && !v.equals("null")) {
        return v.strip();
      }
    }
    return "";
  }

  private static String text(JsonNode v) {
    if (v == null || v.isNull()) {
      return "";
    }
    if (v.isArray()) {
      List<String> parts = new ArrayList<>();
      v.forEach(x -> parts.add(x.asText()));
      return String.join("|", parts);
    }
    return v.asText();
  }

  /**
   * A list as sources write them: {@code a|b}, {@code a,b}, JSON {@code ["a","b"]} or a PostgreSQL
   * literal {@code {a,"b c"}}.
   */
  static List<String> list(String text) {
    String s = text.strip();
    if (s.startsWith("[") && s.endsWith("]") || s.startsWith("{") && s.endsWith("}")) {
      s = s.substring(1, s.length() - 1);
    }
    List<String> out = new ArrayList<>();
    for (String part : s.split("[|,;]")) {
      String v = part.strip();
      if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
        v = v.substring(1, v.length() - 1).strip();
      }
      if (!v.isEmpty()) {
        out.add(v);
      }
    }
    return out;
  }

  private static GeoPoint point(String lon, String lat) {
    Double x = Numbers.parseDecimal(lon);
    Double y = Numbers.parseDecimal(lat);
    return x == null || y == null ? null : new GeoPoint(x, y);
  }

  private static String join(String sep, String... parts) {
    StringBuilder sb = new StringBuilder();
    for (String p : parts) {
      if (p != null && !p.isBlank()) {
        if (sb.length() > 0) {
          sb.append(sep);
        }
        sb.append(p.strip());
      }
    }
    return sb.toString();
  }
}
