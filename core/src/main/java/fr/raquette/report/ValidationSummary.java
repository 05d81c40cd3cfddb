package fr.raquette.report;

import fr.raquette.territory.Actor;
import fr.raquette.territory.CogChange;
import fr.raquette.territory.InputFile;
import fr.raquette.territory.Territory;
import java.util.Map;
import java.util.TreeMap;

/** The concise summary {@code raquette validate} prints: what was read, reconciled, dropped. */
public final class ValidationSummary {
  private ValidationSummary() {}

  public static String render(Territory t, Text x) {
    StringBuilder sb = new StringBuilder();
    sb.append(x.t("Territoire : ", "Territory: ")).append(t.name());
    if (!t.cogYear().isEmpty()) {
      sb.append(" (COG ").append(t.cogYear()).append(')');
    }
    sb.append('\n');
    sb.append(x.t("Fichiers lus : ", "Files read: ")).append(t.inputs().size()).append('\n');
    for (InputFile f : t.inputs()) {
      sb.append("  ")
          .append(f.path())
          .append(" — ")
          .append(f.role().id())
          .append(", ")
          .append(x.msg("validate.records", f.records()))
          .append(", ")
          .append(f.encoding());
      if (f.vintage() > 0) {
        sb.append(x.t(", millésime ", ", vintage ")).append(f.vintage());
      }
      sb.append('\n');
    }
    sb.append(x.t("Communes : ", "Communes: "))
        .append(x.integer(t.communes().size()))
        .append(x.t(", dont ", ", of which "))
        .append(x.integer(t.outlines().size()))
        .append(x.t(" avec contour", " with an outline"))
        .append('\n');
    if (!t.iris().isEmpty()) {
      long withOutline = t.iris().stream().filter(i -> i.anchor() != null).count();
      sb.append("IRIS : ".replace(" :", x.t(" :", ":")))
          .append(x.integer(t.iris().size()))
          .append(x.t(", dont ", ", of which "))
          .append(x.integer(withOutline))
          .append(
              x.t(
                  " avec contour (besoin mesuré par quartier)",
                  " with an outline (need by quartier)"))
          .append('\n');
    }
    sb.append(x.t("Population totale : ", "Total population: "))
        .append(x.integer(t.totalPopulation()))
        .append('\n');
    if (t.borderCorrected()) {
      sb.append(x.t("Périmètre du rapport : ", "Perimeter reported on: "))
          .append(x.integer(t.perimeterCommunes().size()))
          .append(x.t(" communes, population ", " communes, population "))
          .append(x.integer(t.perimeterPopulation()))
          .append(x.t(" ; anneau de contexte : ", "; context ring: "))
          .append(x.integer(t.communes().size() - t.perimeterCommunes().size()))
          .append(" communes\n");
    }
    Map<Character, double[]> domains = new TreeMap<>();
    t.equipment()
        .values()
        .forEach(
            m ->
                m.forEach(
                    (typ, n) ->
                        domains.computeIfAbsent(typ.charAt(0), k -> new double[1])[0] += n));
    double total = domains.values().stream().mapToDouble(d -> d[0]).sum();
    sb.append(x.t("Équipements (BPE) : ", "Equipment (BPE): "))
        .append(x.integer(total))
        .append('\n');
    domains.forEach(
        (d, n) ->
            sb.append("  ")
                .append(d)
                .append(' ')
                .append(x.bpeDomain(d))
                .append(" : ")
                .append(x.integer(n[0]))
                .append('\n'));
    Map<String, Integer> bySource = new TreeMap<>();
    for (Actor a : t.actors()) {
      for (String s : a.sources()) {
        bySource.merge(s, 1, Integer::sum);
      }
    }
    sb.append(x.t("Acteurs : ", "Actors: ")).append(x.integer(t.actors().size())).append('\n');
    bySource.forEach(
        (s, n) -> sb.append("  ").append(s).append(" : ").append(x.integer(n)).append('\n'));
    double weight = t.needs().stream().mapToDouble(n -> n.weight()).sum();
    sb.append(x.t("Besoins déclarés : ", "Declared needs: "))
        .append(x.integer(t.needs().size()))
        .append(x.t(" (personnes concernées : ", " (persons concerned: "))
        .append(x.integer(weight))
        .append(")\n");
    Map<Integer, Integer> vintages = new TreeMap<>();
    t.equipmentVintage().values().forEach(v -> vintages.merge(v, 1, Integer::sum));
    if (!vintages.isEmpty()) {
      sb.append(x.t("Millésimes BPE retenus : ", "BPE vintages used: "));
      StringBuilder v = new StringBuilder();
      vintages.forEach(
          (year, n) ->
              v.append(v.length() > 0 ? ", " : "")
                  .append(year == 0 ? x.t("inconnu", "unknown") : year.toString())
                  .append(" (")
                  .append(n)
                  .append(x.t(" types)", " types)")));
      sb.append(v).append('\n');
    }
    appendCog(sb, t, x);
    return sb.toString();
  }

  private static void appendCog(StringBuilder sb, Territory t, Text x) {
    // file → reason → {codes, records, amount}
    Map<String, Map<String, double[]>> agg = new TreeMap<>();
    for (CogChange c : t.cogChanges()) {
      double[] a =
          agg.computeIfAbsent(c.file(), k -> new TreeMap<>())
              .computeIfAbsent((c.dropped() ? "-" : "+") + c.reason(), k -> new double[3]);
      a[0]++;
      a[1] += c.records();
      a[2] += c.amount();
    }
    sb.append(x.t("Rapprochement COG : ", "COG reconciliation: "));
    if (agg.isEmpty()) {
      sb.append(x.t("aucun code à rapprocher\n", "no code to reconcile\n"));
      return;
    }
    sb.append('\n');
    agg.forEach(
        (file, reasons) ->
            reasons.forEach(
                (r, a) -> {
                  boolean dropped = r.startsWith("-");
                  sb.append("  ")
                      .append(file)
                      .append(" : ")
                      .append(x.integer(a[0]))
                      .append(x.t(" code(s), ", " code(s), "))
                      .append(x.integer(a[1]))
                      .append(x.t(" enregistrement(s) ", " record(s) "))
                      .append(
                          dropped
                              ? x.t("écartés — ", "dropped — ")
                              : x.t("rapprochés — ", "reconciled — "))
                      .append(x.cogReason(r.substring(1)))
                      .append('\n');
                }));
  }
}
