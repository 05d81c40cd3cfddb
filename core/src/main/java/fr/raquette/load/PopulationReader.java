package fr.raquette.load;

import fr.raquette.io.CsvTable;
import fr.raquette.io.Numbers;
import fr.raquette.io.Problems;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an INSEE census file such as {@code base-cc-evol-struct-pop}: {@code CODGEO}, the total
 * {@code PNN_POP} and age bands {@code PNN_POP0014 … PNN_POP75P}. When several census years are
 * present, the latest is used.
 */
final class PopulationReader {
  private static final Pattern COLUMN = Pattern.compile("(?i)P(\\d\\d)_POP([0-9A-Z]*)");

  private PopulationReader() {}

  record Row(String code, long total, Map<String, Long> bands, String origin) {}

  /** Returns rows by code (several rows of one code are summed later, after reconciliation). */
  static Map<String, Row> read(CsvTable t, Problems problems) {
    int cCode = t.require("CODGEO");
    int year = -1;
    for (String h : t.headers()) {
      Matcher m = COLUMN.matcher(h);
      if (m.matches()) {
        year = Math.max(year, Integer.parseInt(m.group(1)));
      }
    }
    int cTotal = -1;
    Map<String, Integer> bandCols = new LinkedHashMap<>();
    for (int i = 0; i < t.headers().size(); i++) {
      Matcher m = COLUMN.matcher(t.headers().get(i));
      if (m.matches() && Integer.parseInt(m.group(1)) == year) {
        String band = m.group(2).toUpperCase(java.util.Locale.ROOT);
        if (band.isEmpty()) {
          cTotal = i;
        } else {
          bandCols.put(band, i);
        }
      }
    }
    if (cTotal < 0) {
      throw new fr.raquette.io.DataException(
          t.file(), 1, 0, String.format("missing column P%02d_POP (total population)", year));
    }
    final int total = cTotal;
    Codes codes = new Codes(t.file());
    Map<String, Row> rows = new TreeMap<>();
    t.forEach(
        r -> {
          String code = codes.commune(r, cCode, problems);
          if (code == null) {
            return;
          }
          Double tot = Numbers.parseDecimal(r.get(total));
          if (tot == null || tot < 0) {
            problems.add(
                r.warning(
                    total, "population '" + r.get(total) + "' is not a number ≥ 0; row skipped"));
            return;
          }
          Map<String, Long> bands = new TreeMap<>();
          for (Map.Entry<String, Integer> e : bandCols.entrySet()) {
            Double v = Numbers.parseDecimal(r.get(e.getValue()));
            if (v != null && v >= 0) {
              // Census counts are weighted estimates with decimals; round to persons.
              bands.put(e.getKey(), Math.round(v));
            }
          }
          rows.merge(
              code,
              new Row(code, Math.round(tot), bands, t.file() + ":" + r.line()),
              (a, b) -> {
                problems.add(
                    r.warning(cCode, "commune " + code + " appears twice; rows are added up"));
                return sum(a, b);
              });
        });
    codes.report(problems);
    return rows;
  }

  static Row sum(Row a, Row b) {
    Map<String, Long> bands = new TreeMap<>(a.bands());
    b.bands().forEach((k, v) -> bands.merge(k, v, Long::sum));
    return new Row(a.code(), a.total() + b.total(), bands, a.origin());
  }
}
