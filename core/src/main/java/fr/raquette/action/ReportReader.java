package fr.raquette.action;

import fr.raquette.analysis.Classification;
import fr.raquette.io.CsvTable;
import fr.raquette.io.DataException;
import fr.raquette.io.Numbers;
import fr.raquette.io.TextFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads back the commune × theme classes of a report folder written by {@code raquette diagnose}:
 * its {@code indicateurs.csv}, in either CSV dialect (';' with decimal commas and a BOM, or ','
 * with decimal points), columns found by their names so that added columns do not matter.
 */
public final class ReportReader {
  /** The file every report folder has, whatever its formats. */
  public static final String INDICATORS = "indicateurs.csv";

  private ReportReader() {}

  /** The rows of {@code folder}'s indicators file; {@link DataException} when it is not one. */
  public static List<ClassRow> read(Path folder) {
    Path file = Files.isDirectory(folder) ? folder.resolve(INDICATORS) : folder;
    String display = file.toString();
    if (!Files.isRegularFile(file)) {
      throw new DataException(
          display, 0, 0, "introuvable : attendu un dossier de rapport de « raquette diagnose »");
    }
    CsvTable t = CsvTable.of(TextFile.read(file, display));
    int cCode = t.require("code_commune");
    int cName = t.column("commune");
    int cTheme = t.require("theme");
    int cClass = t.require("classe");
    int cTarget = t.column("population_cible");
    int cScore = t.column("score_acces_pour_1000");
    int cNear = t.column("distance_plus_proche_km");
    List<ClassRow> rows = new ArrayList<>();
    t.forEach(
        r -> {
          Classification c = classification(r.get(cClass));
          if (c == null) {
            throw new DataException(
                r.error(
                    cClass,
                    "classe « "
                        + r.get(cClass)
                        + " » inconnue : attendu trou, renforcer, couvert ou non-evaluable"));
          }
          rows.add(
              new ClassRow(
                  r.get(cCode),
                  r.get(cName),
                  r.get(cTheme),
                  c,
                  number(r.get(cTarget)),
                  number(r.get(cScore)),
                  number(r.get(cNear))));
        });
    return rows;
  }

  /** A class from its CSV id, or from its label in either language; null when none fits. */
  static Classification classification(String text) {
    String v = text.strip().toLowerCase(Locale.ROOT);
    for (Classification c : Classification.values()) {
      if (v.equals(c.id()) || v.equals(c.label(true)) || v.equals(c.label(false))) {
        return c;
      }
    }
    return v.equals("non évaluable") || v.equals("non_evaluable")
        ? Classification.NON_EVALUABLE
        : null;
  }

  private static Double number(String text) {
    return text.isEmpty() ? null : Numbers.parseDecimal(text);
  }
}
