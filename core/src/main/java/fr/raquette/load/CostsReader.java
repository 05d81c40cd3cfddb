package fr.raquette.load;

import fr.raquette.i18n.Messages;
import fr.raquette.io.CsvTable;
import fr.raquette.io.Numbers;
import fr.raquette.io.Origin;
import fr.raquette.io.Problems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code couts} file: travel times between communes, {@code origin;destination;minutes} (an
 * OSRM or r5 matrix exported by commune code). A row whose code is not a commune code, or whose
 * time is not a number of minutes ≥ 0, is skipped with a located warning; a pair given twice keeps
 * its first time, the second is reported.
 */
final class CostsReader {
  /** More than a day of travel is a typo or seconds, never a catchment. */
  static final double MAX_MINUTES = 24 * 60;

  private CostsReader() {}

  /** One pair as read, codes as written. */
  record Pair(String from, String to, double minutes, Origin origin) {}

  static List<Pair> read(CsvTable t, Problems problems) {
    int cFrom = t.require("origin", "origine");
    int cTo = t.require("destination");
    int cMin = t.require("minutes", "temps", "duree", "durée", "cost", "cout", "coût");
    Codes codes = new Codes(t.file());
    List<Pair> out = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    t.forEach(
        r -> {
          String from = codes.commune(r, cFrom, problems);
          String to = from == null ? null : codes.commune(r, cTo, problems);
          if (to == null) {
            return;
          }
          double m = Numbers.parseDecimalOrNaN(r.get(cMin));
          if (Double.isNaN(m) || m < 0 || m > MAX_MINUTES) {
            problems.add(
                r.warning(
                    cMin,
                    Messages.text("costs.minutes.bad", r.get(cMin), from, to, (long) MAX_MINUTES)));
            return;
          }
          Long before = seen.putIfAbsent(from + ">" + to, r.line());
          if (before != null) {
            problems.add(r.warning(cFrom, Messages.text("costs.pair.twice", from, to, before)));
            return;
          }
          out.add(new Pair(from, to, m, Origin.of(r)));
        });
    codes.report(problems);
    return out;
  }
}
