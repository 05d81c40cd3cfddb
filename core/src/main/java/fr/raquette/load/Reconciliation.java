package fr.raquette.load;

import fr.raquette.i18n.Messages;
import fr.raquette.io.Problems;
import fr.raquette.territory.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The communes of the target COG and the way every other code of the files comes to them.
 *
 * @param communes the communes of the files (all of them, also outside the perimeter)
 * @param reported the communes the report is about (the manifest's perimeter)
 * @param targets the communes loaded: all of them with a context ring, else the reported ones
 * @param arm which cities are diagnosed by arrondissement
 * @param changes the reconciler, and every change it made
 */
record Reconciliation(
    Map<String, CommunesReader.Row> communes,
    TreeSet<String> reported,
    Set<String> targets,
    Arrondissements arm,
    Changes changes) {

  CogReconciler cog() {
    return changes.cog();
  }

  /**
   * Finds the communes of the files (or of the census, without a communes file), the perimeter, and
   * makes the reconciler; says what is missing.
   *
   * @param folderName where a problem of the whole folder is said
   */
  static Reconciliation of(
      FileTables tables, Manifest manifest, String folderName, Problems problems) {
    CommuneIndex index = new CommuneIndex();
    for (FileTables.CommuneFile f : tables.communeFiles()) {
      index.add(
          f.rows(),
          (r, before) ->
              problems.warningAt(
                  r.origin(), Messages.text("load.commune.twice", r.code(), before.origin())));
    }
    // Paris, Lyon, Marseille: by arrondissement when their outlines are given (one decision).
    List<Map<String, CommunesReader.Row>> files = tables.communeRows();
    Arrondissements arm = OutlineStage.arrondissements(files, tables.outlines(), problems);
    index.apply(arm, files);
    Map<String, CommunesReader.Row> com = index.communes();
    if (com.isEmpty()) {
      communesOfCensus(tables.figures(), com);
    }
    if (com.isEmpty() && !tables.communeFiles().isEmpty()) {
      problems.error(
          tables.communeFiles().get(0).name(), 0, 0, Messages.text("load.no.commune.read"));
    } else if (com.isEmpty()) {
      problems.error(folderName, 0, 0, Messages.text("load.no.communes.file"));
    }
    // With a ring, every commune of the files is loaded and the perimeter is reported on; without,
    // the perimeter restricts the communes loaded.
    TreeSet<String> reported = perimeterOf(com, manifest.perimeter());
    Set<String> targets = manifest.hasRing() ? new TreeSet<>(com.keySet()) : reported;
    if (!com.isEmpty() && reported.isEmpty()) {
      problems.error(Manifest.FILE_NAME, 0, 0, Messages.text("load.perimeter.no.match"));
    }
    CogReconciler cog = index.reconciler(targets, tables.passage(), arm.splitCities());
    return new Reconciliation(com, reported, targets, arm, new Changes(cog));
  }

  /** Without a communes file, the census file lists the communes. */
  private static void communesOfCensus(
      List<FileTables.FigureFile> figures, Map<String, CommunesReader.Row> com) {
    for (FileTables.FigureFile f : figures) {
      if (f.role() != Role.POPULATION) {
        continue;
      }
      for (FiguresReader.Row r : f.rows().values()) {
        Double total = r.total();
        com.putIfAbsent(
            r.code(),
            new CommunesReader.Row(
                r.code(),
                "",
                CommunesReader.COM,
                "",
                Codes.departement(r.code()),
                "",
                "",
                "",
                total == null ? null : Math.round(total),
                r.origin()));
      }
    }
  }

  /** The communes a manifest's perimeter names (all of them for an empty perimeter). */
  static TreeSet<String> perimeterOf(Map<String, CommunesReader.Row> com, Manifest.Perimeter per) {
    TreeSet<String> out = new TreeSet<>();
    for (CommunesReader.Row r : com.values()) {
      if (per.isEmpty()
          || per.communes().contains(r.code())
          || per.communes().contains(r.parent())
          || per.departements().contains(r.dep())
          || per.epci().contains(r.epci())
          || per.regions().contains(r.reg())) {
        out.add(r.code());
      }
    }
    return out;
  }
}
