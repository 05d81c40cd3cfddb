package fr.raquette.report;

import fr.raquette.analysis.Classification;
import fr.raquette.analysis.Classifier;
import fr.raquette.analysis.Diagnosis;
import fr.raquette.analysis.Gap;
import fr.raquette.analysis.Indicator;
import fr.raquette.analysis.Robustness;
import fr.raquette.analysis.ThemeResult;
import fr.raquette.analysis.Yardstick;
import fr.raquette.territory.Actor;
import fr.raquette.territory.CogChange;
import fr.raquette.territory.Commune;
import fr.raquette.territory.DeclaredNeed;
import fr.raquette.territory.InputFile;
import fr.raquette.territory.Territory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The diagnosis report, in the order of the guide Territoires solidaires: synthèse, portrait, offre
 * existante, besoins déclarés, trous dans la raquette, réponses à renforcer, acteurs à mobiliser,
 * méthode et sources, limites.
 */
public final class MarkdownReport {
  /** How many rows the long tables show; the CSV files hold them all. */
  static final int MAX_ROWS = 25;

  private final Diagnosis d;
  private final Text x;
  private final String version;
  private final Map<MapId, String> maps;
  private final StringBuilder sb = new StringBuilder();
  private final List<Mark> marks = new ArrayList<>();

  /** Where each map link stands in {@link #sb}: [start, end). */
  private final List<int[]> links = new ArrayList<>();

  /** Where a section starts in {@link #sb}: at its heading, and after it. */
  private record Mark(String id, String title, int start, int bodyStart) {}

  /**
   * One part of the report: {@code intro} (the title and the line under it), then {@code synthese},
   * {@code portrait}, {@code offre}, {@code besoins}, {@code trous}, {@code renforcer}, {@code
   * acteurs}, {@code plan}, {@code suivi}, {@code methode}, {@code limites}.
   *
   * @param markdown the section's body, without its heading
   */
  record Section(String id, String title, String markdown) {}

  private MarkdownReport(Diagnosis d, Text x, String version, Map<MapId, String> maps) {
    this.d = d;
    this.x = x;
    this.version = version;
    this.maps = maps;
  }

  /**
   * @param maps which map → relative path of its image, to link
   */
  public static String render(Diagnosis d, Text x, String version, Map<MapId, String> maps) {
    return new MarkdownReport(d, x, version, maps).render();
  }

  /**
   * The report rendered once, for both its renderings: the Markdown of {@code rapport.md} (with the
   * links to the map images) and the same text cut into sections without those links, which {@code
   * rapport.html} converts (it draws the maps inline instead).
   */
  record Rendered(String markdown, List<Section> sections) {}

  /** Renders the report once (see {@link Rendered}). */
  static Rendered rendered(Diagnosis d, Text x, String version, Map<MapId, String> maps) {
    MarkdownReport r = new MarkdownReport(d, x, version, maps);
    String markdown = r.render();
    return new Rendered(markdown, r.sections());
  }

  /** The rendered text cut at its marks, the map links left out. */
  private List<Section> sections() {
    List<Section> out = new ArrayList<>();
    for (int i = 0; i < marks.size(); i++) {
      Mark m = marks.get(i);
      int end = i + 1 < marks.size() ? marks.get(i + 1).start() : sb.length();
      out.add(new Section(m.id(), m.title(), withoutLinks(m.bodyStart(), end)));
    }
    return out;
  }

  /** The text from {@code from} to {@code to} without the map links it holds. */
  private String withoutLinks(int from, int to) {
    StringBuilder out = new StringBuilder(to - from);
    int at = from;
    for (int[] link : links) {
      if (link[0] >= at && link[1] <= to) {
        out.append(sb, at, link[0]);
        at = link[1];
      }
    }
    return out.append(sb, at, to).toString();
  }

  /** An image link to a map, when the map is drawn; its place kept for {@link #sections()}. */
  private void mapLink(MapId id, String label) {
    String path = maps.get(id);
    if (path != null) {
      int start = sb.length();
      sb.append("![").append(label).append("](").append(path).append(")\n\n");
      links.add(new int[] {start, sb.length()});
    }
  }

  private Locale locale() {
    return x.french() ? Locale.FRENCH : Locale.ENGLISH;
  }

  private String render() {
    String title = x.msg("md.title") + md(d.territory().name());
    int start = sb.length();
    sb.append("# ").append(title).append("\n\n");
    marks.add(new Mark("intro", title, start, sb.length()));
    sb.append(x.msg("md.produced.by")).append(version).append(x.msg("md.produced.from"));
    synthesis();
    portrait();
    cities();
    supply();
    needs();
    gaps(Classification.TROU, gapsTitle(Classification.TROU, x));
    gaps(Classification.RENFORCER, gapsTitle(Classification.RENFORCER, x));
    actors();
    followUp();
    method();
    limits();
    return sb.toString();
  }

  /** The title of the gaps or weak answers section. */
  static String gapsTitle(Classification cls, Text x) {
    return cls == Classification.TROU ? x.msg("md.gaps.title") : x.msg("md.strengthen.title");
  }

  /** The one-paragraph definition of a gap or a weak answer. */
  static String gapsDefinition(Classification cls, Text x) {
    return cls == Classification.TROU
        ? x.msg("md.gaps.definition")
        : x.msg("md.strengthen.definition");
  }

  private void h2(String id, String title) {
    int start = sb.length();
    sb.append("## ").append(title).append("\n\n");
    marks.add(new Mark(id, title, start, sb.length()));
  }

  private void synthesis() {
    h2("synthese", x.msg("md.summary.title"));
    mapLink(MapId.OVERVIEW, x.msg("md.summary.map"));
    long trous =
        d.gaps().stream()
            .filter(g -> g.indicator().classification() == Classification.TROU)
            .count();
    long renf = d.gaps().size() - trous;
    sb.append(
        x.msg(
            "report.summary.counts",
            (long) d.territory().perimeterCommunes().size(),
            (long) d.themes().size(),
            trous,
            renf));
    sb.append("\n\n");
    if (!d.territory().borderCorrected()) {
      sb.append(borderNote()).append("\n\n");
    }
    robustnessAndYardstick();
    List<Gap> examples = d.gaps().stream().filter(this::restsOnIllustrativeNeeds).toList();
    mostImportant();
    if (!examples.isEmpty()) {
      sb.append(x.msg("md.summary.examples", (long) examples.size(), illustrativeNeedFiles()))
          .append("\n\n");
    }
    themeCounts();
    areas();
  }

  /**
   * The ten most important findings, but for those resting on illustrative needs: robust findings
   * first, then those measured before those resting on declared needs alone, each group by severity
   * (the gaps' order).
   */
  private void mostImportant() {
    List<Gap> top =
        d.gaps().stream()
            .filter(g -> !restsOnIllustrativeNeeds(g))
            .sorted(
                Comparator.comparingInt(
                        (Gap g) -> g.indicator().robustness() == Robustness.SENSIBLE ? 1 : 0)
                    .thenComparingInt(g -> Classifier.restsOnDeclaredNeeds(g.indicator()) ? 1 : 0))
            .limit(10)
            .toList();
    if (top.isEmpty()) {
      return;
    }
    if (!d.territory().equipmentVintage().isEmpty()) {
      // Beside the findings, not only in Limites: the first reader who knows the territory
      // checks them against today's services.
      sb.append(x.msg("md.summary.vintage", bpeVintages())).append("\n\n");
    }
    sb.append(x.msg("md.summary.most.important")).append("\n\n");
    for (Gap g : top) {
      sb.append("- **")
          .append(md(g.indicator().communeName()))
          .append("** — ")
          .append(md(g.theme().theme().label(locale())))
          .append(" (")
          .append(g.indicator().classification().label(x.french()))
          .append(x.msg("md.sep.paren.colon"))
          .append(Reasons.of(g.indicator(), g.theme(), x))
          .append(
              Classifier.restsOnDeclaredNeeds(g.indicator())
                  ? x.msg("report.finding.declaredOnly")
                  : "")
          .append(".\n");
    }
    sb.append('\n');
  }

  /** Each theme's communes by class. */
  private void themeCounts() {
    sb.append(
        header(
            "lrrrr",
            x.msg("report.col.theme"),
            x.msg("md.col.gaps"),
            x.msg("md.col.strengthen"),
            x.msg("md.col.covered"),
            x.msg("md.col.not.assessable")));
    for (ThemeResult r : d.themes()) {
      ClassCounts n = ClassCounts.of(r);
      sb.append("| ")
          .append(themeLink(r))
          .append(" | ")
          .append(n.of(Classification.TROU))
          .append(" | ")
          .append(n.of(Classification.RENFORCER))
          .append(" | ")
          .append(n.of(Classification.COUVERT))
          .append(" | ")
          .append(n.of(Classification.NON_EVALUABLE))
          .append(" |\n");
    }
    sb.append('\n');
  }

  /**
   * Beyond {@link Aggregates#COMMUNES} communes: every theme's gaps by département (or by EPCI
   * within one département), the worst communes named.
   */
  private void areas() {
    if (!Aggregates.applies(d)) {
      return;
    }
    Aggregates.Level level = Aggregates.level(d);
    boolean dep = level == Aggregates.Level.DEPARTEMENT;
    sb.append(dep ? x.msg("md.by.departement.all") : x.msg("md.by.epci.all"))
        .append(x.msg("md.by.area.counted"))
        .append("\n\n");
    sb.append(
        header(
            "lrrrrl",
            dep ? x.msg("html.col.departement") : "EPCI",
            "Communes",
            x.msg("md.col.gaps"),
            x.msg("md.col.strengthen"),
            x.msg("md.col.population.concerned"),
            x.msg("html.col.worst")));
    for (Aggregates.Row r : Aggregates.rows(d, null, level, x)) {
      sb.append("| ")
          .append(cell(r.label()))
          .append(" | ")
          .append(x.integer(r.communes()))
          .append(" | ")
          .append(x.integer(r.trous()))
          .append(" | ")
          .append(x.integer(r.renforcer()))
          .append(" | ")
          .append(x.integer(r.population()))
          .append(" | ")
          .append(r.worst().isEmpty() ? "—" : cell(String.join(", ", r.worst())))
          .append(" |\n");
    }
    sb.append('\n').append(x.msg("md.detail.in.csv")).append("\n\n");
  }

  /** How many findings hold at 0.75× and 1.5× the catchments, and what "à renforcer" meets. */
  private void robustnessAndYardstick() {
    long[] robust = new long[2];
    long judged = 0;
    for (Gap g : d.gaps()) {
      if (g.indicator().robustness() != Robustness.SANS_OBJET) {
        judged++;
      }
      if (g.indicator().robustness() == Robustness.ROBUSTE) {
        robust[g.indicator().classification() == Classification.TROU ? 0 : 1]++;
      }
    }
    if (judged > 0) {
      sb.append(x.msg("md.robust", robust[0], robust[1])).append("\n\n");
    }
    sb.append(
            d.options().yardstick().isTerritory()
                ? x.msg("md.strengthen.territory.mean")
                : x.msg("md.strengthen.national.mean"))
        .append("\n\n");
  }

  private String themeLink(ThemeResult r) {
    return md(r.theme().label(locale()));
  }

  private void portrait() {
    Territory t = d.territory();
    h2("portrait", x.msg("md.profile.title"));
    TreeSet<String> deps = new TreeSet<>();
    TreeSet<String> epcis = new TreeSet<>();
    for (Commune c : t.perimeterCommunes().values()) {
      deps.add(c.departement());
      if (!c.epci().isEmpty()) {
        epcis.add(c.epci());
      }
    }
    sb.append("- ")
        .append(x.msg("md.profile.communes"))
        .append(x.integer(t.perimeterCommunes().size()))
        .append(x.msg("md.profile.departements"))
        .append(String.join(", ", deps))
        .append(x.msg("md.sep.semicolon"))
        .append(epcis.size())
        .append(" EPCI)\n");
    sb.append("- ")
        .append(x.msg("md.profile.population"))
        .append(x.integer(t.perimeterPopulation()))
        .append('\n');
    long small = t.perimeterCommunes().values().stream().filter(c -> c.population() < 200).count();
    sb.append("- ")
        .append(x.msg("md.profile.small.communes"))
        .append(x.integer(small))
        .append('\n');
    double equipment =
        t.equipment().entrySet().stream()
            .filter(e -> t.inPerimeter(e.getKey()))
            .flatMap(e -> e.getValue().values().stream())
            .mapToDouble(Double::doubleValue)
            .sum();
    sb.append("- ").append(x.msg("md.profile.equipment")).append(x.integer(equipment)).append('\n');
    sb.append("- ")
        .append(x.msg("md.profile.actors"))
        .append(x.integer(t.actors().stream().filter(a -> t.inPerimeter(a.commune())).count()))
        .append("\n\n");
    List<Commune> biggest = largest(t.perimeterCommunes().values(), 5);
    sb.append(x.msg("md.profile.largest"));
    List<String> names = new ArrayList<>();
    for (Commune c : biggest) {
      names.add(md(c.name()) + " (" + x.integer(c.population()) + ")");
    }
    sb.append(String.join(", ", names)).append(".\n\n");
    NeedSummary.portrait(sb, d, x);
  }

  /**
   * The {@code n} most populated communes, the largest first (then by code): picked in one pass,
   * not by sorting all of France's.
   */
  static List<Commune> largest(java.util.Collection<Commune> communes, int n) {
    Comparator<Commune> order =
        Comparator.comparingLong(Commune::population).reversed().thenComparing(Commune::code);
    List<Commune> top = new ArrayList<>(n + 1);
    for (Commune c : communes) {
      if (top.size() < n || order.compare(c, top.get(top.size() - 1)) < 0) {
        int at = top.size();
        while (at > 0 && order.compare(c, top.get(at - 1)) < 0) {
          at--;
        }
        top.add(at, c);
        if (top.size() > n) {
          top.remove(n);
        }
      }
    }
    return top;
  }

  /** Paris, Lyon, Marseille by arrondissement, with the city as a subtotal (when they are). */
  private void cities() {
    String body = CityLevels.section(d, x);
    if (!body.isEmpty()) {
      h2("arrondissements", x.msg("md.cities.title"));
      sb.append(body);
    }
    String iris = CityLevels.irisSection(d, x);
    if (!iris.isEmpty()) {
      h2("quartiers", x.msg("md.iris.title"));
      sb.append(iris);
    }
  }

  private void supply() {
    h2("offre", x.msg("md.supply.title"));
    sb.append(
        header(
            "lrrrrrr",
            x.msg("report.col.theme"),
            x.msg("md.supply.col.equipment"),
            x.msg("actors.col.actors"),
            x.msg("md.supply.col.local"),
            x.msg("md.supply.col.accessibility"),
            x.msg("md.supply.col.yardstick"),
            x.msg("md.supply.col.catchment")));
    for (ThemeResult r : d.themes()) {
      long local =
          r.indicators().stream()
              .filter(i -> i.localEquipment() > 0 || i.localActors() > 0)
              .count();
      sb.append("| ")
          .append(md(r.theme().label(locale())))
          .append(" | ")
          .append(x.integer(r.equipment()))
          .append(" | ")
          .append(x.integer(r.actors()))
          .append(" | ")
          .append(x.integer(local))
          .append(" | ")
          .append(
              r.assessable() && !Double.isNaN(r.yardstick().territoryMean())
                  ? x.decimal2(r.yardstick().territoryMean())
                  : x.msg("md.not.assessable"))
          .append(" | ")
          .append(r.assessable() ? yardstick(r) : "—")
          .append(" | ")
          .append(x.decimal1(r.theme().bands().max()))
          .append(" |\n");
    }
    sb.append('\n');
    departements();
    for (ThemeResult r : d.themes()) {
      mapLink(MapId.theme(r.theme().id()), md(r.theme().label(locale())));
    }
  }

  /**
   * The département-scale elements (CHRS, IME, ESAT...): presence and count per 100,000 of the
   * target population, one row per element and département, never a commune-by-commune gap.
   */
  private void departements() {
    List<fr.raquette.analysis.DepartementRow> rows =
        d.themes().stream().flatMap(r -> r.departements().stream()).toList();
    if (rows.isEmpty()) {
      return;
    }
    sb.append(x.msg("md.departement.services.title"))
        .append(x.msg("md.departement.services.intro"))
        .append(
            header(
                "lllrrl",
                x.msg("report.col.theme"),
                x.msg("md.departement.col.service"),
                x.msg("html.col.departement"),
                x.msg("md.departement.col.count"),
                x.msg("md.departement.col.per.100000"),
                x.msg("md.departement.col.nearest")));
    for (ThemeResult r : d.themes()) {
      for (fr.raquette.analysis.DepartementRow row : r.departements()) {
        sb.append("| ")
            .append(r.theme().label(locale()))
            .append(" | ")
            .append(cell(row.element().label(locale())))
            .append(" | ")
            .append(row.departement())
            .append(" | ")
            .append(x.integer(row.count()))
            .append(" | ")
            .append(row.per100k() == null ? "—" : x.decimal1(row.per100k()))
            .append(" | ")
            .append(
                row.present()
                    ? ""
                    : row.nearestKm() == null
                        ? x.msg("md.departement.none.loaded")
                        : cell(row.nearestPlace()) + ", " + x.decimal1(row.nearestKm()) + " km")
            .append(" |\n");
      }
    }
    sb.append('\n');
  }

  /**
   * Whether a finding rests on declared needs alone, all of them from files marked illustrative
   * ({@link DeclaredNeed#illustrative}): an invented need is an example of the method, never one of
   * the territory's most important findings.
   */
  private boolean restsOnIllustrativeNeeds(Gap g) {
    if (!Classifier.restsOnDeclaredNeeds(g.indicator())) {
      return false;
    }
    List<DeclaredNeed> own =
        d.territory().needs().stream()
            .filter(n -> n.commune().equals(g.indicator().commune()))
            .filter(n -> n.theme().equals(g.theme().theme().id()))
            .toList();
    return !own.isEmpty() && own.stream().allMatch(DeclaredNeed::illustrative);
  }

  /** The files of illustrative declared needs, by name, for the notes that say so. */
  private String illustrativeNeedFiles() {
    return String.join(
        ", ",
        new java.util.TreeSet<>(
            d.territory().needs().stream()
                .filter(DeclaredNeed::illustrative)
                .map(n -> n.origin().file())
                .toList()));
  }

  private void needs() {
    h2("besoins", x.msg("md.needs.title"));
    List<DeclaredNeed> needs =
        d.territory().needs().stream().filter(n -> d.territory().inPerimeter(n.commune())).toList();
    if (needs.isEmpty()) {
      sb.append(x.msg("md.needs.none"));
      return;
    }
    if (needs.stream().anyMatch(DeclaredNeed::illustrative)) {
      sb.append(x.msg("md.needs.illustrative", illustrativeNeedFiles())).append("\n\n");
    }
    Map<String, double[]> byTheme =
        fr.raquette.territory.NeedTally.by(needs, n -> true, DeclaredNeed::theme, new TreeMap<>());
    sb.append(
        header(
            "lrr",
            x.msg("report.col.theme"),
            x.msg("md.needs.col.needs"),
            x.msg("md.needs.col.persons")));
    byTheme.forEach(
        (th, a) ->
            sb.append("| ")
                .append(themeLabel(th))
                .append(" | ")
                .append(x.integer(a[0]))
                .append(" | ")
                .append(x.integer(a[1]))
                .append(" |\n"));
    sb.append('\n');
    sb.append(
        header("lllll", "Commune", x.msg("report.col.theme"), "Public", "Description", "Source"));
    List<DeclaredNeed> sorted = new ArrayList<>(needs);
    sorted.sort(
        Comparator.comparing(DeclaredNeed::commune)
            .thenComparing(DeclaredNeed::theme)
            .thenComparing(n -> n.origin().toString()));
    for (DeclaredNeed n : sorted) {
      Commune c = d.territory().communes().get(n.commune());
      sb.append("| ")
          .append(cell(c == null ? n.commune() : c.name()))
          .append(" | ")
          .append(themeLabel(n.theme()))
          .append(" | ")
          .append(cell(n.publicConcerned()))
          .append(" | ")
          .append(cell(n.description()))
          .append(" | ")
          .append(cell(n.source()))
          .append(" |\n");
    }
    sb.append('\n');
  }

  private String themeLabel(String id) {
    return d.themes().stream()
        .filter(r -> r.theme().id().equals(id))
        .map(r -> md(r.theme().label(locale())))
        .findFirst()
        .orElse(id);
  }

  private void gaps(Classification cls, String title) {
    h2(cls == Classification.TROU ? "trous" : "renforcer", title);
    List<Gap> list = d.gaps().stream().filter(g -> g.indicator().classification() == cls).toList();
    if (list.isEmpty()) {
      sb.append(x.msg("md.none"));
      return;
    }
    sb.append(gapsDefinition(cls, x)).append("\n\n");
    sb.append(
        header(
            "rllrl",
            "#",
            "Commune",
            x.msg("report.col.theme"),
            x.msg("report.severity.column"),
            x.msg("report.col.reason")));
    int n = 0;
    for (Gap g : list) {
      if (++n > MAX_ROWS) {
        break;
      }
      Indicator i = g.indicator();
      sb.append("| ")
          .append(n)
          .append(" | ")
          .append(cell(i.communeName()))
          .append(" (")
          .append(i.commune())
          .append(") | ")
          .append(md(g.theme().theme().label(locale())))
          .append(" | ")
          .append(x.integer(i.severity()))
          .append(" | ")
          .append(cell(Reasons.of(i, g.theme(), x)))
          .append(" |\n");
    }
    sb.append('\n');
    if (list.size() > MAX_ROWS) {
      sb.append(x.msg("md.more.rows", x.integer(list.size() - MAX_ROWS))).append("\n\n");
    }
  }

  private void actors() {
    h2("acteurs", x.msg("html.col.actors"));
    sb.append(x.msg("md.actors.intro"))
        .append(x.decimal1(d.options().actorsRadiusKm()))
        .append(x.msg("md.actors.intro.end"));
    int n = 0;
    for (Gap g : d.gaps()) {
      if (++n > MAX_ROWS) {
        break;
      }
      Indicator i = g.indicator();
      sb.append("- **")
          .append(md(i.communeName()))
          .append("** — ")
          .append(md(g.theme().theme().label(locale())))
          .append(x.msg("md.sep.colon"));
      sb.append(Reasons.actors(g, x, MarkdownReport::md, x.msg("md.actors.none.nearby")));
      sb.append('\n');
    }
    sb.append('\n');
  }

  /** The plan of action and the follow-up indicators of the robust gaps ({@link FollowUp}). */
  private void followUp() {
    for (FollowUp.Part p : FollowUp.parts(d, x)) {
      h2(p.id(), p.title());
      sb.append(p.markdown());
    }
  }

  /** "2,49 (nationale)", "1,35 (territoire)". */
  private String yardstick(ThemeResult r) {
    return x.decimal2(r.referenceScore())
        + (r.yardstick().kind() == Yardstick.Kind.NATIONAL
            ? x.msg("md.yardstick.national")
            : x.msg("md.yardstick.territory"));
  }

  /**
   * The minute bands of a theme's elements judged by distance, each set once: « 0–10 min : poids 1
   * ; 10–20 min : poids 0,68 ; 20–30 min : poids 0,22 ».
   */
  private String minuteBands(ThemeResult r) {
    java.util.LinkedHashSet<fr.raquette.access.DistanceBands> all = new java.util.LinkedHashSet<>();
    r.theme().elements().stream()
        .filter(e -> e.scale().byDistance())
        .forEach(e -> all.add(e.bandsMin()));
    List<String> out = new ArrayList<>();
    for (fr.raquette.access.DistanceBands b : all) {
      out.add(bands(b, "report.band.min"));
    }
    return out.isEmpty() ? "—" : String.join(" / ", out);
  }

  /** Distance bands as a person writes them: « 0–5 km : poids 1 ; 5–10 km : poids 0,68 ». */
  private String bands(fr.raquette.access.DistanceBands b) {
    return bands(b, "report.band");
  }

  /** Bands with {@code key} for one band: in km ({@code report.band}) or minutes. */
  private String bands(fr.raquette.access.DistanceBands b, String key) {
    StringBuilder out = new StringBuilder();
    double from = 0;
    for (int i = 0; i < b.limits().length; i++) {
      out.append(i > 0 ? x.msg("md.sep.semicolon") : "")
          .append(
              x.msg(key, x.decimal2(from), x.decimal2(b.limits()[i]), x.decimal2(b.weights()[i])));
      from = b.limits()[i];
    }
    return out.toString();
  }

  private void method() {
    Territory t = d.territory();
    h2("methode", x.msg("md.method.title"));
    boolean minutes = !t.travelTimes().isEmpty();
    if (minutes) {
      sb.append(
          x.msg(
              "report.method.minutes",
              String.join(", ", t.travelTimes().files()),
              x.integer(t.travelTimes().pairs())));
    }
    sb.append(minutes ? x.msg("report.method.minutes.then") : x.msg("md.method.intro"))
        .append(d.options().method().id().toUpperCase(Locale.ROOT))
        .append(x.msg("md.method.fca"));
    sb.append(x.msg("report.severity.formula")).append("\n\n");
    methodThemes(minutes);
    methodYardstick();
    sourceFiles(t);
    cogChanges(t);
    sb.append(x.msg("md.tool")).append(version).append(".\n\n");
  }

  /** Each theme's bands, threshold and BPE codes. */
  private void methodThemes(boolean minutes) {
    sb.append(
        header(
            "llrrl",
            x.msg("report.col.theme"),
            x.msg("report.bands.title"),
            x.msg("md.method.col.threshold"),
            x.msg("md.method.col.strengthen.below"),
            x.msg("md.method.col.bpe.codes")));
    for (ThemeResult r : d.themes()) {
      sb.append("| ")
          .append(md(r.theme().label(locale())))
          .append(" | ")
          .append(minutes ? minuteBands(r) : bands(r.theme().bands()))
          .append(" | ")
          .append(x.integer(r.theme().minimumPopulation()))
          .append(" | ")
          .append(x.decimal2(r.theme().reinforceBelow()))
          .append(" | ")
          .append(r.bpeCodes().isEmpty() ? "—" : String.join(", ", r.bpeCodes()))
          .append(" |\n");
    }
    sb.append('\n');
  }

  /** The files read, with their role, records and SHA-256. */
  private void sourceFiles(Territory t) {
    sb.append(x.msg("md.sources.files.read")).append("\n\n");
    sb.append(
        header(
            "llrl",
            x.msg("md.sources.col.file"),
            x.msg("md.sources.col.role"),
            x.msg("md.sources.col.records"),
            "SHA-256"));
    for (InputFile f : t.inputs()) {
      sb.append("| `")
          .append(codeSpan(f.path()))
          .append("` | ")
          .append(f.role().id())
          .append(" | ")
          .append(x.integer(f.records()))
          .append(" | `")
          .append(f.sha256())
          .append("` |\n");
    }
    sb.append('\n');
  }

  /** The codes reconciled with or dropped from the COG, by reason. */
  private void cogChanges(Territory t) {
    Map<CogChange.Kind, long[]> cog = new TreeMap<>();
    for (CogChange c : t.cogChanges()) {
      long[] a = cog.computeIfAbsent(c.kind(), k -> new long[2]);
      a[0]++;
      a[1] += c.records();
    }
    sb.append(x.msg("md.cog.title"))
        .append(t.cogYear().isEmpty() ? x.msg("md.cog.of.communes.file") : t.cogYear())
        .append(" :");
    if (cog.isEmpty()) {
      sb.append(x.msg("md.cog.none"));
    } else {
      sb.append("\n\n");
      cog.forEach(
          (k, a) ->
              sb.append("- ")
                  .append(k.dropped() ? x.msg("md.cog.dropped") : x.msg("md.cog.reconciled"))
                  .append(" — ")
                  .append(x.cogReason(k.reason()))
                  .append(" : ")
                  .append(x.integer(a[0]))
                  .append(x.msg("md.cog.codes"))
                  .append(x.integer(a[1]))
                  .append(x.msg("md.cog.records")));
      sb.append('\n');
    }
  }

  /** The yardstick and the sensitivity, said in the method section. */
  private void methodYardstick() {
    fr.raquette.analysis.NationalReference n = d.options().yardstick().national();
    if (n == null) {
      sb.append(x.msg("md.yardstick.territory.note"));
    } else {
      sb.append(x.msg("md.yardstick.national.note"))
          .append(n.source())
          .append(x.msg("md.recomputed.by"))
          .append(n.command())
          .append(x.msg("md.bpe.vintage.sep"))
          .append(String.join(", ", n.bpeVintages().stream().map(String::valueOf).toList()))
          .append(x.msg("md.yardstick.values.note"));
    }
    if (d.options().sensitivity()) {
      sb.append(x.msg("md.sensitivity"));
    }
  }

  private void limits() {
    h2("limites", x.msg("md.limits.title"));
    List<String> items = new ArrayList<>();
    for (ThemeResult r : d.themes()) {
      String need = NeedSummary.limit(r, d.territory(), x, locale());
      if (need != null) {
        items.add(need);
      }
      items.addAll(ElementReasons.coverage(r, x, locale()));
      items.addAll(ElementReasons.homeAbsent(r, d.territory(), x, locale()));
      if (!r.assessable() && !r.departements().isEmpty()) {
        items.add(x.msg("md.limit.departement.only", r.theme().label(locale())));
      } else if (!r.assessable()) {
        items.add(
            x.msg(
                "md.limit.not.assessable",
                md(r.theme().label(locale())),
                md(r.theme().target().label(locale()))));
      }
    }
    items.addAll(yardstickLimits());
    if (!d.territory().borderCorrected()) {
      items.add(borderNote());
    }
    items.add(
        d.territory().travelTimes().isEmpty() ? x.msg("md.limits.straight.lines") : minutesLimit());
    items.add(x.msg("md.limits.bpe.absence"));
    items.add(x.msg("md.limits.actors"));
    items.addAll(CityLevels.limits(d.territory(), x));
    TreeSet<Integer> vintages = new TreeSet<>(d.territory().equipmentVintage().values());
    if (!vintages.isEmpty()) {
      items.add(x.msg("report.bpe.vintages", vintages.size(), bpeVintages()));
    }
    for (String s : items) {
      sb.append("- ").append(s).append('\n');
    }
    sb.append('\n');
  }

  /** The BPE vintages the supply was counted from, "2013 et 2018"; empty without BPE. */
  private String bpeVintages() {
    TreeSet<Integer> vintages = new TreeSet<>(d.territory().equipmentVintage().values());
    return fr.raquette.i18n.French.list(
        vintages.stream().map(String::valueOf).toList(), x.messages().lang());
  }

  /**
   * What a diagnosis in minutes rests on: the file's times, unlisted pairs out of reach, communes
   * the file does not mention not judged, the yardstick in km not used.
   */
  private String minutesLimit() {
    Territory t = d.territory();
    long unlisted =
        t.perimeterCommunes().keySet().stream()
            .filter(c -> !t.travelTimes().communes().contains(c))
            .count();
    return x.msg(
        "report.limit.minutes",
        String.join(", ", t.travelTimes().files()),
        unlisted,
        d.options().yardstick().isTerritory() ? 0 : 1);
  }

  /** The themes judged against their territory's mean although a national one was asked for. */
  private List<String> yardstickLimits() {
    List<String> items = new ArrayList<>();
    if (d.options().yardstick().isTerritory()) {
      return items;
    }
    for (ThemeResult r : d.themes()) {
      String why =
          switch (r.yardstick().note()) {
            case NO_VALUE -> x.msg("md.reference.no.value");
            case OTHER_DEFINITION ->
                d.territory().travelTimes().isEmpty()
                    ? x.msg("md.reference.theme.differs")
                    : x.msg("report.yardstick.minutes");
            case OTHER_VINTAGE -> x.msg("md.reference.vintage.differs");
            default -> null;
          };
      if (why != null && r.assessable()) {
        items.add(r.theme().label(locale()) + x.msg("md.reference.compared.territory") + why + ".");
      }
    }
    boolean localActors =
        d.territory().actors().stream()
            .anyMatch(
                a -> a.sources().stream().anyMatch(s -> !Actor.Source.FRANCE_SERVICES.names(s)));
    if (localActors) {
      items.add(x.msg("md.limits.national.yardstick"));
    }
    return items;
  }

  private String borderNote;

  /**
   * Whether a folder holds every metropolitan département (the national folder): its only border
   * left is the country's, which no context ring can widen.
   */
  static boolean coversMetropolitanFrance(java.util.Collection<Commune> communes) {
    java.util.Set<String> deps = new java.util.HashSet<>();
    for (Commune c : communes) {
      deps.add(c.departement());
    }
    for (int d = 1; d <= 95; d++) {
      String code = d < 10 ? "0" + d : Integer.toString(d);
      if (d != 20 && !deps.contains(code)) {
        return false;
      }
    }
    return deps.contains("2A") && deps.contains("2B");
  }

  /**
   * For a folder without a context ring: the border effect is not corrected, and which communes lie
   * within the widest catchment of the folder's edge (coast included: without the neighbours'
   * outlines, a coast and a land border look alike).
   */
  private String borderNote() {
    if (borderNote != null) {
      return borderNote;
    }
    Territory t = d.territory();
    double km = d.themes().stream().mapToDouble(r -> r.theme().bands().max()).max().orElse(0);
    java.util.SortedSet<String> near =
        fr.raquette.geo.Edges.near(t.outlines(), t.anchors(), t.communes().keySet(), km);
    List<String> names = new ArrayList<>();
    for (String code : near) {
      if (names.size() == 12) {
        names.add(x.msg("md.ellipsis"));
        break;
      }
      names.add(t.communes().get(code).name());
    }
    String list = near.isEmpty() ? "" : " (" + String.join(", ", names) + ")";
    if (coversMetropolitanFrance(t.communes().values())) {
      // All of France: no ring can be added; what is missing is supply abroad.
      borderNote = x.msg("report.border.national", (long) near.size(), x.integer(km), list);
      return borderNote;
    }
    borderNote =
        x.msg("md.border.effect", x.integer(near.size()), x.integer(km), list, near.size());
    return borderNote;
  }

  /**
   * A Markdown table header: the cells, then the separator row, where {@code align} has one letter
   * a column, {@code l} (left) or {@code r} (right, for numbers).
   */
  static String header(String align, String... cells) {
    if (align.length() != cells.length) {
      throw new IllegalArgumentException(align + " does not fit " + cells.length + " columns");
    }
    StringBuilder sb = new StringBuilder("| ").append(String.join(" | ", cells)).append(" |\n|");
    for (char a : align.toCharArray()) {
      sb.append(a == 'r' ? "---:|" : "---|");
    }
    return sb.append('\n').toString();
  }

  /**
   * A table cell of text from the data: no line break, no pipe, no markup (see {@link
   * MarkdownText}).
   */
  static String cell(String s) {
    return MarkdownText.text(s);
  }

  /**
   * Text inside a code span ({@code `…`}), where backslash escapes do not apply: no backtick (it
   * would close the span), no pipe (it would split the table cell), no line break.
   */
  private static String codeSpan(String s) {
    return MarkdownText.text(s).replace("\\`", "'").replace("\\|", "¦").replaceAll("\\\\(.)", "$1");
  }

  /** Text from the data, inert in Markdown. */
  private static String md(String s) {
    return MarkdownText.text(s);
  }
}
