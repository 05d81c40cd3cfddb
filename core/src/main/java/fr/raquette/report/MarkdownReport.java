package fr.raquette.report;

import fr.raquette.analysis.Classification;
import fr.raquette.analysis.Classifier;
import fr.raquette.analysis.Diagnosis;
import fr.raquette.analysis.Gap;
import fr.raquette.analysis.Indicator;
import fr.raquette.analysis.Robustness;
import fr.raquette.analysis.ThemeResult;
import fr.raquette.analysis.Yardstick;
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

  /** The report cut into its sections, for other renderings of the same text (HTML). */
  static List<Section> sections(Diagnosis d, Text x, String version, Map<MapId, String> maps) {
    MarkdownReport r = new MarkdownReport(d, x, version, maps);
    r.render();
    List<Section> out = new ArrayList<>();
    for (int i = 0; i < r.marks.size(); i++) {
      Mark m = r.marks.get(i);
      int end = i + 1 < r.marks.size() ? r.marks.get(i + 1).start() : r.sb.length();
      out.add(new Section(m.id(), m.title(), r.sb.substring(m.bodyStart(), end)));
    }
    return out;
  }

  private Locale locale() {
    return x.french() ? Locale.FRENCH : Locale.ENGLISH;
  }

  private String render() {
    String title =
        x.t("Diagnostic territorial — ", "Territorial diagnosis — ") + md(d.territory().name());
    int start = sb.length();
    sb.append("# ").append(title).append("\n\n");
    marks.add(new Mark("intro", title, start, sb.length()));
    sb.append(x.t("_Rapport produit par Raquette ", "_Report produced by Raquette "))
        .append(version)
        .append(
            x.t(
                " à partir de données ouvertes, selon la démarche du guide *Territoires solidaires*"
                    + " (Croix-Rouge française, Avise, Familles Rurales et al., 2022)._\n\n",
                " from open data, following the method of the guide *Territoires solidaires*"
                    + " (Croix-Rouge française, Avise, Familles Rurales et al., 2022)._\n\n"));
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
    return cls == Classification.TROU
        ? x.t("Trous dans la raquette", "Gaps (trous dans la raquette)")
        : x.t("Réponses à renforcer", "Answers to strengthen");
  }

  /** The one-paragraph definition of a gap or a weak answer. */
  static String gapsDefinition(Classification cls, Text x) {
    return cls == Classification.TROU
        ? x.t(
            "Un besoin (déclaré, ou une population cible au-dessus du seuil du thème) sans aucune offre dans la zone de desserte.",
            "A need (declared, or a target population above the theme's minimum) with no supply within the catchment.")
        : x.t(
            "Une offre est à portée, mais l'accessibilité est nettement sous la référence (la moyenne nationale du même indicateur, sauf mention contraire dans la méthode), ou des besoins sont déclarés malgré elle.",
            "Supply is in reach, but accessibility is well below the yardstick (the national mean of the same indicator, unless the method says otherwise), or needs are declared despite it.");
  }

  private void h2(String id, String title) {
    int start = sb.length();
    sb.append("## ").append(title).append("\n\n");
    marks.add(new Mark(id, title, start, sb.length()));
  }

  private void synthesis() {
    h2("synthese", x.t("Synthèse", "Summary"));
    if (maps.containsKey(MapId.OVERVIEW)) {
      sb.append("![")
          .append(x.t("Carte des trous par commune", "Map of gaps by commune"))
          .append("](")
          .append(maps.get(MapId.OVERVIEW))
          .append(")\n\n");
    }
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
    // Robust findings first, then those measured before those resting on declared needs alone,
    // each group by severity (the gaps' order).
    List<Gap> top =
        d.gaps().stream()
            .sorted(
                Comparator.comparingInt(
                        (Gap g) -> g.indicator().robustness() == Robustness.SENSIBLE ? 1 : 0)
                    .thenComparingInt(g -> Classifier.restsOnDeclaredNeeds(g.indicator()) ? 1 : 0))
            .limit(10)
            .toList();
    if (!top.isEmpty()) {
      sb.append(x.t("Les plus importants :", "The most important:")).append("\n\n");
      for (Gap g : top) {
        sb.append("- **")
            .append(md(g.indicator().communeName()))
            .append("** — ")
            .append(md(g.theme().theme().label(locale())))
            .append(" (")
            .append(g.indicator().classification().label(x.french()))
            .append(x.t(") : ", "): "))
            .append(Reasons.of(g.indicator(), g.theme(), x))
            .append(
                Classifier.restsOnDeclaredNeeds(g.indicator())
                    ? x.msg("report.finding.declaredOnly")
                    : "")
            .append(".\n");
      }
      sb.append('\n');
    }
    sb.append(
        header(
            "lrrrr",
            x.t("Thème", "Theme"),
            x.t("Trous", "Gaps"),
            x.t("À renforcer", "To strengthen"),
            x.t("Couvert", "Covered"),
            x.t("Non évaluable", "Not assessable")));
    for (ThemeResult r : d.themes()) {
      sb.append("| ")
          .append(themeLink(r))
          .append(" | ")
          .append(r.count(Classification.TROU))
          .append(" | ")
          .append(r.count(Classification.RENFORCER))
          .append(" | ")
          .append(r.count(Classification.COUVERT))
          .append(" | ")
          .append(r.count(Classification.NON_EVALUABLE))
          .append(" |\n");
    }
    sb.append('\n');
    areas();
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
    sb.append(
            dep
                ? x.t("Par département, tous thèmes", "By département, all themes")
                : x.t("Par EPCI, tous thèmes", "By EPCI, all themes"))
        .append(
            x.t(
                " (trous et réponses à renforcer comptés par commune et par thème ; population des communes qui en ont au moins un) :",
                " (gaps and answers to strengthen counted by commune and theme; population of the communes with at least one):"))
        .append("\n\n");
    sb.append(
        header(
            "lrrrrl",
            dep ? x.t("Département", "Département") : "EPCI",
            "Communes",
            x.t("Trous", "Gaps"),
            x.t("À renforcer", "To strengthen"),
            x.t("Population concernée", "Population concerned"),
            x.t("Communes les plus touchées", "Most affected communes")));
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
    sb.append('\n')
        .append(
            x.t(
                "Le détail par commune est dans `trous.csv` et `indicateurs.csv`.",
                "The detail by commune is in `trous.csv` and `indicateurs.csv`."))
        .append("\n\n");
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
      sb.append(
              x.t(
                  "Sont **robustes**, c'est-à-dire tiennent encore avec toutes les zones de desserte à 0,75× et à 1,5× : "
                      + x.integer(robust[0])
                      + " trou(s) et "
                      + x.integer(robust[1])
                      + " réponse(s) à renforcer ; les autres sont *sensibles à la zone de desserte*. Les constats robustes viennent en premier.",
                  "**Robust**, i.e. still holding with every catchment at 0.75× and at 1.5×: "
                      + x.integer(robust[0])
                      + " gap(s) and "
                      + x.integer(robust[1])
                      + " answer(s) to strengthen; the others are *sensitive to the catchment*. Robust findings come first."))
          .append("\n\n");
    }
    sb.append(
            d.options().yardstick().isTerritory()
                ? x.t(
                    "« À renforcer » compare ici chaque commune à la **moyenne du territoire** (`--reference territoire`) : un territoire sous-équipé dans son ensemble peut paraître bien servi.",
                    "\"To strengthen\" compares each commune with the **territory's mean** here (`--reference territoire`): a territory under-served as a whole may look well served.")
                : x.t(
                    "« À renforcer » compare chaque commune à la **moyenne nationale** du même indicateur (même méthode, mêmes données), valeurs par thème dans *Méthode et sources*.",
                    "\"To strengthen\" compares each commune with the **national mean** of the same indicator (same method, same data); values by theme in *Method and sources*."))
        .append("\n\n");
  }

  private String themeLink(ThemeResult r) {
    return md(r.theme().label(locale()));
  }

  private void portrait() {
    Territory t = d.territory();
    h2("portrait", x.t("Portrait du territoire", "Territory profile"));
    TreeSet<String> deps = new TreeSet<>();
    TreeSet<String> epcis = new TreeSet<>();
    for (Commune c : t.perimeterCommunes().values()) {
      deps.add(c.departement());
      if (!c.epci().isEmpty()) {
        epcis.add(c.epci());
      }
    }
    sb.append("- ")
        .append(x.t("Communes : ", "Communes: "))
        .append(x.integer(t.perimeterCommunes().size()))
        .append(x.t(" (départements ", " (départements "))
        .append(String.join(", ", deps))
        .append(x.t(" ; ", "; "))
        .append(epcis.size())
        .append(" EPCI)\n");
    sb.append("- ")
        .append(x.t("Population municipale : ", "Municipal population: "))
        .append(x.integer(t.perimeterPopulation()))
        .append('\n');
    long small = t.perimeterCommunes().values().stream().filter(c -> c.population() < 200).count();
    sb.append("- ")
        .append(x.t("Communes de moins de 200 habitants : ", "Communes under 200 inhabitants: "))
        .append(x.integer(small))
        .append('\n');
    double equipment =
        t.equipment().entrySet().stream()
            .filter(e -> t.inPerimeter(e.getKey()))
            .flatMap(e -> e.getValue().values().stream())
            .mapToDouble(Double::doubleValue)
            .sum();
    sb.append("- ")
        .append(x.t("Équipements recensés (BPE) : ", "Equipment (BPE): "))
        .append(x.integer(equipment))
        .append('\n');
    sb.append("- ")
        .append(x.t("Acteurs recensés : ", "Actors listed: "))
        .append(x.integer(t.actors().stream().filter(a -> t.inPerimeter(a.commune())).count()))
        .append("\n\n");
    List<Commune> biggest =
        t.perimeterCommunes().values().stream()
            .sorted(
                Comparator.comparingLong(Commune::population)
                    .reversed()
                    .thenComparing(Commune::code))
            .limit(5)
            .toList();
    sb.append(x.t("Communes les plus peuplées : ", "Largest communes: "));
    List<String> names = new ArrayList<>();
    for (Commune c : biggest) {
      names.add(md(c.name()) + " (" + x.integer(c.population()) + ")");
    }
    sb.append(String.join(", ", names)).append(".\n\n");
    NeedSummary.portrait(sb, d, x);
  }

  /** Paris, Lyon, Marseille by arrondissement, with the city as a subtotal (when they are). */
  private void cities() {
    String body = CityLevels.section(d, x);
    if (!body.isEmpty()) {
      h2("arrondissements", x.t("Arrondissements municipaux", "Municipal arrondissements"));
      sb.append(body);
    }
    String iris = CityLevels.irisSection(d, x);
    if (!iris.isEmpty()) {
      h2("quartiers", x.t("Besoins par quartier (IRIS)", "Need by quartier (IRIS)"));
      sb.append(iris);
    }
  }

  private void supply() {
    h2("offre", x.t("Offre existante par thème", "Existing supply by theme"));
    sb.append(
        header(
            "lrrrrrr",
            x.t("Thème", "Theme"),
            x.t("Équipements BPE", "BPE equipment"),
            x.t("Acteurs", "Actors"),
            x.t("Communes avec offre locale", "Communes with local supply"),
            x.t("Accessibilité moyenne (pour 1 000 hab.)", "Mean accessibility (per 1,000)"),
            x.t("Référence (pour 1 000 hab.)", "Yardstick (per 1,000)"),
            x.t("Zone (km)", "Catchment (km)")));
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
                  : x.t("non évaluable", "not assessable"))
          .append(" | ")
          .append(r.assessable() ? yardstick(r) : "—")
          .append(" | ")
          .append(x.decimal1(r.theme().bands().max()))
          .append(" |\n");
    }
    sb.append('\n');
    departements();
    for (ThemeResult r : d.themes()) {
      if (maps.containsKey(MapId.theme(r.theme().id()))) {
        sb.append("![")
            .append(md(r.theme().label(locale())))
            .append("](")
            .append(maps.get(MapId.theme(r.theme().id())))
            .append(")\n\n");
      }
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
    sb.append(
            x.t(
                "### Services à l'échelle du département\n\n",
                "### Département-scale services\n\n"))
        .append(
            x.t(
                "Ces établissements accueillent les personnes de tout le département : ils sont jugés par leur présence et leur nombre pour 100 000 habitants de la population cible, jamais commune par commune (la BPE compte des établissements, pas des places).\n\n",
                "These facilities take people from the whole département: they are judged by their presence and their count per 100,000 of the target population, never commune by commune (the BPE counts facilities, not places).\n\n"))
        .append(
            header(
                "lllrrl",
                x.t("Thème", "Theme"),
                x.t("Service", "Service"),
                x.t("Département", "Département"),
                x.t("Nombre", "Count"),
                x.t("Pour 100 000 hab. cible", "Per 100,000 target"),
                x.t("Le plus proche si absent", "Nearest if absent")));
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
                        ? x.t("aucun dans le territoire chargé", "none in the loaded territory")
                        : cell(row.nearestPlace()) + ", " + x.decimal1(row.nearestKm()) + " km")
            .append(" |\n");
      }
    }
    sb.append('\n');
  }

  private void needs() {
    h2("besoins", x.t("Besoins déclarés", "Declared needs"));
    List<DeclaredNeed> needs =
        d.territory().needs().stream().filter(n -> d.territory().inPerimeter(n.commune())).toList();
    if (needs.isEmpty()) {
      sb.append(
          x.t(
              "Aucun fichier de besoins déclarés : le diagnostic repose sur la population et l'offre.\n\n",
              "No declared needs file: the diagnosis rests on population and supply.\n\n"));
      return;
    }
    Map<String, double[]> byTheme = new TreeMap<>();
    for (DeclaredNeed n : needs) {
      double[] a = byTheme.computeIfAbsent(n.theme(), k -> new double[2]);
      a[0]++;
      a[1] += n.weight();
    }
    sb.append(
        header(
            "lrr",
            x.t("Thème", "Theme"),
            x.t("Besoins", "Needs"),
            x.t("Personnes concernées", "Persons concerned")));
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
    sb.append(header("lllll", "Commune", x.t("Thème", "Theme"), "Public", "Description", "Source"));
    List<DeclaredNeed> sorted = new ArrayList<>(needs);
    sorted.sort(
        Comparator.comparing(DeclaredNeed::commune)
            .thenComparing(DeclaredNeed::theme)
            .thenComparing(DeclaredNeed::origin));
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
      sb.append(x.t("Aucun.\n\n", "None.\n\n"));
      return;
    }
    sb.append(gapsDefinition(cls, x)).append("\n\n");
    sb.append(
        header(
            "rllrl",
            "#",
            "Commune",
            x.t("Thème", "Theme"),
            x.msg("report.severity.column"),
            x.t("Motif", "Reason")));
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
      sb.append(
              x.t(
                  "… et " + x.integer(list.size() - MAX_ROWS) + " autres : voir `trous.csv`.",
                  "… and " + x.integer(list.size() - MAX_ROWS) + " more: see `trous.csv`."))
          .append("\n\n");
    }
  }

  private void actors() {
    h2("acteurs", x.t("Acteurs à mobiliser", "Actors to mobilise"));
    sb.append(
            x.t(
                "Pour chaque trou ou réponse à renforcer, les acteurs du thème les plus proches (rayon de ",
                "For each gap or answer to strengthen, the nearest actors of the theme (within "))
        .append(x.decimal1(d.options().actorsRadiusKm()))
        .append(
            x.t(
                " km), à réunir avant de créer une nouvelle réponse.\n\n",
                " km), to bring together before creating a new answer.\n\n"));
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
          .append(x.t(" : ", ": "));
      if (g.actors().isEmpty()) {
        sb.append(
            x.t(
                "aucun acteur du thème recensé à proximité",
                "no actor of the theme listed nearby"));
      } else {
        List<String> parts = new ArrayList<>();
        for (Gap.NearbyActor a : g.actors()) {
          parts.add(md(a.actor().name()) + " (" + x.decimal1(a.km()) + " km)");
        }
        sb.append(String.join(", ", parts));
      }
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
            ? x.t(" (nationale)", " (national)")
            : x.t(" (territoire)", " (territory)"));
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
      StringBuilder one = new StringBuilder();
      double from = 0;
      for (int i = 0; i < b.limits().length; i++) {
        one.append(i > 0 ? x.t(" ; ", "; ") : "")
            .append(
                x.msg(
                    "report.band.min",
                    x.decimal2(from),
                    x.decimal2(b.limits()[i]),
                    x.decimal2(b.weights()[i])));
        from = b.limits()[i];
      }
      out.add(one.toString());
    }
    return out.isEmpty() ? "—" : String.join(" / ", out);
  }

  /** Distance bands as a person writes them: « 0–5 km : poids 1 ; 5–10 km : poids 0,68 ». */
  private String bands(fr.raquette.access.DistanceBands b) {
    StringBuilder out = new StringBuilder();
    double from = 0;
    for (int i = 0; i < b.limits().length; i++) {
      out.append(i > 0 ? x.t(" ; ", "; ") : "")
          .append(
              x.msg(
                  "report.band",
                  x.decimal2(from),
                  x.decimal2(b.limits()[i]),
                  x.decimal2(b.weights()[i])));
      from = b.limits()[i];
    }
    return out.toString();
  }

  private void method() {
    Territory t = d.territory();
    h2("methode", x.t("Méthode et sources", "Method and sources"));
    boolean minutes = !t.travelTimes().isEmpty();
    if (minutes) {
      sb.append(
          x.msg(
              "report.method.minutes",
              String.join(", ", t.travelTimes().files()),
              x.integer(t.travelTimes().pairs())));
    }
    sb.append(
            minutes
                ? x.msg("report.method.minutes.then")
                : x.t(
                    "Pour chaque commune et chaque thème : l'offre locale (équipements de la BPE et acteurs), la distance à vol d'oiseau à l'offre la plus proche depuis un point intérieur de la commune (0 si l'offre est dans la commune), et l'accessibilité par la méthode ",
                    "For each commune and theme: local supply (BPE equipment and actors), the straight-line distance to the nearest supply from a point inside the commune (0 when local), and accessibility by the "))
        .append(d.options().method().id().toUpperCase(Locale.ROOT))
        .append(
            x.t(
                " (aires flottantes de desserte, Luo & Wang 2003 ; Luo & Qi 2009), en offre pour 1 000 habitants de la population cible.\n\n",
                " method (floating catchment areas, Luo & Wang 2003; Luo & Qi 2009), as supply per 1,000 target inhabitants.\n\n"));
    sb.append(x.msg("report.severity.formula")).append("\n\n");
    sb.append(
        header(
            "llrrl",
            x.t("Thème", "Theme"),
            x.msg("report.bands.title"),
            x.t("Seuil de population", "Population minimum"),
            x.t("Seuil « à renforcer »", "\"To strengthen\" below"),
            x.t("Codes BPE", "BPE codes")));
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
    methodYardstick();
    sb.append(x.t("Fichiers lus :", "Files read:")).append("\n\n");
    sb.append(
        header(
            "llrl",
            x.t("Fichier", "File"),
            x.t("Rôle", "Role"),
            x.t("Enregistrements", "Records"),
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
    Map<String, long[]> cog = new TreeMap<>();
    for (CogChange c : t.cogChanges()) {
      long[] a = cog.computeIfAbsent((c.dropped() ? "-" : "+") + c.reason(), k -> new long[2]);
      a[0]++;
      a[1] += c.records();
    }
    sb.append(x.t("Rapprochement des codes communes vers le COG ", "Commune codes brought to COG "))
        .append(
            t.cogYear().isEmpty()
                ? x.t("du fichier des communes", "of the communes file")
                : t.cogYear())
        .append(" :");
    if (cog.isEmpty()) {
      sb.append(x.t(" aucun code à rapprocher.\n\n", " no code to reconcile.\n\n"));
    } else {
      sb.append("\n\n");
      cog.forEach(
          (k, a) ->
              sb.append("- ")
                  .append(
                      k.startsWith("-")
                          ? x.t("écartés", "dropped")
                          : x.t("rapprochés", "reconciled"))
                  .append(" — ")
                  .append(x.cogReason(k.substring(1)))
                  .append(" : ")
                  .append(x.integer(a[0]))
                  .append(x.t(" code(s), ", " code(s), "))
                  .append(x.integer(a[1]))
                  .append(x.t(" enregistrement(s)\n", " record(s)\n")));
      sb.append('\n');
    }
    sb.append(x.t("Outil : Raquette ", "Tool: Raquette ")).append(version).append(".\n\n");
  }

  /** The yardstick and the sensitivity, said in the method section. */
  private void methodYardstick() {
    fr.raquette.analysis.NationalReference n = d.options().yardstick().national();
    if (n == null) {
      sb.append(
          x.t(
              "Référence de « à renforcer » : moyenne des scores du territoire, pondérée par la population cible, sur les communes qui ont un score (`--reference territoire`).\n\n",
              "Yardstick of \"to strengthen\": the territory's mean score, weighted by the target population, over the communes that have a score (`--reference territoire`).\n\n"));
    } else {
      sb.append(
              x.t(
                  "Référence de « à renforcer » : moyenne nationale du même indicateur, pondérée par la population cible, sur les communes qui ont un score (fichier `",
                  "Yardstick of \"to strengthen\": the national mean of the same indicator, weighted by the target population, over the communes that have a score (file `"))
          .append(n.source())
          .append(x.t("`, recalculé par `", "`, recomputed by `"))
          .append(n.command())
          .append(x.t("`, BPE ", "`, BPE "))
          .append(String.join(", ", n.bpeVintages().stream().map(String::valueOf).toList()))
          .append(
              x.t(
                  ") ; valeurs dans le tableau *Offre existante*. Un thème dont la définition diffère ici (codes, bandes, cible, sources) est comparé à la moyenne du territoire, et *Limites* le dit.\n\n",
                  "); values in the *Existing supply* table. A theme defined differently here (codes, bands, target, sources) is compared with the territory's mean, as *Limits* says.\n\n"));
    }
    if (d.options().sensitivity()) {
      sb.append(
          x.t(
              "Sensibilité : chaque trou et chaque réponse à renforcer est recalculé avec toutes les zones de desserte à 0,75× et à 1,5× ; il est *robuste* s'il tient aux deux échelles, *sensible à la zone de desserte* sinon.\n\n",
              "Sensitivity: every gap and answer to strengthen is computed again with every catchment at 0.75× and at 1.5×; it is *robust* when it holds at both scales, *sensitive to the catchment* otherwise.\n\n"));
    }
  }

  private void limits() {
    h2("limites", x.t("Limites", "Limits"));
    List<String> items = new ArrayList<>();
    for (ThemeResult r : d.themes()) {
      String need = NeedSummary.limit(r, d.territory(), x, locale());
      if (need != null) {
        items.add(need);
      }
      items.addAll(ElementReasons.coverage(r, x, locale()));
      items.addAll(ElementReasons.homeAbsent(r, d.territory(), x, locale()));
      if (!r.assessable() && !r.departements().isEmpty()) {
        items.add(
            x.t(
                r.theme().label(locale())
                    + " : jugé à l'échelle du département seulement (tableau « Services à l'échelle du département »), aucun de ses éléments de proximité n'a de source ici.",
                r.theme().label(locale())
                    + ": judged at the scale of the département only (table « Département-scale services »), none of its local elements has a source here."));
      } else if (!r.assessable()) {
        items.add(
            x.t(
                md(r.theme().label(locale()))
                    + " : offre non évaluable, aucune source exhaustive ne la décrit ici (ni code BPE du millésime présent, ni liste nationale d'acteurs du thème) ; le besoin ("
                    + md(r.theme().target().label(locale()))
                    + ") est donné par commune dans indicateurs.csv.",
                md(r.theme().label(locale()))
                    + ": supply not assessable, no exhaustive source describes it here (no BPE code of the vintage present, no national list of actors of the theme); the need ("
                    + md(r.theme().target().label(locale()))
                    + ") is given by commune in indicateurs.csv."));
      }
    }
    items.addAll(yardstickLimits());
    if (!d.territory().borderCorrected()) {
      items.add(borderNote());
    }
    items.add(
        d.territory().travelTimes().isEmpty()
            ? x.t(
                "Les distances sont à vol d'oiseau depuis un point intérieur de chaque commune ; les temps de trajet réels (relief, transports) peuvent être bien plus longs.",
                "Distances are straight lines from a point inside each commune; real travel times (terrain, transport) can be much longer.")
            : minutesLimit());
    items.add(
        x.t(
            "Une absence d'équipement dans la BPE ne dit rien de la qualité, des horaires ou de la saturation de l'offre existante.",
            "An absence in the BPE says nothing of the quality, opening hours or saturation of existing supply."));
    items.add(
        x.t(
            "Les acteurs ne sont que ceux des fichiers fournis : un acteur absent des listes n'est pas compté.",
            "Actors are only those of the given files: an actor missing from the lists is not counted."));
    items.addAll(CityLevels.limits(d.territory(), x));
    TreeSet<Integer> vintages = new TreeSet<>(d.territory().equipmentVintage().values());
    if (!vintages.isEmpty()) {
      items.add(
          x.msg(
              "report.bpe.vintages",
              vintages.size(),
              fr.raquette.i18n.French.list(
                  vintages.stream().map(String::valueOf).toList(), x.messages().lang())));
    }
    for (String s : items) {
      sb.append("- ").append(s).append('\n');
    }
    sb.append('\n');
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
            case NO_VALUE ->
                x.t(
                    "le fichier de référence n'a pas de valeur pour ce thème et cette méthode",
                    "the reference file has no value for this theme and method");
            case OTHER_DEFINITION ->
                d.territory().travelTimes().isEmpty()
                    ? x.t(
                        "le thème est défini autrement ici (codes, bandes, cible ou sources)",
                        "the theme is defined differently here (codes, bands, target or sources)")
                    : x.msg("report.yardstick.minutes");
            case OTHER_VINTAGE ->
                x.t(
                    "le millésime BPE diffère de celui de la référence",
                    "the BPE vintage differs from the reference's");
            default -> null;
          };
      if (why != null && r.assessable()) {
        items.add(
            r.theme().label(locale())
                + x.t(
                    " : comparé à la moyenne du territoire, car ",
                    ": compared with the territory's mean, since ")
                + why
                + ".");
      }
    }
    boolean localActors =
        d.territory().actors().stream()
            .anyMatch(a -> a.sources().stream().anyMatch(s -> !s.equals("france-services")));
    if (localActors) {
      items.add(
          x.t(
              "La référence nationale compte l'offre de la BPE et des France services ; les acteurs data·inclusion ou locaux du territoire n'y sont pas, ce qui peut flatter le territoire.",
              "The national yardstick counts BPE and France services supply; the territory's data·inclusion or local actors are not in it, which may flatter the territory."));
    }
    return items;
  }

  private String borderNote;

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
        names.add(x.t("…", "…"));
        break;
      }
      names.add(t.communes().get(code).name());
    }
    String list = near.isEmpty() ? "" : " (" + String.join(", ", names) + ")";
    borderNote =
        x.t(
            "**Effet de bord non corrigé** : ce dossier n'a pas d'anneau de contexte, l'offre et la"
                + " population des communes voisines hors du dossier ne comptent pas. "
                + x.integer(near.size())
                + " commune(s) sont à moins de "
                + x.integer(km)
                + " km (la plus large zone de desserte) de la limite du dossier, côte comprise ;"
                + " leurs résultats peuvent en être faussés"
                + list
                + ". `raquette init` ajoute cet anneau (docs/territory-folder.md).",
            "**Border effect not corrected**: this folder has no context ring, so the supply and"
                + " population of neighbouring communes outside it do not count. "
                + x.integer(near.size())
                + " commune(s) lie within "
                + x.integer(km)
                + " km (the widest catchment) of the folder's edge, coast included; their results"
                + " may be biased"
                + list
                + ". `raquette init` adds that ring (docs/territory-folder.md).");
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
