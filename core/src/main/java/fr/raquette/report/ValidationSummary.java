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
    inputs(sb, t, x);
    communes(sb, t, x);
    equipment(sb, t, x);
    actorsAndNeeds(sb, t, x);
    vintages(sb, t, x);
    appendCog(sb, t, x);
    return sb.toString();
  }

  /** The territory's name and the files read. */
  private static void inputs(StringBuilder sb, Territory t, Text x) {
    sb.append(x.msg("validate.territory", t.name()));
    if (!t.cogYear().isEmpty()) {
      sb.append(" (COG ").append(t.cogYear()).append(')');
    }
    sb.append('\n');
    sb.append(x.msg("validate.files", t.inputs().size())).append('\n');
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
        sb.append(x.msg("validate.vintage", f.vintage()));
      }
      sb.append('\n');
    }
  }

  /** Communes, IRIS, population, and the perimeter within its context ring. */
  private static void communes(StringBuilder sb, Territory t, Text x) {
    sb.append(
            x.msg(
                "validate.communes",
                x.integer(t.communes().size()),
                x.integer(t.outlines().size())))
        .append('\n');
    if (!t.iris().isEmpty()) {
      long withOutline = t.iris().stream().filter(i -> i.anchor() != null).count();
      sb.append(x.msg("validate.iris", x.integer(t.iris().size()), x.integer(withOutline)))
          .append('\n');
    }
    sb.append(x.msg("validate.population", x.integer(t.totalPopulation()))).append('\n');
    if (t.borderCorrected()) {
      sb.append(
              x.msg(
                  "validate.perimeter",
                  x.integer(t.perimeterCommunes().size()),
                  x.integer(t.perimeterPopulation()),
                  x.integer(t.communes().size() - t.perimeterCommunes().size())))
          .append('\n');
    }
  }

  /** The equipment, in all and by BPE domain (the first letter of its type). */
  private static void equipment(StringBuilder sb, Territory t, Text x) {
    Map<Character, double[]> domains = new TreeMap<>();
    t.equipment()
        .values()
        .forEach(
            m ->
                m.forEach(
                    (typ, n) ->
                        domains.computeIfAbsent(typ.charAt(0), k -> new double[1])[0] += n));
    double total = domains.values().stream().mapToDouble(d -> d[0]).sum();
    sb.append(x.msg("validate.equipment", x.integer(total))).append('\n');
    domains.forEach(
        (d, n) ->
            sb.append("  ")
                .append(d)
                .append(' ')
                .append(x.bpeDomain(d))
                .append(" : ")
                .append(x.integer(n[0]))
                .append('\n'));
  }

  /** The actors by source, and the declared needs. */
  private static void actorsAndNeeds(StringBuilder sb, Territory t, Text x) {
    Map<String, Integer> bySource = new TreeMap<>();
    for (Actor a : t.actors()) {
      for (String s : a.sources()) {
        bySource.merge(s, 1, Integer::sum);
      }
    }
    sb.append(x.msg("validate.actors", x.integer(t.actors().size()))).append('\n');
    bySource.forEach(
        (s, n) -> sb.append("  ").append(s).append(" : ").append(x.integer(n)).append('\n'));
    double weight = t.needs().stream().mapToDouble(n -> n.weight()).sum();
    sb.append(x.msg("validate.needs", x.integer(t.needs().size()), x.integer(weight))).append('\n');
  }

  /** How many equipment types come from each BPE vintage. */
  private static void vintages(StringBuilder sb, Territory t, Text x) {
    Map<Integer, Integer> vintages = new TreeMap<>();
    t.equipmentVintage().values().forEach(v -> vintages.merge(v, 1, Integer::sum));
    if (!vintages.isEmpty()) {
      java.util.List<String> v = new java.util.ArrayList<>();
      vintages.forEach(
          (year, n) ->
              v.add(
                  x.msg(
                      "validate.vintage.types",
                      year == 0 ? x.msg("bpe.vintage.unknown") : year.toString(),
                      n)));
      sb.append(x.msg("validate.vintages", String.join(", ", v))).append('\n');
    }
  }

  private static void appendCog(StringBuilder sb, Territory t, Text x) {
    // file → reason → {codes, records, amount}
    Map<String, Map<CogChange.Kind, double[]>> agg = new TreeMap<>();
    for (CogChange c : t.cogChanges()) {
      double[] a =
          agg.computeIfAbsent(c.file(), k -> new TreeMap<>())
              .computeIfAbsent(c.kind(), k -> new double[3]);
      a[0]++;
      a[1] += c.records();
      a[2] += c.amount();
    }
    if (agg.isEmpty()) {
      sb.append(x.msg("validate.cog.none")).append('\n');
      return;
    }
    sb.append(x.msg("validate.cog")).append('\n');
    agg.forEach(
        (file, reasons) ->
            reasons.forEach(
                (r, a) -> {
                  boolean dropped = r.dropped();
                  sb.append("  ")
                      .append(
                          x.msg(
                              dropped ? "validate.cog.dropped" : "validate.cog.reconciled",
                              file,
                              (long) a[0],
                              (long) a[1],
                              x.cogReason(r.reason())))
                      .append('\n');
                }));
  }
}
