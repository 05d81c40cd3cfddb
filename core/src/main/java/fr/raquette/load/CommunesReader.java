package fr.raquette.load;

import fr.raquette.i18n.Messages;
import fr.raquette.io.CsvRow;
import fr.raquette.io.CsvTable;
import fr.raquette.io.Numbers;
import fr.raquette.io.Origin;
import fr.raquette.io.Problem;
import fr.raquette.io.Problems;
import java.util.Map;

/**
 * Reads communes in the layout of INSEE / decoupage-administratif exports ({@code
 * CODGEO;LIBGEO;TYPECOM;COMPARENT;…;PMUN}). COM rows are communes; ARM, COMD and COMA rows only say
 * which commune a code belongs to.
 */
public final class CommunesReader {
  /** TYPECOM of a commune. */
  public static final String COM = "COM";

  /** TYPECOM of an arrondissement municipal (Paris, Lyon, Marseille). */
  public static final String ARM = "ARM";

  /** TYPECOM of a commune déléguée. */
  public static final String COMD = "COMD";

  /** TYPECOM of a commune associée. */
  public static final String COMA = "COMA";

  private static final java.util.Set<String> TYPES = java.util.Set.of(COM, ARM, COMD, COMA);

  private CommunesReader() {}

  /** A row as read, codes untouched but normalised. */
  public record Row(
      String code,
      String name,
      String type,
      String parent,
      String dep,
      String reg,
      String epci,
      String epciName,
      Long population,
      Origin origin) {}

  /** Reads the communes of a table, keyed by code and TYPECOM; what is wrong is said per row. */
  public static Map<String, Row> read(CsvTable t, Problems problems) {
    Columns c = new Columns(t);
    Codes codes = new Codes(t.file());
    Ascending<Row> rows = new Ascending<>();
    Populations populations = new Populations();
    t.forEach(
        r -> {
          Row row = row(r, c, codes, populations, problems);
          Row before = row == null ? null : rows.putIfAbsent(row.code() + "|" + row.type(), row);
          if (before != null) {
            problems.add(
                r.warning(
                    c.code,
                    Messages.text("communes.twice", row.code(), row.type(), before.origin())));
          }
        });
    codes.report(problems);
    if (populations.read == 0 && populations.firstBad != null) {
      Problem at = populations.firstBad;
      problems.add(
          Problem.error(
              at.file(),
              at.line(),
              at.column(),
              Messages.text("communes.population.none", t.headers().get(c.pop))));
    }
    return rows.toTreeMap();
  }

  /** The columns of a communes table ({@code -1} when absent; the code is required). */
  private static final class Columns {
    final int code;
    final int name;
    final int type;
    final int parent;
    final int dep;
    final int reg;
    final int epci;
    final int epciName;
    final int pop;

    Columns(CsvTable t) {
      code = t.require("CODGEO");
      name = t.column("LIBGEO", "NOM", "NCC");
      type = t.column("TYPECOM");
      parent = t.column("COMPARENT");
      dep = t.column("DEP");
      reg = t.column("REG");
      epci = t.column("EPCI");
      epciName = t.column("LIBEPCI");
      pop = t.column("PMUN", "PTOT", "POPULATION");
    }
  }

  /** One row, or null when it is skipped (said). */
  private static Row row(
      CsvRow r, Columns c, Codes codes, Populations populations, Problems problems) {
    String code = codes.commune(r, c.code, problems);
    if (code == null) {
      return null;
    }
    String type = c.type < 0 ? COM : r.get(c.type).toUpperCase(java.util.Locale.ROOT);
    if (type.isEmpty()) {
      type = COM;
    }
    if (!TYPES.contains(type)) {
      problems.add(r.warning(c.type, Messages.text("communes.typecom.unknown", type)));
      return null;
    }
    Long[] pop = {null};
    if (c.pop >= 0 && !r.get(c.pop).isEmpty()) {
      if (!population(r, c.pop, code, populations, pop, problems)) {
        return null;
      }
    }
    String parent = c.parent < 0 ? "" : r.get(c.parent);
    if (!parent.isEmpty()) {
      String p = Codes.commune(parent);
      parent = p == null ? "" : p;
    }
    if (!type.equals(COM) && parent.isEmpty()) {
      problems.add(r.warning(c.parent, Messages.text("communes.no.parent", type, code)));
    }
    return new Row(
        code,
        r.get(c.name),
        type,
        parent,
        c.dep < 0 ? Codes.departement(code) : r.get(c.dep),
        r.get(c.reg),
        r.get(c.epci),
        r.get(c.epciName),
        pop[0],
        Origin.of(r));
  }

  /**
   * Reads the population of a row into {@code pop[0]}; a value that is not a whole number is said
   * and left out.
   *
   * @return false when the row must be skipped (a population beyond any commune's)
   */
  private static boolean population(
      CsvRow r, int col, String code, Populations populations, Long[] pop, Problems problems) {
    Double d = Numbers.parseDecimal(r.get(col));
    if (d != null && d > MAX_POPULATION) {
      // A sum of such values wraps around a long: never counted.
      problems.add(
          r.error(
              col, Messages.text("communes.population.beyond", r.get(col), MAX_POPULATION, code)));
      return false;
    }
    if (d == null || d < 0 || d != Math.rint(d)) {
      if (populations.firstBad == null) {
        populations.firstBad = r.error(col, "");
      }
      problems.add(r.warning(col, Messages.text("communes.population.bad", r.get(col), code)));
    } else {
      pop[0] = d.longValue();
      populations.read++;
    }
    return true;
  }

  /** The largest population of one commune read as such (France: 68 million in all). */
  static final long MAX_POPULATION = 100_000_000L;

  /** How the population column went: whole numbers read, and the first value that was not one. */
  private static final class Populations {
    int read;
    Problem firstBad;
  }
}
