package fr.raquette.actors;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.raquette.actors.ActorListing.CommuneCount;
import fr.raquette.actors.ActorListing.Place;
import fr.raquette.actors.ActorListing.ThemeCount;
import fr.raquette.report.CsvDialect;
import fr.raquette.report.Text;
import fr.raquette.territory.Actor;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes an {@link ActorListing} for people (a table that fits 80 columns, Markdown) or for
 * programs (CSV, JSON). Machine outputs have fixed field names whatever the language, numbers in
 * {@link Locale#ROOT}: distances to 0.01 km, coordinates to 6 decimals (about 0.1 m).
 */
public final class ActorFormats {
  /** The width the table fits in. */
  public static final int WIDTH = 80;

  /** Field names of CSV and JSON, in order; {@code distance_km} only with {@code near}. */
  static final List<String> FIELDS =
      List.of(
          "id",
          "nom",
          "commune",
          "code_commune",
          "distance_km",
          "precision",
          "sources",
          "thematiques",
          "themes",
          "type",
          "publics",
          "adresse",
          "contact",
          "latitude",
          "longitude",
          "description",
          "equipement",
          "nombre");

  private static final String GAP = "  ";
  private static final int NAME_MIN = 16;

  private ActorFormats() {}

  /** An output format. */
  public enum Format {
    TABLE,
    CSV,
    JSON,
    MD;

    /** Parses {@code table}, {@code csv}, {@code json} or {@code md}. */
    public static Format fromId(String id) {
      return switch (id.strip().toLowerCase(Locale.ROOT)) {
        case "table", "tableau", "text", "texte" -> TABLE;
        case "csv" -> CSV;
        case "json" -> JSON;
        case "md", "markdown" -> MD;
        default ->
            throw new IllegalArgumentException(
                fr.raquette.i18n.Messages.current().get("actors.format.unknown", id));
      };
    }
  }

  // ---- table ---------------------------------------------------------------------------------

  /**
   * A table for a terminal, within {@value #WIDTH} columns; long values end with "…". Empty when
   * nothing was found.
   */
  public static String table(ActorListing l, Text x) {
    if (l.rows().isEmpty()) {
      return "";
    }
    boolean near = l.near() != null;
    List<String[]> cells = new ArrayList<>();
    boolean approx = false;
    for (ActorRow r : l.rows()) {
      String dist = "";
      if (near) {
        boolean c = r.precision() == Actor.Precision.COMMUNE;
        approx |= c;
        dist = (c ? "~" : "") + x.decimal1(r.distanceKm()) + " km";
      }
      cells.add(
          new String[] {
            displayName(r, x),
            r.communeName(),
            dist,
            displayType(r, x),
            String.join(",", r.themes())
          });
    }
    String[] head = {
      x.msg("actors.col.name"), "Commune", "Distance", "Type", x.msg("actors.col.themes")
    };
    int[] w = new int[5];
    for (int i = 0; i < 5; i++) {
      if (i == 2 && !near) {
        continue;
      }
      w[i] = head[i].length();
      for (String[] c : cells) {
        w[i] = Math.max(w[i], c[i].length());
      }
    }
    shrink(w, near);
    StringBuilder sb = new StringBuilder();
    line(sb, head, w, near);
    String[] rule = new String[5];
    for (int i = 0; i < 5; i++) {
      rule[i] = "-".repeat(w[i]);
    }
    line(sb, rule, w, near);
    for (String[] c : cells) {
      line(sb, c, w, near);
    }
    if (approx) {
      sb.append(x.msg("actors.approx")).append('\n');
    }
    return sb.toString();
  }

  /**
   * Narrows the columns until the table fits: each step takes one character from the column that is
   * widest for its weight (the name weighs twice as much as the others, so it keeps about twice
   * their width), never below its header, nor the distance column at all.
   */
  private static void shrink(int[] w, boolean near) {
    int[] weight = {2, 1, 0, 1, 1};
    int[] min = {NAME_MIN, 7, 0, 4, 6};
    int total = GAP.length() * (near ? 4 : 3);
    for (int v : w) {
      total += v;
    }
    while (total > WIDTH) {
      int best = -1;
      double most = 0;
      for (int i = 0; i < 5; i++) {
        if (weight[i] == 0 || w[i] <= min[i]) {
          continue;
        }
        double r = (double) w[i] / weight[i];
        if (r >= most) {
          most = r;
          best = i;
        }
      }
      if (best < 0) {
        return;
      }
      w[best]--;
      total--;
    }
  }

  private static void line(StringBuilder sb, String[] c, int[] w, boolean near) {
    StringBuilder l = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      if (i == 2 && !near) {
        continue;
      }
      if (i > 0) {
        l.append(GAP);
      }
      String v = fit(c[i], w[i]);
      String pad = " ".repeat(w[i] - v.length());
      l.append(i == 2 ? pad + v : v + pad);
    }
    sb.append(l.toString().stripTrailing()).append('\n');
  }

  /** The value cut to {@code width} characters, ending with "…" when it was cut. */
  static String fit(String s, int width) {
    if (s.length() <= width) {
      return s;
    }
    int end = width - 1;
    if (end > 0 && Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end).stripTrailing() + "…";
  }

  private static String displayName(ActorRow r, Text x) {
    return r.isEquipment() ? x.msg("actors.equipment.name", r.name()) : r.name();
  }

  private static String displayType(ActorRow r, Text x) {
    return r.isEquipment() ? "BPE " + r.equipment() + " ×" + x.integer(r.count()) : r.type();
  }

  // ---- summary -------------------------------------------------------------------------------

  /** What was asked, in one line: the filters, or that there were none. */
  public static String filters(ActorListing l, Text x) {
    ActorQuery q = l.query();
    List<String> parts = new ArrayList<>();
    if (q.theme() != null) {
      if (l.thematique() != null) {
        parts.add(x.msg("actors.filter.thematique", l.thematique()));
      } else {
        parts.add(x.msg("actors.filter.theme", l.theme().label(locale(x))));
      }
    }
    if (l.commune() != null) {
      parts.add(x.msg("actors.filter.commune", l.commune().toString()));
    }
    if (l.near() != null) {
      parts.add(
          x.msg(
              "actors.within",
              x.decimal2(q.radiusKm()),
              x.french() ? fr.raquette.i18n.French.de(l.near().toString()) : l.near().toString()));
    }
    if (q.type() != null) {
      parts.add("type " + q.type());
    }
    if (q.audience() != null) {
      parts.add(x.msg("actors.filter.audience", q.audience()));
    }
    if (q.search() != null) {
      parts.add(x.msg("actors.filter.text", q.search()));
    }
    if (parts.isEmpty()) {
      return x.msg("actors.filter.none");
    }
    return x.msg("actors.filters", String.join(x.msg("actors.filter.separator"), parts));
  }

  /**
   * The summary for a terminal: counts by theme and by commune, and the communes in scope with no
   * listed actor.
   */
  public static String summary(ActorListing l, Text x) {
    StringBuilder sb = new StringBuilder();
    sb.append(x.msg("validate.territory", l.territory())).append('\n');
    sb.append(filters(l, x)).append('\n');
    sb.append(counts(l, x)).append('\n');
    sb.append(x.msg("actors.by.theme")).append('\n');
    int lw = 0;
    for (ThemeCount t : l.byTheme()) {
      lw = Math.max(lw, t.theme().label(locale(x)).length());
    }
    for (ThemeCount t : l.byTheme()) {
      String label = t.theme().label(locale(x));
      sb.append("  ")
          .append(label)
          .append(" ".repeat(lw - label.length() + 2))
          .append(String.format(Locale.ROOT, "%4d", t.actors()))
          .append('\n');
    }
    if (!l.byCommune().isEmpty()) {
      sb.append(x.msg("actors.by.commune")).append('\n');
      int cw = 0;
      for (CommuneCount c : l.byCommune()) {
        cw = Math.max(cw, c.commune().toString().length());
      }
      cw = Math.min(cw, WIDTH - 10);
      for (CommuneCount c : l.byCommune()) {
        String name = fit(c.commune().toString(), cw);
        sb.append("  ")
            .append(name)
            .append(" ".repeat(cw - name.length() + 2))
            .append(String.format(Locale.ROOT, "%4d", c.actors()))
            .append('\n');
      }
    }
    sb.append(withoutTitle(l, x)).append('\n');
    if (!l.withoutActor().isEmpty()) {
      wrap(sb, l.withoutActor().stream().map(Place::toString).toList(), "  ");
    }
    return sb.toString();
  }

  private static String counts(ActorListing l, Text x) {
    int n = l.actorCount();
    String s = n == 0 ? x.msg("actors.count.none") : x.msg("actors.count", x.integer(n), n);
    if (l.query().withEquipment()) {
      s +=
          x.msg(
              "actors.count.equipment",
              x.integer(l.equipmentCount()),
              x.integer(l.equipmentRowCount()));
    }
    return s;
  }

  private static String withoutTitle(ActorListing l, Text x) {
    int n = l.withoutActor().size();
    return n == 0 ? x.msg("actors.without.none") : x.msg("actors.without", n);
  }

  private static void wrap(StringBuilder sb, List<String> items, String indent) {
    StringBuilder line = new StringBuilder(indent);
    for (int i = 0; i < items.size(); i++) {
      String item = items.get(i) + (i < items.size() - 1 ? "," : "");
      if (line.length() > indent.length() && line.length() + 1 + item.length() > WIDTH) {
        sb.append(line).append('\n');
        line = new StringBuilder(indent);
      }
      if (line.length() > indent.length()) {
        line.append(' ');
      }
      line.append(item);
    }
    sb.append(line).append('\n');
  }

  // ---- Markdown ------------------------------------------------------------------------------

  /** A Markdown document: the listing, then the summary. */
  public static String markdown(ActorListing l, Text x) {
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(x.msg("actors.md.title", md(l.territory()))).append("\n\n");
    sb.append(md(filters(l, x))).append(".\n\n");
    if (l.rows().isEmpty()) {
      sb.append(x.msg("actors.md.none")).append("\n\n");
    } else {
      boolean near = l.near() != null;
      sb.append("| ")
          .append(x.msg("actors.col.name"))
          .append(" | Commune | ")
          .append(near ? "Distance (km) | " : "")
          .append("Type | ")
          .append(x.msg("actors.col.themes"))
          .append(" | ")
          .append(x.msg("actors.col.address"))
          .append(" | Contact |")
          .append('\n')
          .append(near ? "|---|---|---:|---|---|---|---|\n" : "|---|---|---|---|---|---|\n");
      for (ActorRow r : l.rows()) {
        sb.append("| ").append(md(displayName(r, x)));
        sb.append(" | ").append(md(r.communeName() + " (" + r.commune() + ")"));
        if (near) {
          sb.append(" | ")
              .append(r.precision() == Actor.Precision.COMMUNE ? "~" : "")
              .append(x.decimal1(r.distanceKm()));
        }
        sb.append(" | ").append(md(displayType(r, x)));
        sb.append(" | ").append(md(String.join(", ", r.themes())));
        sb.append(" | ").append(md(r.address()));
        sb.append(" | ").append(md(r.contact()));
        sb.append(" |\n");
      }
      sb.append('\n');
      if (near && l.rows().stream().anyMatch(r -> r.precision() == Actor.Precision.COMMUNE)) {
        sb.append(x.msg("actors.approx")).append("\n\n");
      }
    }
    sb.append(markdownSummary(l, x));
    return sb.toString();
  }

  /** The summary as Markdown sections. */
  public static String markdownSummary(ActorListing l, Text x) {
    StringBuilder sb = new StringBuilder();
    sb.append("## ").append(x.msg("actors.md.summary")).append("\n\n");
    sb.append(md(counts(l, x))).append(".\n\n");
    sb.append("### ").append(x.msg("actors.md.by.theme")).append("\n\n");
    sb.append("| ")
        .append(x.msg("report.col.theme"))
        .append(" | ")
        .append(x.msg("actors.col.actors"))
        .append(" |\n|---|---:|\n");
    for (ThemeCount t : l.byTheme()) {
      sb.append("| ").append(md(t.theme().label(locale(x)))).append(" | ");
      sb.append(t.actors()).append(" |\n");
    }
    sb.append('\n');
    if (!l.byCommune().isEmpty()) {
      sb.append("### ").append(x.msg("actors.md.by.commune")).append("\n\n");
      sb.append("| Commune | Code | ").append(x.msg("actors.col.actors")).append(" |\n");
      sb.append("|---|---|---:|\n");
      for (CommuneCount c : l.byCommune()) {
        sb.append("| ").append(md(c.commune().name())).append(" | ").append(c.commune().code());
        sb.append(" | ").append(c.actors()).append(" |\n");
      }
      sb.append('\n');
    }
    sb.append("### ").append(x.msg("actors.md.without")).append("\n\n");
    if (l.withoutActor().isEmpty()) {
      sb.append(withoutTitle(l, x)).append('\n');
    } else {
      sb.append(md(String.join(", ", l.withoutActor().stream().map(Place::toString).toList())))
          .append(".\n");
    }
    return sb.toString();
  }

  private static String md(String s) {
    if (s == null) {
      return "";
    }
    return fr.raquette.report.MarkdownText.text(s);
  }

  // ---- CSV and JSON --------------------------------------------------------------------------

  /** One line per row, fields as {@link #FIELDS}; lists joined with {@code |}. */
  public static String csv(ActorListing l, CsvDialect dialect) {
    boolean near = l.near() != null;
    List<String> fields = fields(near);
    StringBuilder sb = new StringBuilder(dialect.start());
    sb.append(dialect.row(fields.toArray()));
    for (ActorRow r : l.rows()) {
      List<Object> v = new ArrayList<>();
      v.add(r.id());
      v.add(r.name());
      v.add(r.communeName());
      v.add(r.commune());
      if (near) {
        v.add(dialect.number(plain(round(r.distanceKm(), 2))));
      }
      v.add(precision(r));
      v.add(String.join("|", r.sources()));
      v.add(String.join("|", r.thematiques()));
      v.add(String.join("|", r.themes()));
      v.add(r.type());
      v.add(String.join("|", r.publics()));
      v.add(r.address());
      v.add(r.contact());
      v.add(r.position() == null ? "" : dialect.number(plain(round(r.position().lat(), 6))));
      v.add(r.position() == null ? "" : dialect.number(plain(round(r.position().lon(), 6))));
      v.add(r.description());
      v.add(r.isEquipment() ? r.equipment() : "");
      v.add(r.isEquipment() ? plain(count(r.count())) : "");
      sb.append(dialect.row(v.toArray()));
    }
    return sb.toString();
  }

  /**
   * A JSON array with one object per row, every object with the same fields ({@code null} where a
   * value is absent), indented by two spaces.
   */
  public static String json(ActorListing l) {
    ObjectMapper mapper = new ObjectMapper();
    mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    boolean near = l.near() != null;
    ArrayNode array = mapper.createArrayNode();
    for (ActorRow r : l.rows()) {
      ObjectNode o = array.addObject();
      o.put("id", r.id());
      o.put("nom", r.name());
      o.put("commune", r.communeName());
      o.put("code_commune", r.commune());
      if (near) {
        o.put("distance_km", round(r.distanceKm(), 2));
      }
      o.put("precision", precision(r));
      r.sources().forEach(o.putArray("sources")::add);
      r.thematiques().forEach(o.putArray("thematiques")::add);
      r.themes().forEach(o.putArray("themes")::add);
      o.put("type", r.type());
      r.publics().forEach(o.putArray("publics")::add);
      o.put("adresse", r.address());
      o.put("contact", r.contact());
      o.put("latitude", r.position() == null ? null : round(r.position().lat(), 6));
      o.put("longitude", r.position() == null ? null : round(r.position().lon(), 6));
      o.put("description", r.description());
      o.put("equipement", r.equipment());
      o.put("nombre", r.isEquipment() ? count(r.count()) : null);
    }
    DefaultPrettyPrinter pp =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    pp.indentArraysWith(indenter);
    pp.indentObjectsWith(indenter);
    try {
      return mapper.writer(pp).writeValueAsString(array) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings and numbers is always writable", e);
    }
  }

  static List<String> fields(boolean near) {
    return near ? FIELDS : FIELDS.stream().filter(f -> !f.equals("distance_km")).toList();
  }

  private static String precision(ActorRow r) {
    return r.precision() == null ? "" : r.precision().name().toLowerCase(Locale.ROOT);
  }

  private static BigDecimal round(Double d, int decimals) {
    if (d == null) {
      return null;
    }
    BigDecimal r = BigDecimal.valueOf(d).setScale(decimals, RoundingMode.HALF_UP);
    return r.signum() == 0 ? BigDecimal.ZERO : r.stripTrailingZeros();
  }

  /** BPE counts are whole numbers; a fractional one (a weighted file) keeps its decimals. */
  private static BigDecimal count(double n) {
    return BigDecimal.valueOf(n).stripTrailingZeros();
  }

  private static String plain(BigDecimal d) {
    return d == null ? "" : d.toPlainString();
  }

  private static Locale locale(Text x) {
    return x.french() ? Locale.FRENCH : Locale.ENGLISH;
  }
}
