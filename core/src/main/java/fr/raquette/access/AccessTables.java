package fr.raquette.access;

import fr.raquette.i18n.Messages;
import fr.raquette.io.CsvRow;
import fr.raquette.io.CsvTable;
import fr.raquette.io.DataException;
import fr.raquette.io.Numbers;
import fr.raquette.io.Problems;
import fr.raquette.io.TextFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the plain tables of {@code raquette access}: locations {@code id;value} (demand or supply)
 * and costs {@code origin;destination;cost}. Columns are found by usual names (French or English),
 * else taken by position, so that any two- or three-column export with a header works. Decimal
 * commas are accepted. A bad row stops the read with a {@link DataException} at {@code
 * file:line:col}; cost rows naming an unknown id are skipped and reported as warnings.
 */
public final class AccessTables {
  /** Unknown ids reported one by one before the rest are summed up in one warning. */
  static final int MAX_UNKNOWN_ID_WARNINGS = 20;

  private static final String[] ID_NAMES = {
    "id", "code", "codgeo", "code_commune", "codecommune", "depcom", "com", "code_insee", "geoid"
  };
  private static final String[] VALUE_NAMES = {
    "value",
    "valeur",
    "population",
    "pop",
    "demand",
    "demande",
    "supply",
    "offre",
    "capacity",
    "capacite",
    "capacité",
    "nombre",
    "nb",
    "count"
  };
  private static final String[] ORIGIN_NAMES = {
    "origin", "origine", "from", "source", "o", "id_origin", "demand", "demande"
  };
  private static final String[] DESTINATION_NAMES = {
    "destination", "dest", "to", "target", "d", "id_destination", "supply", "offre"
  };
  private static final String[] COST_NAMES = {
    "cost", "cout", "coût", "distance", "dist", "km", "time", "temps", "duree", "durée", "minutes"
  };

  private AccessTables() {}

  /**
   * Reads {@code id;value} locations.
   *
   * @param what what the values are ("demand", "supply"), for messages
   * @throws DataException for a missing column, an empty id, a value that is not a number {@code >=
   *     0}, or an id given twice
   */
  public static Locations readLocations(TextFile file, String what, Problems problems) {
    CsvTable table = CsvTable.of(file);
    int[] cols = columns(table, problems, new String[] {"id", what}, ID_NAMES, VALUE_NAMES);
    int idCol = cols[0];
    int valueCol = cols[1];
    List<String> ids = new ArrayList<>();
    double[][] values = {new double[64]};
    Map<String, Long> lineOf = new HashMap<>();
    table.forEach(
        row -> {
          String id = row.get(idCol);
          if (id.isEmpty()) {
            throw new DataException(row.error(idCol, Messages.text("access.id.empty")));
          }
          double v = number(row, valueCol, what);
          Long before = lineOf.putIfAbsent(id, row.line());
          if (before != null) {
            throw new DataException(row.error(idCol, Messages.text("access.id.twice", id, before)));
          }
          if (ids.size() == values[0].length) {
            values[0] = Arrays.copyOf(values[0], ids.size() * 2);
          }
          values[0][ids.size()] = v;
          ids.add(id);
        });
    return new Locations(file.displayName(), ids, Arrays.copyOf(values[0], ids.size()));
  }

  /**
   * Reads {@code origin;destination;cost} rows into a matrix over {@code origins} × {@code
   * destinations}. Rows naming an id that is not among them are skipped and reported as warnings
   * with their count.
   *
   * @throws DataException for a missing column, a cost that is not a number {@code >= 0}, or a pair
   *     given twice
   */
  public static CostMatrix readCosts(
      TextFile file, Locations origins, Locations destinations, Problems problems) {
    CsvTable table = CsvTable.of(file);
    int[] cols =
        columns(
            table,
            problems,
            new String[] {"origin", "destination", "cost"},
            ORIGIN_NAMES,
            DESTINATION_NAMES,
            COST_NAMES);
    CostRows rows = new CostRows(origins, destinations, cols);
    table.forEach(rows::add);
    reportUnknown(file.displayName(), rows.unknown, problems);
    return rows.build(file.displayName());
  }

  /**
   * The pairs of a cost file, row after row, with the line of each pair (for the message of a pair
   * given twice) and the rows whose origin or destination is unknown.
   */
  private static final class CostRows {
    private final Locations origins;
    private final Locations destinations;
    private final int oCol;
    private final int dCol;
    private final int cCol;
    private final CostMatrix.Builder builder;
    private int[] lines = new int[64];
    final Map<String, Unknown> unknown = new LinkedHashMap<>();

    CostRows(Locations origins, Locations destinations, int[] cols) {
      this.origins = origins;
      this.destinations = destinations;
      this.oCol = cols[0];
      this.dCol = cols[1];
      this.cCol = cols[2];
      this.builder = CostMatrix.builder(origins.size(), destinations.size());
    }

    void add(CsvRow row) {
      String o = row.get(oCol);
      String d = row.get(dCol);
      if (o.isEmpty()) {
        throw new DataException(row.error(oCol, Messages.text("access.origin.empty")));
      }
      if (d.isEmpty()) {
        throw new DataException(row.error(dCol, Messages.text("access.destination.empty")));
      }
      double cost = number(row, cCol, "cost");
      int oi = origins.indexOf(o);
      int di = destinations.indexOf(d);
      if (oi < 0 || di < 0) {
        String key =
            oi < 0
                ? Messages.text("access.origin.unknown", o, origins.file())
                : Messages.text("access.destination.unknown", d, destinations.file());
        unknown.computeIfAbsent(
                key, k -> new Unknown(row.line(), row.charColumn(oi < 0 ? oCol : dCol)))
            .rows++;
        return;
      }
      int entry = builder.size();
      if (entry == lines.length) {
        lines = Arrays.copyOf(lines, entry + (entry >> 1));
      }
      lines[entry] = (int) Math.min(Integer.MAX_VALUE, row.line());
      builder.add(oi, di, cost);
    }

    CostMatrix build(String file) {
      try {
        return builder.build();
      } catch (CostMatrix.DuplicatePairException e) {
        throw new DataException(
            file,
            lines[e.second()],
            0,
            Messages.text(
                "access.pair.twice",
                origins.id(e.origin()),
                destinations.id(e.destination()),
                lines[e.first()]));
      }
    }
  }

  private static final class Unknown {
    final long line;
    final int column;
    long rows;

    Unknown(long line, int column) {
      this.line = line;
      this.column = column;
    }
  }

  private static void reportUnknown(String file, Map<String, Unknown> unknown, Problems problems) {
    int n = 0;
    long restIds = 0;
    long restRows = 0;
    for (Map.Entry<String, Unknown> e : unknown.entrySet()) {
      Unknown u = e.getValue();
      if (n++ < MAX_UNKNOWN_ID_WARNINGS) {
        problems.warning(
            file, u.line, u.column, Messages.text("access.unknown.id", e.getKey(), u.rows));
      } else {
        restIds++;
        restRows += u.rows;
      }
    }
    if (restIds > 0) {
      problems.warning(file, 0, 0, Messages.text("access.unknown.more", restIds, restRows));
    }
  }

  /** A number {@code >= 0} in column {@code col}, or a DataException saying what was found. */
  private static double number(CsvRow row, int col, String what) {
    String text = row.get(col);
    if (text.isEmpty()) {
      throw new DataException(row.error(col, Messages.text("access.number.empty", what)));
    }
    Double v = Numbers.parseDecimal(text);
    if (v == null) {
      throw new DataException(row.error(col, Messages.text("access.number.bad", what, text)));
    }
    if (v < 0) {
      throw new DataException(row.error(col, Messages.text("access.number.negative", what, text)));
    }
    return v == 0 ? 0 : v; // no -0.0
  }

  /**
   * The columns: by name when every one is found, else the first columns by position (told as an
   * info). A header whose cells read as numbers is data, not a header: an error.
   */
  private static int[] columns(
      CsvTable table, Problems problems, String[] roles, String[]... names) {
    int[] cols = new int[names.length];
    boolean all = true;
    for (int k = 0; k < names.length; k++) {
      cols[k] = table.column(names[k]);
      all &= cols[k] >= 0;
    }
    if (all) {
      return cols;
    }
    List<String> headers = table.headers();
    String expected = String.join(";", roles);
    if (headers.size() < names.length) {
      throw new DataException(
          table.file(),
          1,
          0,
          Messages.text(
              "access.columns.few",
              names.length,
              expected,
              headers.size(),
              String.join(", ", headers)));
    }
    if (Numbers.parseDecimal(headers.get(names.length - 1)) != null) {
      throw new DataException(
          table.file(),
          1,
          0,
          Messages.text("access.header.is.data", expected, String.join(";", headers)));
    }
    List<String> told = new ArrayList<>();
    for (int k = 0; k < names.length; k++) {
      cols[k] = k;
      told.add(Messages.text("access.column.at", roles[k], headers.get(k)));
    }
    problems.info(
        table.file(), 1, 0, Messages.text("access.columns.by.position", String.join(", ", told)));
    return cols;
  }
}
