package fr.raquette.load;

import fr.raquette.io.CsvTable;
import fr.raquette.io.Problems;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Reads a COG passage table {@code CODE_ANCIEN;CODGEO;…}: retired code → commune that took it. */
public final class PassageReader {
  private PassageReader() {}

  /** Old code → every target it is given (two when the COG history is ambiguous). */
  public static Map<String, TreeSet<String>> read(CsvTable t, Problems problems) {
    int cOld = t.require("CODE_ANCIEN");
    int cNew = t.require("CODGEO");
    Codes codes = new Codes(t.file());
    Map<String, TreeSet<String>> map = new TreeMap<>();
    t.forEach(
        r -> {
          String from = codes.commune(r, cOld, problems);
          String to = codes.commune(r, cNew, problems);
          if (from != null && to != null && !from.equals(to)) {
            map.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
          }
        });
    codes.report(problems);
    return map;
  }
}
