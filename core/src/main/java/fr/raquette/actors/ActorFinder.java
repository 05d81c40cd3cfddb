package fr.raquette.actors;

import fr.raquette.actors.ActorListing.CommuneCount;
import fr.raquette.actors.ActorListing.Place;
import fr.raquette.actors.ActorListing.ThemeCount;
import fr.raquette.analysis.Diagnoser;
import fr.raquette.territory.Actor;
import fr.raquette.territory.Commune;
import fr.raquette.territory.GeoPoint;
import fr.raquette.territory.Territory;
import fr.raquette.themes.BpeNomenclature;
import fr.raquette.themes.Theme;
import fr.raquette.themes.ThemeCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Lists a territory's actors that match an {@link ActorQuery}. Whether an actor supplies a theme is
 * decided by {@link Diagnoser#supplies}, so that the listing and the diagnosis agree.
 */
public final class ActorFinder {
  private static final BpeNomenclature NOMENCLATURE = BpeNomenclature.builtIn2013();
  private static final int MAX_SUGGESTIONS = 5;

  private final Territory territory;
  private final ThemeCatalog catalog;
  private final ActorQuery query;
  private Theme theme;
  private String thematique;
  private Place commune;
  private Place near;
  private GeoPoint from;

  private ActorFinder(Territory territory, ThemeCatalog catalog, ActorQuery query) {
    this.territory = territory;
    this.catalog = catalog;
    this.query = query;
  }

  /**
   * The matching actors: sorted by distance with {@code near}, else by commune code, then name
   * (compared without case or accents), then id; equipment rows after the actors of their commune.
   *
   * @throws ActorQueryException when a commune or theme filter names nothing, or a commune name
   *     several communes
   */
  public static ActorListing find(Territory territory, ThemeCatalog catalog, ActorQuery query) {
    return new ActorFinder(territory, catalog, query).find();
  }

  private ActorListing find() {
    resolveTheme();
    commune = query.commune() == null ? null : commune(query.commune());
    if (query.near() != null) {
      near = commune(query.near());
      from = territory.anchors().get(near.code());
      if (from == null) {
        throw new ActorQueryException(
            ActorQueryException.Kind.NO_ANCHOR, query.near(), List.of(near.toString()));
      }
    }
    List<ActorRow> rows = new ArrayList<>();
    for (Actor a : territory.actors()) {
      if (matches(a)) {
        rows.add(row(a));
      }
    }
    if (query.withEquipment()) {
      rows.addAll(equipment());
    }
    Comparator<ActorRow> order =
        Comparator.comparing(ActorRow::commune)
            .thenComparing(ActorRow::isEquipment)
            .thenComparing(r -> Names.fold(r.name()))
            .thenComparing(ActorRow::id);
    if (near != null) {
      order = Comparator.comparingDouble(ActorRow::distanceKm).thenComparing(order);
    }
    rows.sort(order);
    return summarise(rows);
  }

  // ---- theme ---------------------------------------------------------------------------------

  private void resolveTheme() {
    String given = query.theme();
    if (given == null) {
      return;
    }
    Optional<String> id = catalog.resolveThemeId(given);
    String key = Names.fold(given);
    if (id.isPresent()) {
      Theme t = catalog.get(id.get()).orElseThrow();
      boolean named =
          Names.fold(t.id()).equals(key)
              || Names.fold(t.labelFr()).equals(key)
              || Names.fold(t.labelEn()).equals(key);
      theme = t;
      if (!named) {
        // A data·inclusion value: the user asked for that value, not the whole theme.
        thematique = Names.slug(given);
      }
      return;
    }
    String raw = Names.slug(given);
    boolean known = territory.actors().stream().anyMatch(a -> hasThematique(a.thematiques(), raw));
    if (!known) {
      List<String> themes =
          catalog.all().stream().map(t -> t.id() + " (" + t.labelFr() + ")").toList();
      throw new ActorQueryException(ActorQueryException.Kind.UNKNOWN_THEME, given, themes);
    }
    thematique = raw;
  }

  /** A thematique equal to the value, or below it ({@code sante--acces-aux-soins}). */
  private static boolean hasThematique(List<String> thematiques, String value) {
    for (String t : thematiques) {
      String v = Names.slug(t);
      if (v.equals(value) || v.startsWith(value + "--")) {
        return true;
      }
    }
    return false;
  }

  // ---- communes ------------------------------------------------------------------------------

  private Place commune(String given) {
    Commune byCode = territory.communes().get(given.strip().toUpperCase(java.util.Locale.ROOT));
    if (byCode != null) {
      return new Place(byCode.code(), byCode.name());
    }
    String key = Names.fold(given);
    List<Place> same = new ArrayList<>();
    for (Commune c : territory.communes().values()) {
      if (Names.fold(c.name()).equals(key)) {
        same.add(new Place(c.code(), c.name()));
      }
    }
    if (same.size() == 1) {
      return same.get(0);
    }
    if (same.size() > 1) {
      throw new ActorQueryException(
          ActorQueryException.Kind.AMBIGUOUS_COMMUNE,
          given,
          same.stream().map(Place::toString).toList());
    }
    throw new ActorQueryException(
        ActorQueryException.Kind.UNKNOWN_COMMUNE, given, suggestions(key));
  }

  /**
   * Communes whose name contains the text, or is a few letters away from it: the closest first,
   * then in alphabetical order.
   */
  private List<String> suggestions(String key) {
    record Scored(int score, String fold, Place place) {}
    List<Scored> found = new ArrayList<>();
    int tolerance = Math.max(2, key.length() / 4);
    for (Commune c : territory.communes().values()) {
      String name = Names.fold(c.name());
      int d = Names.distance(key, name);
      if (!key.isEmpty() && name.contains(key)) {
        // "saint" means a Saint-something more likely than Sagnat, two letters away.
        found.add(new Scored(Math.min(d, 1), name, new Place(c.code(), c.name())));
      } else if (d <= tolerance) {
        found.add(new Scored(d, name, new Place(c.code(), c.name())));
      }
    }
    return found.stream()
        .sorted(
            Comparator.comparingInt(Scored::score)
                .thenComparing(Scored::fold)
                .thenComparing(s -> s.place().code()))
        .limit(MAX_SUGGESTIONS)
        .map(s -> s.place().toString())
        .toList();
  }

  private String communeName(String code) {
    Commune c = territory.communes().get(code);
    return c == null ? code : c.name();
  }

  // ---- actors --------------------------------------------------------------------------------

  private boolean matches(Actor a) {
    if (theme != null && thematique == null && !Diagnoser.supplies(theme, a)) {
      return false;
    }
    if (thematique != null && !hasThematique(a.thematiques(), thematique)) {
      return false;
    }
    if (commune != null && !a.commune().equals(commune.code())) {
      return false;
    }
    if (from != null
        && (a.position() == null || from.distanceKm(a.position()) > query.radiusKm())) {
      return false;
    }
    if (query.type() != null && !Names.fold(a.type()).equals(Names.fold(query.type()))) {
      return false;
    }
    if (query.audience() != null) {
      String want = Names.fold(query.audience());
      if (a.publics().stream().noneMatch(p -> Names.fold(p).contains(want))) {
        return false;
      }
    }
    if (query.search() != null) {
      String want = Names.fold(query.search());
      return Names.fold(a.name()).contains(want) || Names.fold(a.description()).contains(want);
    }
    return true;
  }

  private ActorRow row(Actor a) {
    List<String> themes =
        catalog.all().stream().filter(t -> Diagnoser.supplies(t, a)).map(Theme::id).toList();
    return new ActorRow(
        a.id(),
        a.name(),
        a.commune(),
        communeName(a.commune()),
        from == null ? null : from.distanceKm(a.position()),
        a.precision(),
        a.sources(),
        a.thematiques(),
        themes,
        a.type(),
        a.publics(),
        a.description(),
        a.address(),
        a.contact(),
        a.position(),
        null,
        0);
  }

  // ---- equipment -----------------------------------------------------------------------------

  /**
   * BPE equipment of social action: domain D (santé et action sociale), and the types of domain A
   * that a theme of the catalogue counts as supply (Pôle emploi, espaces publics numériques...),
   * the rest of domain A being banks, hairdressers and craftsmen. Equipment has no type, public or
   * thematique of its own: a {@code type} or {@code public} filter leaves it out, and a theme keeps
   * the types that theme counts as supply.
   */
  /**
   * The row of {@code count} facilities of BPE type {@code typequ} in commune {@code code}, or
   * {@code null} when the query leaves them out (not social action, another theme, another text).
   */
  private ActorRow equipmentRow(String code, GeoPoint at, Double km, String typequ, double count) {
    int vintage = territory.equipmentVintage().getOrDefault(typequ, NOMENCLATURE.vintage());
    if (count <= 0 || !socialAction(typequ, vintage)) {
      return null;
    }
    if (theme != null && !theme.bpeCodes(vintage).contains(typequ)) {
      return null;
    }
    String label = label(typequ);
    if (query.search() != null && !Names.fold(label).contains(Names.fold(query.search()))) {
      return null;
    }
    List<String> themes =
        catalog.all().stream()
            .filter(t -> t.bpeCodes(vintage).contains(typequ))
            .map(Theme::id)
            .toList();
    return new ActorRow(
        "bpe:" + code + ":" + typequ,
        label,
        code,
        communeName(code),
        km,
        Actor.Precision.COMMUNE,
        List.of("bpe-" + vintage),
        List.of(),
        themes,
        "",
        List.of(),
        "",
        "",
        "",
        at,
        typequ,
        count);
  }

  private List<ActorRow> equipment() {
    List<ActorRow> out = new ArrayList<>();
    if (query.type() != null || query.audience() != null || theme == null && thematique != null) {
      return out;
    }
    for (Map.Entry<String, ? extends Map<String, Double>> e : territory.equipment().entrySet()) {
      String code = e.getKey();
      if (commune != null && !code.equals(commune.code())) {
        continue;
      }
      GeoPoint at = territory.anchors().get(code);
      Double km = null;
      if (from != null) {
        if (at == null) {
          continue;
        }
        km = from.distanceKm(at);
        if (km > query.radiusKm()) {
          continue;
        }
      }
      for (Map.Entry<String, Double> q : new TreeMap<>(e.getValue()).entrySet()) {
        ActorRow row = equipmentRow(code, at, km, q.getKey(), q.getValue());
        if (row != null) {
          out.add(row);
        }
      }
    }
    return out;
  }

  private boolean socialAction(String typequ, int vintage) {
    if (typequ.startsWith("D")) {
      return true;
    }
    if (!typequ.startsWith("A")) {
      return false;
    }
    return catalog.all().stream().anyMatch(t -> t.bpeCodes(vintage).contains(typequ));
  }

  private String label(String typequ) {
    String l = territory.bpeLabels().get(typequ);
    if (l == null || l.isBlank()) {
      l = NOMENCLATURE.label(typequ).orElse(typequ);
    }
    return l;
  }

  // ---- summary -------------------------------------------------------------------------------

  private ActorListing summarise(List<ActorRow> rows) {
    List<ThemeCount> byTheme = new ArrayList<>();
    for (Theme t : catalog.all()) {
      int n = 0;
      for (ActorRow r : rows) {
        if (!r.isEquipment() && r.themes().contains(t.id())) {
          n++;
        }
      }
      byTheme.add(new ThemeCount(t, n));
    }
    TreeMap<String, Integer> perCommune = new TreeMap<>();
    for (ActorRow r : rows) {
      if (!r.isEquipment()) {
        perCommune.merge(r.commune(), 1, Integer::sum);
      }
    }
    List<CommuneCount> byCommune = new ArrayList<>();
    perCommune.forEach(
        (code, n) -> byCommune.add(new CommuneCount(new Place(code, communeName(code)), n)));
    Set<String> scope = new TreeSet<>();
    for (Commune c : territory.communes().values()) {
      if (commune != null && !c.code().equals(commune.code())) {
        continue;
      }
      if (from != null) {
        GeoPoint at = territory.anchors().get(c.code());
        if (!c.code().equals(near.code())
            && (at == null || from.distanceKm(at) > query.radiusKm())) {
          continue;
        }
      }
      scope.add(c.code());
    }
    scope.removeAll(perCommune.keySet());
    List<Place> without = scope.stream().map(c -> new Place(c, communeName(c))).toList();
    return new ActorListing(
        territory.name(),
        query,
        theme,
        thematique,
        commune,
        near,
        rows,
        byTheme,
        byCommune,
        without);
  }
}
