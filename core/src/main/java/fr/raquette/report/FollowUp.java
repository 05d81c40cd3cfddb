package fr.raquette.report;

import fr.raquette.analysis.Diagnosis;
import fr.raquette.analysis.Gap;
import fr.raquette.analysis.Indicator;
import fr.raquette.analysis.Robustness;
import fr.raquette.analysis.ThemeResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The end of the guide's method in the report, for the robust gaps (those that hold at 0.75× and
 * 1.5× the catchments): a plan of action (per theme, the partners to bring around the table, then
 * each commune with the actors of the theme already listed near it, as a checklist) and the
 * "indicateurs de suivi" (each gap's class, score and distance to the nearest supply today), also
 * written as {@code suivi.csv}, which {@code raquette compare} reads back to say how they moved.
 */
public final class FollowUp {
  /** The file of the follow-up indicators, beside indicateurs.csv. */
  public static final String FILE = "suivi.csv";

  /** The partners' referential, one row per theme and partner, with the text that grounds it. */
  static final String PARTNERS = "/fr/raquette/report/partenaires.csv";

  private static final String BOX = "☐ ";

  private final Diagnosis d;
  private final Text x;

  /**
   * A section of the report.
   *
   * @param id its anchor ({@code plan}, {@code suivi})
   * @param title its heading
   * @param markdown its body
   */
  record Part(String id, String title, String markdown) {}

  /** A partner of a theme. */
  record Partner(String theme, String fr, String en, String source) {}

  private FollowUp(Diagnosis d, Text x) {
    this.d = d;
    this.x = x;
  }

  /** The two sections, plan of action then follow-up indicators. */
  static List<Part> parts(Diagnosis d, Text x) {
    FollowUp f = new FollowUp(d, x);
    return List.of(f.plan(), f.indicators());
  }

  /** The gaps to follow: the robust ones of the perimeter, most severe first. */
  static List<Gap> followed(Diagnosis d) {
    return d.gaps().stream()
        .filter(g -> g.indicator().robustness() == Robustness.ROBUSTE)
        .filter(g -> d.territory().inPerimeter(g.indicator().commune()))
        .toList();
  }

  private Part plan() {
    StringBuilder sb = new StringBuilder();
    List<Gap> gaps = followed(d);
    if (gaps.isEmpty()) {
      sb.append(x.msg("report.followup.none")).append("\n\n");
      return new Part("plan", x.msg("report.plan.title"), sb.toString());
    }
    sb.append(x.msg("report.plan.intro", PARTNERS.substring(PARTNERS.lastIndexOf('/') + 1)))
        .append("\n\n");
    Map<String, List<Partner>> partners = partners();
    for (ThemeGaps e : byTheme(gaps)) {
      ThemeResult r = e.theme();
      sb.append("### ").append(MarkdownText.text(label(r))).append("\n\n");
      sb.append(x.msg("report.plan.partners")).append("\n\n");
      for (Partner p : partners.getOrDefault(r.theme().id(), List.of())) {
        sb.append("- ").append(BOX).append(MarkdownText.text(x.french() ? p.fr() : p.en()));
        sb.append(" — _").append(MarkdownText.text(p.source())).append("_\n");
      }
      sb.append('\n').append(x.msg("report.plan.communes")).append("\n\n");
      int n = 0;
      for (Gap g : e.gaps()) {
        if (++n > MarkdownReport.MAX_ROWS) {
          sb.append("- ")
              .append(x.msg("report.followup.more", e.gaps().size() - MarkdownReport.MAX_ROWS))
              .append('\n');
          break;
        }
        sb.append(commune(g));
      }
      sb.append('\n');
    }
    return new Part("plan", x.msg("report.plan.title"), sb.toString());
  }

  /** "- ☐ **Mérinchal (23131)** — trou dans la raquette : an actor (3,2 km), …". */
  private String commune(Gap g) {
    Indicator i = g.indicator();
    String actors = Reasons.actors(g, x, MarkdownText::text, x.msg("report.plan.no-actor"));
    StringBuilder sb = new StringBuilder("- ").append(BOX);
    sb.append(
        x.msg(
            "report.plan.gap",
            MarkdownText.text(i.communeName()),
            i.commune(),
            i.classification().label(x.french()),
            actors));
    return sb.append('\n').toString();
  }

  private Part indicators() {
    StringBuilder sb = new StringBuilder();
    List<Gap> gaps = followed(d);
    if (gaps.isEmpty()) {
      sb.append(x.msg("report.followup.none")).append("\n\n");
      return new Part("suivi", x.msg("report.followup.title"), sb.toString());
    }
    sb.append(x.msg("report.followup.intro", FILE)).append("\n\n");
    sb.append(
        MarkdownReport.header(
            "llrlrr",
            x.msg("report.followup.col.commune"),
            x.msg("report.followup.col.theme"),
            x.msg("report.followup.col.target"),
            x.msg("report.followup.col.class"),
            x.msg("report.followup.col.score"),
            x.msg("report.followup.col.distance")));
    int n = 0;
    for (Gap g : gaps) {
      if (++n > MarkdownReport.MAX_ROWS) {
        break;
      }
      Indicator i = g.indicator();
      sb.append("| ")
          .append(MarkdownText.text(i.communeName()))
          .append(" (")
          .append(i.commune())
          .append(") | ")
          .append(MarkdownText.text(label(g.theme())))
          .append(" | ")
          .append(x.integer(i.targetPopulation()))
          .append(" | ")
          .append(i.classification().label(x.french()))
          .append(" | ")
          .append(i.score() == null ? "—" : x.decimal2(i.score()))
          .append(" | ")
          .append(i.nearestKm() == null ? "—" : x.decimal1(i.nearestKm()))
          .append(" |\n");
    }
    sb.append('\n');
    if (gaps.size() > MarkdownReport.MAX_ROWS) {
      sb.append(x.msg("report.followup.more.see", gaps.size() - MarkdownReport.MAX_ROWS, FILE))
          .append("\n\n");
    }
    return new Part("suivi", x.msg("report.followup.title"), sb.toString());
  }

  /** Writes {@code suivi.csv}: one row per robust gap, the figures to watch. */
  public static void writeCsv(Diagnosis d, CsvDialect dialect, OutputStream stream)
      throws IOException {
    Utf8Sink out = new Utf8Sink(stream);
    TableSink csv = new CsvRows(out, dialect);
    csv.header(
        "code_commune",
        "commune",
        "theme",
        "population_cible",
        "classe",
        "robustesse",
        "severite",
        "score_acces_pour_1000",
        "ratio_reference",
        "distance_plus_proche_km",
        "plus_proche_commune");
    for (Gap g : followed(d)) {
      row(csv, g.indicator());
    }
    out.flush();
  }

  /** One row of suivi.csv, a method of its own for the JIT (see {@link CsvReports}). */
  private static void row(TableSink csv, Indicator i) throws IOException {
    csv.text(i.commune())
        .text(i.communeName())
        .text(i.theme())
        .integer(i.targetPopulation())
        .text(i.classification().id())
        .text(i.robustness().id())
        .number(i.severity(), 1)
        .number(i.score(), 4)
        .number(i.ratio(), 4)
        .number(i.nearestKm(), CsvReports.KM_DECIMALS)
        .text(i.nearestPlace())
        .end();
  }

  private String label(ThemeResult r) {
    return r.theme().label(x.french() ? Locale.FRENCH : Locale.ENGLISH);
  }

  /** A theme and its gaps. */
  private record ThemeGaps(ThemeResult theme, List<Gap> gaps) {}

  /**
   * The gaps grouped by theme, themes in the diagnosis's order, gaps in the given order. Not a map
   * keyed by theme: a record's hash walks its every indicator.
   */
  private List<ThemeGaps> byTheme(List<Gap> gaps) {
    List<ThemeGaps> m = new ArrayList<>();
    for (ThemeResult r : d.themes()) {
      List<Gap> mine = gaps.stream().filter(g -> g.theme() == r).toList();
      if (!mine.isEmpty()) {
        m.add(new ThemeGaps(r, mine));
      }
    }
    return m;
  }

  /** The partners' referential, by theme id, in the file's order. */
  static Map<String, List<Partner>> partners() {
    Map<String, List<Partner>> m = new LinkedHashMap<>();
    try (InputStream in = FollowUp.class.getResourceAsStream(PARTNERS);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      boolean header = true;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split(";", -1);
        if (f.length != 4) {
          throw new IllegalStateException(PARTNERS + ": 4 fields expected: " + line);
        }
        m.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Partner(f[0], f[1], f[2], f[3]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return m;
  }
}
