package fr.raquette.load;

import fr.raquette.i18n.Messages;
import fr.raquette.io.Problems;
import fr.raquette.territory.Commune;
import fr.raquette.territory.FigureNames;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * The communes of the territory with their figures: population from the communes file (else the
 * census), census, households and income figures brought to the target COG, and the figures under
 * statistical secrecy imputed ({@link ImputationInOnePass}).
 */
final class CommuneFigures {
  private CommuneFigures() {}

  /** The communes of {@code rec}'s targets, with their figures. */
  static SortedMap<String, Commune> of(
      Reconciliation rec, List<FileTables.FigureFile> files, Problems problems) {
    FigureTable census = census(files, rec.changes());
    FigureNames names = census.names();
    Ascending<Commune> ascending = new Ascending<>(); // the targets are sorted
    Map<String, SortedSet<String>> secret = new HashMap<>();
    for (String code : rec.targets()) {
      CommunesReader.Row r = rec.communes().get(code);
      FigureTable.Merged c = census.of(code);
      if (!c.secret().isEmpty()) {
        secret.put(code, names.set(c.secret()));
      }
      ascending.add(code, commune(r, names.values(c.values()), problems));
    }
    SortedMap<String, Commune> communes = ascending.toTreeMap();
    if (files.isEmpty()) {
      return communes;
    }
    String read = String.join(", ", files.stream().map(FileTables.FigureFile::name).toList());
    return ImputationInOnePass.impute(communes, secret, census.intensive(), read, problems);
  }

  /** The figures of every file, each row at the commune of the target COG it belongs to. */
  private static FigureTable census(List<FileTables.FigureFile> files, Changes changes) {
    FigureTable census = new FigureTable();
    for (FileTables.FigureFile f : files) {
      for (FiguresReader.Row r : f.rows().values()) {
        Double total = r.total();
        String to = changes.resolve(f.name(), r.code(), total == null ? 0 : total);
        if (to != null) {
          census.add(f.name(), f.role(), to, r);
        }
      }
    }
    return census;
  }

  /** A commune: the population of its row, else of the census (said when neither gives it). */
  private static Commune commune(
      CommunesReader.Row r, SortedMap<String, Double> figures, Problems problems) {
    Double total = figures.get("POP");
    long pop = r.population() != null ? r.population() : total != null ? Math.round(total) : 0;
    if (r.population() == null && total == null) {
      problems.warningAt(r.origin(), Messages.text("load.no.population", r.code()));
    }
    return new Commune(
        r.code(),
        r.name(),
        r.dep(),
        r.reg(),
        r.epci(),
        r.epciName(),
        pop,
        figures,
        Collections.emptySortedSet());
  }
}
