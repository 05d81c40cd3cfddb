package fr.raquette.load;

import fr.raquette.i18n.Messages;
import fr.raquette.io.CsvRow;
import fr.raquette.io.CsvTable;
import fr.raquette.io.Numbers;
import fr.raquette.io.Origin;
import fr.raquette.io.Problems;
import fr.raquette.io.TextPool;
import fr.raquette.territory.GeoPoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the BPE (Base permanente des équipements) in the layouts INSEE has published: counts per
 * commune ({@code DEPCOM;TYPEQU;NB_EQUIP}), the 2018 thematic files with one row per IRIS and
 * characteristics ({@code DCIRIS}, summed), one row per equipment with {@code LAMBERT_X/Y} or
 * {@code LONGITUDE/LATITUDE}, and the newer long layout ({@code GEO;GEO_OBJECT;FACILITY_TYPE;
 * OBS_VALUE;TIME_PERIOD}, where {@code _T} totals are skipped so nothing is counted twice).
 */
final class BpeReader {
  /**
   * The largest count of one equipment type in one commune read as such (Paris: a few thousand).
   */
  static final long MAX_COUNT = 1_000_000L;

  private static final Pattern YEAR_IN_NAME = Pattern.compile("(?i)bpe[_-]?(\\d{4}|\\d{2})(?!\\d)");

  private BpeReader() {}

  /** A point equipment as read: code untouched. */
  record Point(String code, String typequ, int vintage, GeoPoint position, Origin origin) {}

  /**
   * An equipment with coordinates and no commune code, to be placed in the commune whose outline
   * contains it ({@link PointsInCommunes}).
   *
   * @param column the character column of its coordinates, for messages
   */
  record Unplaced(
      String typequ, int vintage, double count, GeoPoint position, Origin origin, int column) {}

  /** What one BPE file holds. */
  static final class Data {
    final String file;

    /** vintage → commune code as written → its counts by TYPEQU. */
    final Map<Integer, Map<String, TypeCounts>> counts = new TreeMap<>();

    final List<Point> points = new ArrayList<>();

    /** Equipment with coordinates and no commune code (a file without DEPCOM). */
    final List<Unplaced> unplaced = new ArrayList<>();

    long rows;

    // Where the previous row went: INSEE files give the rows of a commune together.
    private int lastVintage;
    private String lastCode;
    private TypeCounts last;

    Data(String file) {
      this.file = file;
    }

    void add(int vintage, String code, String typequ, double n) {
      if (last == null || vintage != lastVintage || !code.equals(lastCode)) {
        last =
            counts
                .computeIfAbsent(vintage, v -> new HashMap<>())
                .computeIfAbsent(code, c -> new TypeCounts());
        lastVintage = vintage;
        lastCode = code;
      }
      last.add(typequ, n);
      last.rows++;
      rows++;
    }

    /** How many rows a commune code as written had, all vintages together. */
    long records(String code) {
      long n = 0;
      for (Map<String, TypeCounts> byCode : counts.values()) {
        TypeCounts c = byCode.get(code);
        if (c != null) {
          n += c.rows;
        }
      }
      return n;
    }
  }

  /**
   * @param declaredVintage the manifest's {@code millesime}, or null
   * @param lambertToWgs84 converts Lambert-93 metres to WGS84
   */
  static Data read(
      CsvTable t,
      Integer declaredVintage,
      java.util.function.BiFunction<Double, Double, GeoPoint> lambertToWgs84,
      Problems problems) {
    if (t.hasAll("FACILITY_TYPE", "OBS_VALUE", "GEO")) {
      return readLong(t, declaredVintage, problems);
    }
    if (t.column("DEPCOM", "CODGEO", "COM") < 0
        && (t.hasAll("LAMBERT_X", "LAMBERT_Y") || t.hasAll("LONGITUDE", "LATITUDE"))) {
      return readUnplaced(t, declaredVintage, lambertToWgs84, problems);
    }
    return readWide(t, declaredVintage, lambertToWgs84, problems);
  }

  /** The {@code NB_EQUIP} of a row (1 without the column), or NaN when it is not a count (said). */
  private static double count(
      fr.raquette.io.CsvRow r, int cCount, String code, String typequ, Problems problems) {
    if (cCount < 0) {
      return 1;
    }
    double d = r.decimal(cCount);
    if (Double.isNaN(d) || d < 0 || d > MAX_COUNT) {
      problems.add(
          r.warning(
              cCount,
              Messages.text(
                  d > MAX_COUNT ? "bpe.count.beyond" : "bpe.count.bad",
                  "NB_EQUIP",
                  r.get(cCount),
                  MAX_COUNT,
                  code,
                  typequ)));
      return Double.NaN;
    }
    return d;
  }

  /** The wide layout: one row per equipment (or per commune and type with {@code NB_EQUIP}). */
  private static Data readWide(
      CsvTable t,
      Integer declaredVintage,
      java.util.function.BiFunction<Double, Double, GeoPoint> lambertToWgs84,
      Problems problems) {
    int cCode = t.require("DEPCOM", "CODGEO", "COM");
    int cType = t.require("TYPEQU");
    int cCount = t.column("NB_EQUIP");
    int cYear = t.column("AN", "ANNEE");
    int cX = t.column("LAMBERT_X");
    int cY = t.column("LAMBERT_Y");
    int cLon = t.column("LONGITUDE");
    int cLat = t.column("LATITUDE");
    int fileVintage = vintageOf(t.file(), declaredVintage);
    Codes codes = new Codes(t.file());
    Types types = new Types();
    Data data = new Data(t.file());
    long[] unknownVintage = {0};
    t.forEach(
        r -> {
          String code = codes.commune(r, cCode, problems);
          String typequ = code == null ? null : typequ(r, cType, types, problems);
          double n = typequ == null ? Double.NaN : count(r, cCount, code, typequ, problems);
          if (Double.isNaN(n)) {
            return;
          }
          int vintage = fileVintage;
          if (cYear >= 0) {
            try {
              vintage = Integer.parseInt(r.get(cYear, types.pool));
            } catch (NumberFormatException e) {
              unknownVintage[0]++;
            }
          }
          data.add(vintage, code, typequ, n);
          GeoPoint p = position(r, cX, cY, cLon, cLat, lambertToWgs84, problems);
          if (p != null) {
            data.points.add(new Point(code, typequ, vintage, p, Origin.of(r)));
          }
        });
    codes.report(problems);
    if (unknownVintage[0] > 0) {
      problems.warning(
          t.file(),
          0,
          0,
          Messages.text(
              "bpe.year.bad",
              unknownVintage[0],
              fileVintage == 0 ? Messages.text("bpe.vintage.unknown") : "" + fileVintage));
    }
    if (fileVintage == 0 && cYear < 0) {
      problems.info(t.file(), 0, 0, Messages.text("bpe.vintage.unstated"));
    }
    return data;
  }

  /**
   * A file of equipment with coordinates and no commune code (a local list, a BPE-like export):
   * each row is kept with its position, to be placed by point in polygon once the outlines are
   * read. A row without readable coordinates is skipped with a located warning.
   */
  private static Data readUnplaced(
      CsvTable t,
      Integer declaredVintage,
      java.util.function.BiFunction<Double, Double, GeoPoint> lambertToWgs84,
      Problems problems) {
    int cType = t.require("TYPEQU");
    int cCount = t.column("NB_EQUIP");
    int cYear = t.column("AN", "ANNEE");
    int cX = t.column("LAMBERT_X");
    int cY = t.column("LAMBERT_Y");
    int cLon = t.column("LONGITUDE");
    int cLat = t.column("LATITUDE");
    int cWhere = cLon >= 0 && cLat >= 0 ? cLon : cX;
    int fileVintage = vintageOf(t.file(), declaredVintage);
    Types types = new Types();
    Data data = new Data(t.file());
    t.forEach(
        r -> {
          String typequ = typequ(r, cType, types, problems);
          if (typequ == null) {
            return;
          }
          double n = cCount < 0 ? 1 : r.decimal(cCount);
          if (Double.isNaN(n) || n < 0 || n > MAX_COUNT) {
            problems.add(
                r.warning(
                    cCount,
                    Messages.text(
                        "bpe.count.bad", "NB_EQUIP", r.get(cCount), MAX_COUNT, "—", typequ)));
            return;
          }
          int vintage = fileVintage;
          if (cYear >= 0) {
            try {
              vintage = Integer.parseInt(r.get(cYear, types.pool));
            } catch (NumberFormatException e) {
              // keep the file's vintage
            }
          }
          long before = problems.count(fr.raquette.io.Problem.Severity.WARNING);
          GeoPoint p = position(r, cX, cY, cLon, cLat, lambertToWgs84, problems);
          if (p == null) {
            if (problems.count(fr.raquette.io.Problem.Severity.WARNING) == before) {
              problems.add(r.warning(cWhere, Messages.text("bpe.point.no.position", typequ)));
            }
            return;
          }
          data.unplaced.add(
              new Unplaced(typequ, vintage, n, p, Origin.of(r), r.charColumn(cWhere)));
          data.rows++;
        });
    return data;
  }

  private static Data readLong(CsvTable t, Integer declaredVintage, Problems problems) {
    int cGeo = t.require("GEO");
    int cObj = t.column("GEO_OBJECT");
    int cType = t.require("FACILITY_TYPE");
    int cVal = t.require("OBS_VALUE");
    int cTime = t.column("TIME_PERIOD");
    int fileVintage = vintageOf(t.file(), declaredVintage);
    Codes codes = new Codes(t.file());
    Types types = new Types();
    Data data = new Data(t.file());
    long[] otherLevels = {0};
    t.forEach(
        r -> {
          String obj = cObj < 0 ? CommunesReader.COM : r.get(cObj).toUpperCase(Locale.ROOT);
          if (!obj.equals(CommunesReader.COM) && !obj.equals(CommunesReader.ARM)) {
            otherLevels[0]++;
            return;
          }
          String type = r.get(cType).toUpperCase(Locale.ROOT);
          if (type.startsWith("_T") || type.equals("_Z")) {
            return;
          }
          String code = codes.commune(r, cGeo, problems);
          if (code == null) {
            return;
          }
          String typequ = typequ(r, cType, types, problems);
          if (typequ == null) {
            return;
          }
          double d = r.decimal(cVal);
          if (Double.isNaN(d) || d < 0 || d > MAX_COUNT) {
            problems.add(
                r.warning(
                    cVal,
                    Messages.text(
                        d > MAX_COUNT ? "bpe.obs.beyond" : "bpe.obs.bad",
                        "OBS_VALUE",
                        r.get(cVal),
                        MAX_COUNT)));
            return;
          }
          int vintage = fileVintage;
          if (cTime >= 0) {
            try {
              vintage = Integer.parseInt(r.get(cTime, types.pool));
            } catch (NumberFormatException e) {
              // keep the file's vintage
            }
          }
          data.add(vintage, code, typequ, d);
        });
    codes.report(problems);
    if (otherLevels[0] > 0) {
      problems.info(t.file(), 0, 0, Messages.text("bpe.other.levels", otherLevels[0]));
    }
    return data;
  }

  /**
   * The TYPEQU of each distinct field value, or "" when it is not one: a few hundred types repeat
   * over the 625,000 rows of the national file, checked once each and then shared; the values
   * themselves are taken from a pool, not built for each row.
   */
  private static final class Types {
    final Map<String, String> typequ = new HashMap<>();
    final TextPool pool = new TextPool();
  }

  /** The TYPEQU of a row in upper case, or {@code null} (reported) when it is not one. */
  private static String typequ(CsvRow r, int col, Types types, Problems problems) {
    String value = r.get(col, types.pool);
    String s = types.typequ.get(value);
    if (s == null) {
      s = value.toUpperCase(Locale.ROOT);
      s = isTypequ(s) ? s : "";
      types.typequ.put(value, s);
    }
    if (s.isEmpty()) {
      problems.add(r.warning(col, Messages.text("bpe.typequ.bad", r.get(col))));
      return null;
    }
    return s;
  }

  /** A letter A to G and three ASCII digits. */
  private static boolean isTypequ(String s) {
    if (s.length() != 4 || s.charAt(0) < 'A' || s.charAt(0) > 'G') {
      return false;
    }
    for (int i = 1; i < 4; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static GeoPoint position(
      CsvRow r,
      int cX,
      int cY,
      int cLon,
      int cLat,
      java.util.function.BiFunction<Double, Double, GeoPoint> lambertToWgs84,
      Problems problems) {
    if (cLon >= 0 && cLat >= 0) {
      Double lon = Numbers.parseDecimal(r.get(cLon));
      Double lat = Numbers.parseDecimal(r.get(cLat));
      if (lon != null && lat != null) {
        return new GeoPoint(lon, lat);
      }
    }
    if (cX >= 0 && cY >= 0) {
      Double x = Numbers.parseDecimal(r.get(cX));
      Double y = Numbers.parseDecimal(r.get(cY));
      if (x != null && y != null) {
        if (x < 0 || x > 1_300_000 || y < 6_000_000 || y > 7_200_000) {
          problems.add(r.warning(cX, Messages.text("bpe.lambert.outside", r.get(cX), r.get(cY))));
          return null;
        }
        return lambertToWgs84.apply(x, y);
      }
    }
    return null;
  }

  /**
   * The vintage: manifest, else a year in the file name ({@code bpe2013}, {@code bpe18}), else 0.
   */
  static int vintageOf(String file, Integer declared) {
    if (declared != null) {
      return declared;
    }
    String name = file.contains("/") ? file.substring(file.lastIndexOf('/') + 1) : file;
    Matcher m = YEAR_IN_NAME.matcher(name);
    if (m.find()) {
      int y = Integer.parseInt(m.group(1));
      return y < 100 ? 2000 + y : y;
    }
    return 0;
  }
}
