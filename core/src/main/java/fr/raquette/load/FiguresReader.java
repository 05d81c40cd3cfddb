package fr.raquette.load;

import fr.raquette.i18n.Messages;
import fr.raquette.io.CsvTable;
import fr.raquette.io.Numbers;
import fr.raquette.io.Origin;
import fr.raquette.io.Problems;
import fr.raquette.territory.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads INSEE's per-commune figure files as INSEE publishes them: the census ({@code
 * base-cc-evol-struct-pop}, {@code base-cc-couples-familles-menages}: columns {@code PNN_POP…},
 * {@code CNN_MEN…}, where {@code NN} is the census year) and Filosofi ({@code
 * cc_filosofi_AAAA_COM}: {@code MEDNN}, {@code TP60NN}, {@code NBMENFISCNN}…, decimal comma, {@code
 * s} for a value under statistical secret).
 *
 * <p>Each column becomes a figure named as INSEE names it without its year ({@code P22_POP75P} →
 * {@code POP75P}, {@code C22_MENPSEUL} → {@code MENPSEUL}, {@code TP6021} → {@code TP60}), kept
 * under the key {@code NAME@YYYY} so that several census years of one file stay apart. Counts are
 * kept as decimals, as the census estimates them. An empty cell and {@code nd} (not available) are
 * unknown; {@code s} is unknown and said secret; none is ever read as 0.
 */
final class FiguresReader {
  private static final Pattern CENSUS = Pattern.compile("(?i)[PC](\\d\\d)_([0-9A-Z_]+)");
  private static final Pattern FILOSOFI = Pattern.compile("(?i)([A-Z][0-9A-Z_]*?)(\\d\\d)");

  private FiguresReader() {}

  /**
   * One commune's row.
   *
   * @param values figure {@code NAME@YYYY} → value, for the values the row gives
   * @param secret the keys written {@code s} (statistical secret)
   */
  record Row(
      String code, SortedMap<String, Double> values, SortedSet<String> secret, Origin origin) {

    /** The total population of the latest census year of the row, or {@code null}. */
    Double total() {
      Double t = null;
      int year = -1;
      for (Map.Entry<String, Double> e : values.entrySet()) {
        int at = e.getKey().indexOf('@');
        if (e.getKey().substring(0, at).equals("POP")) {
          int y = Integer.parseInt(e.getKey().substring(at + 1));
          if (y > year) {
            year = y;
            t = e.getValue();
          }
        }
      }
      return t;
    }
  }

  /** A figure column: its index, figure name and four-digit year. */
  record Column(int index, String name, int year) {
    String key() {
      return name + "@" + year;
    }
  }

  /** The figure columns of a table of the given role ({@code population}, {@code menages}…). */
  static List<Column> columns(CsvTable t, Role role) {
    List<Column> out = new ArrayList<>();
    for (int i = 0; i < t.headers().size(); i++) {
      String h = t.headers().get(i).strip().toUpperCase(Locale.ROOT);
      if (h.equals("CODGEO") || h.equals("LIBGEO")) {
        continue;
      }
      Matcher m = CENSUS.matcher(h);
      if (m.matches()) {
        out.add(new Column(i, m.group(2), year(m.group(1))));
        continue;
      }
      m = FILOSOFI.matcher(h);
      if (role == Role.INCOME && m.matches()) {
        out.add(new Column(i, m.group(1), year(m.group(2))));
      }
    }
    return out;
  }

  private static int year(String twoDigits) {
    int y = Integer.parseInt(twoDigits);
    return y >= 50 ? 1900 + y : 2000 + y;
  }

  /**
   * Returns rows by code as written (arrondissements and old codes are brought to their commune
   * later, in one place: {@link FigureTable}).
   */
  static Map<String, Row> read(CsvTable t, Role role, Problems problems) {
    int cCode = t.require("CODGEO");
    List<Column> cols = columns(t, role);
    // One key string per column, shared by every row (not one per cell: 1.6 million on France).
    String[] keys = cols.stream().map(Column::key).toArray(String[]::new);
    Codes codes = new Codes(t.file());
    Map<String, Row> rows = new TreeMap<>();
    long[] unreadable = {0, 0};
    String[] firstBad = {null};
    t.forEach(
        r -> {
          String code = codes.commune(r, cCode, problems);
          if (code == null) {
            return;
          }
          SortedMap<String, Double> values = new TreeMap<>();
          SortedSet<String> secret = new TreeSet<>();
          for (int j = 0; j < keys.length; j++) {
            Column c = cols.get(j);
            String raw = r.get(c.index()).strip();
            if (raw.isEmpty()) {
              continue;
            }
            if (raw.equalsIgnoreCase("s")) {
              secret.add(keys[j]);
              continue;
            }
            if (raw.equalsIgnoreCase("nd")) {
              // INSEE's "non disponible": unknown, as an empty cell.
              continue;
            }
            double v = Numbers.parseDecimalOrNaN(raw);
            if (Double.isNaN(v) || v < 0 && c.name().startsWith("POP")) {
              if (unreadable[0]++ == 0) {
                unreadable[1] = r.line();
                firstBad[0] = c.name() + " '" + raw + "'";
              }
              continue;
            }
            values.put(keys[j], v);
          }
          Row row = new Row(code, values, secret, Origin.of(r));
          Row before = rows.putIfAbsent(code, row);
          if (before != null) {
            problems.add(r.warning(cCode, Messages.text("figures.twice", code, before.origin())));
          }
        });
    codes.report(problems);
    if (unreadable[0] > 0) {
      problems.warning(
          t.file(),
          unreadable[1],
          0,
          Messages.text("figures.not.numbers", unreadable[0], firstBad[0]));
    }
    return rows;
  }
}
