package fr.raquette.load;

import fr.raquette.i18n.Messages;
import fr.raquette.io.CsvTable;
import fr.raquette.io.Numbers;
import fr.raquette.io.Origin;
import fr.raquette.io.Problem;
import fr.raquette.io.Problems;
import java.util.Map;
import java.util.TreeMap;

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

  public static Map<String, Row> read(CsvTable t, Problems problems) {
    int cCode = t.require("CODGEO");
    int cName = t.column("LIBGEO", "NOM", "NCC");
    int cType = t.column("TYPECOM");
    int cParent = t.column("COMPARENT");
    int cDep = t.column("DEP");
    int cReg = t.column("REG");
    int cEpci = t.column("EPCI");
    int cEpciName = t.column("LIBEPCI");
    int cPop = t.column("PMUN", "PTOT", "POPULATION");
    Codes codes = new Codes(t.file());
    Map<String, Row> rows = new TreeMap<>();
    Populations populations = new Populations();
    t.forEach(
        r -> {
          String code = codes.commune(r, cCode, problems);
          if (code == null) {
            return;
          }
          String type = cType < 0 ? COM : r.get(cType).toUpperCase(java.util.Locale.ROOT);
          if (type.isEmpty()) {
            type = COM;
          }
          if (!TYPES.contains(type)) {
            problems.add(r.warning(cType, Messages.text("communes.typecom.unknown", type)));
            return;
          }
          Long pop = null;
          if (cPop >= 0 && !r.get(cPop).isEmpty()) {
            Double d = Numbers.parseDecimal(r.get(cPop));
            if (d != null && d > MAX_POPULATION) {
              // A sum of such values wraps around a long: never counted.
              problems.add(
                  r.error(
                      cPop,
                      Messages.text(
                          "communes.population.beyond", r.get(cPop), MAX_POPULATION, code)));
              return;
            }
            if (d == null || d < 0 || d != Math.rint(d)) {
              if (populations.firstBad == null) {
                populations.firstBad = r.error(cPop, "");
              }
              problems.add(
                  r.warning(cPop, Messages.text("communes.population.bad", r.get(cPop), code)));
            } else {
              pop = d.longValue();
              populations.read++;
            }
          }
          String parent = cParent < 0 ? "" : r.get(cParent);
          if (!parent.isEmpty()) {
            String p = Codes.commune(parent);
            parent = p == null ? "" : p;
          }
          if (!type.equals(COM) && parent.isEmpty()) {
            problems.add(r.warning(cParent, Messages.text("communes.no.parent", type, code)));
          }
          Origin origin = Origin.of(r);
          Row row =
              new Row(
                  code,
                  r.get(cName),
                  type,
                  parent,
                  cDep < 0 ? Codes.departement(code) : r.get(cDep),
                  r.get(cReg),
                  r.get(cEpci),
                  r.get(cEpciName),
                  pop,
                  origin);
          Row before = rows.putIfAbsent(code + "|" + type, row);
          if (before != null) {
            problems.add(
                r.warning(cCode, Messages.text("communes.twice", code, type, before.origin())));
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
              Messages.text("communes.population.none", t.headers().get(cPop))));
    }
    return rows;
  }

  /** The largest population of one commune read as such (France: 68 million in all). */
  static final long MAX_POPULATION = 100_000_000L;

  /** How the population column went: whole numbers read, and the first value that was not one. */
  private static final class Populations {
    int read;
    Problem firstBad;
  }
}
