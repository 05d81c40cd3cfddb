package fr.raquette.load;

import fr.raquette.i18n.Messages;
import fr.raquette.io.CsvRow;
import fr.raquette.io.CsvTable;
import fr.raquette.io.Origin;
import fr.raquette.io.Problems;
import fr.raquette.territory.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
   * One commune's row, its figures numbered as its file's {@link Keys}.
   *
   * @param values the value of each key, {@link Double#NaN} when the row does not give it
   * @param secret the keys written {@code s} (statistical secret)
   */
  record Row(String code, Keys keys, double[] values, BitSet secret, Origin origin) {

    /** The total population of the latest census year of the row, or {@code null}. */
    Double total() {
      for (int k : keys.populationsNewestFirst) {
        if (!Double.isNaN(values[k])) {
          return values[k];
        }
      }
      return null;
    }

    boolean has(int k) {
      return !Double.isNaN(values[k]);
    }
  }

  /**
   * The figures of a file, numbered: one {@code NAME@YYYY} key string per figure, shared by every
   * row (not a map per row: 1.6 million cells on France). Two columns of one key (a {@code P22_}
   * and a {@code C22_} of one name) are one figure, the later column's value winning.
   *
   * @param key the keys {@code NAME@YYYY}, in the order of their first column
   * @param name the figure name of each key, without its year
   * @param year the four-digit year of each key
   */
  record Keys(String[] key, String[] name, int[] year, int[] populationsNewestFirst) {
    static Keys of(List<Column> cols) {
      List<String> keys = new ArrayList<>();
      for (Column c : cols) {
        if (!keys.contains(c.key())) {
          keys.add(c.key());
        }
      }
      int n = keys.size();
      String[] name = new String[n];
      int[] year = new int[n];
      for (Column c : cols) {
        int k = keys.indexOf(c.key());
        name[k] = c.name();
        year[k] = c.year();
      }
      int[] pop =
          java.util.stream.IntStream.range(0, n)
              .filter(k -> name[k].equals("POP"))
              .boxed()
              .sorted((x, y) -> Integer.compare(year[y], year[x]))
              .mapToInt(Integer::intValue)
              .toArray();
      return new Keys(keys.toArray(new String[0]), name, year, pop);
    }

    int size() {
      return key.length;
    }

    /** The key of the same year as {@code k} named {@code name}, or -1. */
    int sameYear(int k, String name) {
      for (int j = 0; j < key.length; j++) {
        if (year[j] == year[k] && this.name[j].equals(name)) {
          return j;
        }
      }
      return -1;
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
    Keys keys = Keys.of(cols);
    int[] index = cols.stream().mapToInt(Column::index).toArray();
    int[] keyOf = cols.stream().mapToInt(c -> Arrays.asList(keys.key()).indexOf(c.key())).toArray();
    Codes codes = new Codes(t.file());
    Ascending<Row> rows = new Ascending<>();
    Unreadable unreadable = new Unreadable();
    t.forEach(
        r -> {
          String code = codes.commune(r, cCode, problems);
          if (code == null) {
            return;
          }
          double[] values = new double[keys.size()];
          Arrays.fill(values, Double.NaN);
          BitSet secret = new BitSet();
          for (int j = 0; j < index.length; j++) {
            double v = r.decimal(index[j]);
            if (Double.isNaN(v)) {
              if (r.isIgnoreCase(index[j], "s")) {
                secret.set(keyOf[j]);
              } else {
                // Empty, or INSEE's "nd" (non disponible): unknown, as an empty cell.
                unreadable.check(r, index[j], cols.get(j));
              }
            } else if (v < 0 && cols.get(j).name().startsWith("POP")) {
              unreadable.add(r, cols.get(j), r.get(index[j]));
            } else {
              values[keyOf[j]] = v;
            }
          }
          Row row = new Row(code, keys, values, secret, Origin.of(r));
          Row before = rows.putIfAbsent(code, row);
          if (before != null) {
            problems.add(r.warning(cCode, Messages.text("figures.twice", code, before.origin())));
          }
        });
    codes.report(problems);
    unreadable.report(t, problems);
    return rows.toTreeMap();
  }

  /** The cells that are no number (nor empty, {@code nd} or {@code s}): counted, the first said. */
  private static final class Unreadable {
    private long count;
    private long line;
    private String first;

    void check(CsvRow r, int i, Column c) {
      String raw = r.get(i);
      if (!raw.isEmpty() && !raw.equalsIgnoreCase("nd")) {
        add(r, c, raw);
      }
    }

    void add(CsvRow r, Column c, String raw) {
      if (count++ == 0) {
        line = r.line();
        first = c.name() + " '" + raw + "'";
      }
    }

    void report(CsvTable t, Problems problems) {
      if (count > 0) {
        problems.warning(t.file(), line, 0, Messages.text("figures.not.numbers", count, first));
      }
    }
  }
}
