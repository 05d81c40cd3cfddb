package fr.raquette.report;

import fr.raquette.action.ClassChange;
import fr.raquette.action.ClassRow;
import fr.raquette.action.DiagnosisDiff;
import fr.raquette.action.Followed;
import fr.raquette.action.ScenarioApplier;
import fr.raquette.action.Simulation;
import fr.raquette.action.Site;
import fr.raquette.action.SiteSuggestion;
import fr.raquette.analysis.Classification;
import fr.raquette.i18n.Messages;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reports of the commands that act on a diagnosis: {@code simulate} (what a scenario would
 * change), {@code suggest} (where new sites would reach the most people) and {@code compare} (what
 * changed between two diagnoses). Markdown for people, CSV (one row per changed commune × theme)
 * for spreadsheets; the class changes are written the same way for the three.
 */
public final class ActionReport {
  private final Messages m;
  private final Text x;

  public ActionReport(Messages m) {
    this.m = m;
    this.x = new Text(m.lang().locale());
  }

  /** The Markdown report of a simulation. */
  public String simulation(String territory, Simulation s) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(m.get("action.simulate.title", cell(territory))).append("\n\n");
    md.append(m.get("action.simulate.scenario")).append("\n\n");
    for (ScenarioApplier.Applied a : s.applied()) {
      md.append("- ").append(applied(a)).append('\n');
    }
    md.append('\n');
    if (!s.reach().isEmpty()) {
      md.append("## ").append(m.get("action.simulate.reach.title")).append("\n\n");
      md.append(m.get("action.simulate.reach.intro")).append("\n\n");
      sites(md, s.reach(), s, false);
    }
    changes(md, s.diff());
    md.append(m.get("action.aid")).append('\n');
    return md.toString();
  }

  /** The Markdown report of suggested sites. */
  public String suggestion(String territory, SiteSuggestion s) {
    StringBuilder md = new StringBuilder();
    String theme = s.theme().label(m.lang().locale());
    md.append("# ").append(m.get("action.suggest.title", cell(theme), cell(territory)));
    md.append("\n\n");
    md.append(
            m.get(
                "action.suggest.method",
                x.integer(s.uncovered()),
                s.theme().target().label(m.lang().locale()),
                x.decimal1(s.catchmentKm())))
        .append("\n\n");
    if (s.sites().isEmpty()) {
      md.append(m.get("action.suggest.none")).append("\n\n");
    } else {
      sites(md, s.sites(), s.simulation(), true);
    }
    md.append(m.get("action.suggest.check")).append("\n\n");
    changes(md, s.simulation().diff());
    md.append(m.get("action.aid")).append('\n');
    return md.toString();
  }

  /** The sites' table: first column the rank (suggest) or the theme (simulate). */
  private void sites(StringBuilder md, List<Site> sites, Simulation s, boolean ranked) {
    md.append(
        MarkdownReport.header(
            "llrl",
            m.get(ranked ? "action.suggest.col.rank" : "action.col.theme"),
            m.get("action.col.commune"),
            m.get("action.suggest.col.people"),
            m.get("action.suggest.col.reached")));
    int rank = 1;
    for (Site site : sites) {
      md.append("| ")
          .append(ranked ? String.valueOf(rank++) : cell(site.theme()))
          .append(" | ")
          .append(cell(site.name()))
          .append(" (")
          .append(site.commune())
          .append(") | ")
          .append(x.integer(site.people()))
          .append(" | ")
          .append(
              site.reached().isEmpty()
                  ? m.get("action.simulate.reach.none")
                  : cell(names(s, site.reached())))
          .append(" |\n");
    }
    md.append('\n');
  }

  /**
   * The Markdown report of a comparison of two report folders.
   *
   * @param followed the first report's follow-up indicators and what they became; null when it has
   *     none
   */
  public String comparison(
      String before, String after, DiagnosisDiff d, List<String> notes, List<Followed> followed) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(m.get("action.compare.title")).append("\n\n");
    md.append("- ").append(m.get("action.compare.before", cell(before))).append('\n');
    md.append("- ").append(m.get("action.compare.after", cell(after))).append('\n');
    md.append("- ").append(m.get("action.compare.compared", d.compared())).append("\n\n");
    for (String n : notes) {
      md.append("> ").append(cell(n)).append("\n\n");
    }
    changes(md, d);
    followed(md, followed);
    return md.toString();
  }

  /** How the first report's follow-up indicators moved. */
  private void followed(StringBuilder md, List<Followed> followed) {
    md.append("## ").append(m.get("action.followup.title")).append("\n\n");
    if (followed == null) {
      md.append(m.get("action.followup.none")).append("\n\n");
      return;
    }
    Map<Followed.Trend, Long> count = new java.util.EnumMap<>(Followed.Trend.class);
    for (Followed.Trend t : Followed.Trend.values()) {
      count.put(t, followed.stream().filter(f -> f.trend() == t).count());
    }
    md.append(
            m.get(
                "action.followup.intro",
                count.get(Followed.Trend.BETTER),
                count.get(Followed.Trend.WORSE),
                count.get(Followed.Trend.SAME),
                count.get(Followed.Trend.UNKNOWN)))
        .append("\n\n");
    if (followed.isEmpty()) {
      return;
    }
    md.append(
        MarkdownReport.header(
            "llrrrl",
            m.get("action.col.commune"),
            m.get("action.col.theme"),
            m.get("action.col.classes"),
            m.get("action.col.score"),
            m.get("action.col.distance"),
            m.get("action.followup.col.trend")));
    for (Followed f : followed) {
      ClassRow a = f.before();
      ClassRow b = f.after();
      md.append("| ")
          .append(cell(a.name()))
          .append(" (")
          .append(a.commune())
          .append(") | ")
          .append(cell(a.theme()))
          .append(" | ")
          .append(label(a.classification()))
          .append(" → ")
          .append(b == null ? "—" : label(b.classification()))
          .append(" | ")
          .append(number(a.score(), 2))
          .append(" → ")
          .append(b == null ? "—" : number(b.score(), 2))
          .append(" | ")
          .append(number(a.nearestKm(), 1))
          .append(" → ")
          .append(b == null ? "—" : number(b.nearestKm(), 1))
          .append(" | ")
          .append(
              m.get("action.followup.trend." + f.trend().name().toLowerCase(java.util.Locale.ROOT)))
          .append(" |\n");
    }
    md.append('\n');
  }

  private void changes(StringBuilder md, DiagnosisDiff d) {
    md.append("## ").append(m.get("action.changes.title")).append("\n\n");
    if (d.changes().isEmpty()) {
      md.append(m.get("action.changes.none")).append("\n\n");
      return;
    }
    md.append(
        MarkdownReport.header(
            "lrrrrr",
            m.get("action.col.theme"),
            m.get("action.col.closed"),
            m.get("action.col.opened"),
            m.get("action.col.moved"),
            m.get("action.col.evaluation"),
            m.get("action.col.covered")));
    for (Map.Entry<String, List<ClassChange>> e : byTheme(d).entrySet()) {
      List<ClassChange> cs = e.getValue();
      md.append("| ").append(cell(e.getKey()));
      for (ClassChange.Kind k : ClassChange.Kind.values()) {
        md.append(" | ").append(cs.stream().filter(c -> c.kind() == k).count());
      }
      double people = cs.stream().mapToDouble(ClassChange::covered).sum();
      md.append(" | ").append(x.integer(Math.round(people))).append(" |\n");
    }
    changeDetail(md, d);
  }

  /** Each changed commune × theme: classes, target population, score and distance. */
  private void changeDetail(StringBuilder md, DiagnosisDiff d) {
    md.append("\n### ").append(m.get("action.changes.detail")).append("\n\n");
    md.append(
        MarkdownReport.header(
            "lllrrr",
            m.get("action.col.commune"),
            m.get("action.col.theme"),
            m.get("action.col.classes"),
            m.get("action.col.target"),
            m.get("action.col.score"),
            m.get("action.col.distance")));
    for (ClassChange c : d.changes()) {
      ClassRow a = c.before();
      ClassRow b = c.after();
      md.append("| ")
          .append(cell(b.name()))
          .append(" (")
          .append(b.commune())
          .append(") | ")
          .append(cell(b.theme()))
          .append(" | ")
          .append(label(a.classification()))
          .append(" → ")
          .append(label(b.classification()))
          .append(" | ")
          .append(number(b.target(), 0))
          .append(" | ")
          .append(number(a.score(), 2))
          .append(" → ")
          .append(number(b.score(), 2))
          .append(" | ")
          .append(number(a.nearestKm(), 1))
          .append(" → ")
          .append(number(b.nearestKm(), 1))
          .append(" |\n");
    }
    md.append('\n');
  }

  /** One row per changed commune × theme, figures before and after. */
  public static String csv(DiagnosisDiff d, CsvDialect dialect) {
    StringBuilder sb = new StringBuilder(dialect.start());
    sb.append(
        dialect.row(
            "code_commune",
            "commune",
            "theme",
            "classe_avant",
            "classe_apres",
            "changement",
            "population_cible",
            "score_avant",
            "score_apres",
            "distance_avant_km",
            "distance_apres_km"));
    for (ClassChange c : d.changes()) {
      ClassRow a = c.before();
      ClassRow b = c.after();
      sb.append(
          dialect.row(
              b.commune(),
              b.name(),
              b.theme(),
              a.classification().id(),
              b.classification().id(),
              c.kind().name().toLowerCase(java.util.Locale.ROOT),
              plain(b.target(), 0),
              plain(a.score(), 4),
              plain(b.score(), 4),
              plain(a.nearestKm(), 2),
              plain(b.nearestKm(), 2)));
    }
    return sb.toString();
  }

  /** The suggested sites, one row each, in the order chosen. */
  public static String sitesCsv(SiteSuggestion s, CsvDialect dialect) {
    StringBuilder sb = new StringBuilder(dialect.start());
    sb.append(
        dialect.row(
            "rang",
            "code_commune",
            "commune",
            "theme",
            "personnes_nouvellement_a_portee",
            "communes_atteintes"));
    int rank = 1;
    for (Site site : s.sites()) {
      sb.append(
          dialect.row(
              rank++,
              site.commune(),
              site.name(),
              s.theme().id(),
              plain(site.people(), 0),
              String.join(" ", site.reached())));
    }
    return sb.toString();
  }

  private String applied(ScenarioApplier.Applied a) {
    boolean add = a.change().kind() == fr.raquette.action.Scenario.Kind.ADD;
    String what = a.typequ() != null ? a.typequ() : add ? m.get("action.simulate.actor") : "—";
    String key = add ? "action.simulate.added" : "action.simulate.removed";
    return m.get(
        key, cell(a.change().theme()), cell(a.communeName()), a.commune(), a.units(), what);
  }

  private static Map<String, List<ClassChange>> byTheme(DiagnosisDiff d) {
    Map<String, List<ClassChange>> m = new TreeMap<>();
    for (ClassChange c : d.changes()) {
      m.computeIfAbsent(c.before().theme(), k -> new java.util.ArrayList<>()).add(c);
    }
    return m;
  }

  private String names(Simulation s, List<String> codes) {
    List<String> names = new java.util.ArrayList<>();
    for (String c : codes) {
      var commune = s.before().territory().communes().get(c);
      names.add(commune == null ? c : commune.name());
    }
    return String.join(", ", names);
  }

  private String label(Classification c) {
    return c.label(m.lang() == fr.raquette.i18n.Lang.FR);
  }

  private String number(Double v, int decimals) {
    if (v == null) {
      return "—";
    }
    return decimals == 0 ? x.integer(Math.round(v)) : decimals == 1 ? x.decimal1(v) : x.decimal2(v);
  }

  private static String plain(Double v, int decimals) {
    if (v == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    Decimals.append(sb, v, decimals);
    return sb.toString();
  }

  private static String cell(String s) {
    return MarkdownReport.cell(s);
  }
}
