package fr.raquette.load;

import fr.raquette.i18n.Messages;
import fr.raquette.io.CsvTable;
import fr.raquette.io.Numbers;
import fr.raquette.io.Origin;
import fr.raquette.io.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads declared needs ({@code code_commune;commune;thematique;public;description;source;
 * personnes;date}, see docs/territory-folder.md).
 */
final class NeedsReader {
  private NeedsReader() {}

  record Raw(
      String code,
      String theme,
      String publicConcerned,
      String description,
      String source,
      double weight,
      String date,
      Origin origin) {}

  static List<Raw> read(CsvTable t, Function<String, Optional<String>> themes, Problems problems) {
    int cCode = t.require("code_commune");
    int cTheme = t.require("thematique");
    int cPublic = t.column("public");
    int cDesc = t.column("description");
    int cSource = t.column("source");
    int cPersons = t.column("personnes", "poids");
    int cDate = t.column("date");
    Codes codes = new Codes(t.file());
    List<Raw> out = new ArrayList<>();
    t.forEach(
        r -> {
          String code = codes.commune(r, cCode, problems);
          if (code == null) {
            return;
          }
          Optional<String> theme = themes.apply(r.get(cTheme));
          if (theme.isEmpty()) {
            problems.add(r.warning(cTheme, Messages.text("needs.theme.unknown", r.get(cTheme))));
            return;
          }
          double weight = 1;
          if (cPersons >= 0 && !r.get(cPersons).isEmpty()) {
            Double d = Numbers.parseDecimal(r.get(cPersons));
            if (d == null || d < 0 || d > CommunesReader.MAX_POPULATION) {
              problems.add(
                  r.warning(
                      cPersons,
                      Messages.text(
                          d != null && d > 0 ? "needs.persons.beyond" : "needs.persons.bad",
                          r.get(cPersons),
                          CommunesReader.MAX_POPULATION)));
            } else {
              weight = d;
            }
          }
          String date = r.get(cDate);
          if (!date.isEmpty() && !isDate(date)) {
            problems.add(r.warning(cDate, Messages.text("needs.date.bad", date)));
            date = "";
          }
          out.add(
              new Raw(
                  code,
                  theme.get(),
                  r.get(cPublic),
                  r.get(cDesc),
                  r.get(cSource),
                  weight,
                  date,
                  Origin.of(r)));
        });
    codes.report(problems);
    return out;
  }

  private static boolean isDate(String s) {
    try {
      java.time.LocalDate.parse(s);
      return true;
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }
}
