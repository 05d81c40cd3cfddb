package fr.raquette.load;

import fr.raquette.i18n.Messages;
import fr.raquette.io.Problems;
import fr.raquette.territory.Actor;
import fr.raquette.territory.GeoPoint;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Geometry;

/**
 * Turns actors as read into the territory's actors: commune code reconciled, placed on the map
 * (their coordinates when plausible, else their commune), and one row per actor when two sources
 * list the same one (same SIRET, or same name in the same commune).
 */
final class Actors {
  /** Beyond this distance from its commune, an actor's coordinates are not trusted. */
  static final double MAX_KM_FROM_COMMUNE = 30;

  // Compiled once (String.replaceAll and matches compiled them for every actor, and normalize ran
  // twice per comparison of the sort).
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
  private static final Pattern SIRET = Pattern.compile("\\d{14}");

  private Actors() {}

  static List<Actor> build(
      List<ActorReaders.Raw> raws,
      Arrondissements arm,
      Changes changes,
      SortedMap<String, GeoPoint> anchors,
      SortedMap<String, Geometry> outlines,
      Problems problems) {
    Map<String, List<Actor>> groups = new LinkedHashMap<>();
    Map<String, String> siretKey = new TreeMap<>();
    for (ActorReaders.Raw r : raws) {
      String file = r.origin().file();
      String to = changes.resolve(file, arm.locate(r.code(), r.position(), outlines), 1, 1);
      if (to == null) {
        continue;
      }
      GeoPoint anchor = anchors.get(to);
      GeoPoint p = r.position();
      Actor.Precision precision = Actor.Precision.POINT;
      if (p != null && anchor != null) {
        p = check(r, p, anchor, problems);
      }
      if (p == null) {
        p = anchor;
        precision = Actor.Precision.COMMUNE;
      }
      Actor a =
          new Actor(
              r.id(),
              r.name(),
              List.of(r.source()),
              to,
              p,
              precision,
              r.thematiques(),
              r.type(),
              r.publics(),
              r.description(),
              r.siret(),
              r.address(),
              r.contact(),
              r.origin().toString());
      String nameKey = "name:" + to + ":" + normalize(r.name());
      String siret = r.siret().replace(" ", "");
      String key = nameKey;
      if (SIRET.matcher(siret).matches()) {
        String known = siretKey.putIfAbsent(siret, nameKey);
        key = known != null ? known : nameKey;
      }
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
    }
    List<Actor> out = new ArrayList<>();
    for (List<Actor> g : groups.values()) {
      out.add(g.size() == 1 ? g.get(0) : merge(g));
    }
    return sorted(out);
  }

  /** By commune, name as {@link #normalize}d (each name once), and id. */
  private static List<Actor> sorted(List<Actor> actors) {
    Map<String, String> normalized = new HashMap<>();
    actors.sort(
        Comparator.comparing(Actor::commune)
            .thenComparing(a -> normalized.computeIfAbsent(a.name(), Actors::normalize))
            .thenComparing(Actor::id));
    return List.copyOf(actors);
  }

  private static GeoPoint check(
      ActorReaders.Raw r, GeoPoint p, GeoPoint anchor, Problems problems) {
    double d = p.distanceKm(anchor);
    if (d <= MAX_KM_FROM_COMMUNE) {
      return p;
    }
    GeoPoint swapped = new GeoPoint(p.lat(), p.lon());
    if (swapped.distanceKm(anchor) <= MAX_KM_FROM_COMMUNE) {
      problems.warningAt(r.origin(), Messages.text("actors.swapped", r.name()));
      return swapped;
    }
    problems.warningAt(
        r.origin(),
        Messages.text(
            "actors.far",
            r.name(),
            String.format(Locale.ROOT, "%.5f, %.5f", p.lat(), p.lon()),
            String.format(Locale.ROOT, "%.0f", d),
            r.code()));
    return null;
  }

  private static Actor merge(List<Actor> g) {
    g.sort(Comparator.comparing(Actor::id));
    Actor first = g.get(0);
    LinkedHashSet<String> sources = new LinkedHashSet<>();
    LinkedHashSet<String> themes = new LinkedHashSet<>();
    LinkedHashSet<String> publics = new LinkedHashSet<>();
    GeoPoint pos = null;
    Actor.Precision precision = Actor.Precision.COMMUNE;
    String type = "";
    String desc = "";
    String siret = "";
    String address = "";
    String contact = "";
    List<String> origins = new ArrayList<>();
    for (Actor a : g) {
      sources.addAll(a.sources());
      themes.addAll(a.thematiques());
      publics.addAll(a.publics());
      if (pos == null
          || precision == Actor.Precision.COMMUNE && a.precision() == Actor.Precision.POINT) {
        pos = a.position();
        precision = a.precision();
      }
      type = type.isEmpty() ? a.type() : type;
      desc = desc.isEmpty() ? a.description() : desc;
      siret = siret.isEmpty() ? a.siret() : siret;
      address = address.isEmpty() ? a.address() : address;
      contact = contact.isEmpty() ? a.contact() : contact;
      origins.add(a.origin());
    }
    return new Actor(
        first.id(),
        first.name(),
        new ArrayList<>(sources).stream().sorted().toList(),
        first.commune(),
        pos,
        precision,
        new ArrayList<>(themes),
        type,
        new ArrayList<>(publics),
        desc,
        siret,
        address,
        contact,
        String.join(" + ", origins));
  }

  /**
   * Lower case, no accents, letters and digits only: "Épicerie Solidaire" = "epicerie solidaire".
   */
  static String normalize(String s) {
    String n = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    return NOT_ALNUM.matcher(n.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
