package fr.raquette.load;

import fr.raquette.i18n.Messages;
import fr.raquette.io.Problems;
import fr.raquette.territory.GeoPoint;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * Paris, Lyon and Marseille, the three communes divided into arrondissements municipaux (ARM), and
 * the one decision about them: which level is the unit of the diagnosis.
 *
 * <p>A city is diagnosed <b>by arrondissement</b> when the folder gives the outlines of its
 * arrondissements and their rows (TYPECOM {@code ARM}, with their population): each arrondissement
 * is then a commune of the territory, and the city's own row and outline, which cover the same
 * people and ground, are left out so that nothing is counted twice. Otherwise the city is one
 * commune, as INSEE's commune lists have it, and every figure given by arrondissement is added up
 * into it. The loader and {@code raquette init} take this decision here and nowhere else.
 */
public final class Arrondissements {
  /** A city with arrondissements municipaux: a stable COG fact. */
  public record City(String code, String name, int first, int count) {
    /** Whether {@code n} is the number of one of its arrondissements. */
    boolean holds(int n) {
      return n >= first && n < first + count;
    }
  }

  /** The three cities, as the COG has them since 1964 (Paris), 1964 (Lyon 9e) and 1946. */
  public static final List<City> CITIES =
      List.of(
          new City("75056", "Paris", 75101, 20),
          new City("69123", "Lyon", 69381, 9),
          new City("13055", "Marseille", 13201, 16));

  private final Set<String> split;

  /** What the decision has still to say, once every outline is known; null when said. */
  private Runnable untold;

  private Arrondissements(Set<String> split) {
    this.split = Set.copyOf(split);
  }

  /** No city diagnosed by arrondissement. */
  public static Arrondissements none() {
    return new Arrondissements(Set.of());
  }

  /**
   * The cities that can be diagnosed by arrondissement: those with arrondissement rows in the
   * communes files. {@link #decide} splits those of them that have an arrondissement outline.
   */
  static Set<String> withRows(Collection<? extends Map<String, CommunesReader.Row>> communeFiles) {
    return armRows(communeFiles).keySet();
  }

  /** The city of every arrondissement among {@code codes}. */
  static Set<String> outlined(Collection<String> codes) {
    Set<String> out = new TreeSet<>();
    for (String code : codes) {
      City c = cityOfArrondissement(code);
      if (c != null) {
        out.add(c.code());
      }
    }
    return out;
  }

  /**
   * A decision already settled ({@code split}: every city {@link #withRows} has an arrondissement
   * outline among the files parsed so far, so the other files cannot change it), whose messages
   * {@code tell} says once every outline is known ({@link #tell}).
   */
  static Arrondissements settled(Set<String> split, Runnable tell) {
    Arrondissements a = new Arrondissements(split);
    a.untold = tell;
    return a;
  }

  /** Says what was decided, when {@link #settled} left it to say; once. */
  void tell() {
    Runnable r = untold;
    untold = null;
    if (r != null) {
      r.run();
    }
  }

  /** The city an arrondissement code belongs to, or null when the code is not one. */
  public static City cityOfArrondissement(String code) {
    if (code == null || code.length() != 5) {
      return null;
    }
    int n;
    try {
      n = Integer.parseInt(code);
    } catch (NumberFormatException e) {
      return null;
    }
    for (City c : CITIES) {
      if (c.holds(n)) {
        return c;
      }
    }
    return null;
  }

  /** The city of that commune code ({@code 75056}...), or null. */
  public static City city(String code) {
    for (City c : CITIES) {
      if (c.code().equals(code)) {
        return c;
      }
    }
    return null;
  }

  /**
   * Decides which cities are diagnosed by arrondissement: those with at least one arrondissement
   * outline and arrondissement rows in the communes files. Says what was decided.
   *
   * @param communeFiles the rows of the communes files, as read
   * @param outlineFiles for every code that has an outline (commune-level files only), its file
   */
  public static Arrondissements decide(
      Collection<? extends Map<String, CommunesReader.Row>> communeFiles,
      Map<String, String> outlineFiles,
      Problems problems) {
    Map<String, TreeSet<String>> rows = armRows(communeFiles);
    Map<String, TreeSet<String>> outlined = new TreeMap<>();
    for (String code : outlineFiles.keySet()) {
      City c = cityOfArrondissement(code);
      if (c != null) {
        outlined.computeIfAbsent(c.code(), x -> new TreeSet<>()).add(code);
      }
    }
    Set<String> split = new TreeSet<>();
    outlined.forEach(
        (city, codes) -> {
          String name = city(city).name();
          TreeSet<String> units = rows.get(city);
          String file = outlineFiles.get(codes.first());
          if (units == null) {
            problems.warning(file, 0, 0, Messages.text("arm.no.rows", name, city, codes.size()));
            return;
          }
          split.add(city);
          problems.info(file, 0, 0, Messages.text("arm.split", name, city, units.size()));
        });
    return new Arrondissements(split);
  }

  private static Map<String, TreeSet<String>> armRows(
      Collection<? extends Map<String, CommunesReader.Row>> communeFiles) {
    Map<String, TreeSet<String>> rows = new TreeMap<>();
    for (Map<String, CommunesReader.Row> file : communeFiles) {
      for (CommunesReader.Row r : file.values()) {
        City c = r.type().equals(CommunesReader.ARM) ? cityOfArrondissement(r.code()) : null;
        if (c != null && (r.parent().isEmpty() || r.parent().equals(c.code()))) {
          rows.computeIfAbsent(c.code(), x -> new TreeSet<>()).add(r.code());
        }
      }
    }
    return rows;
  }

  /** The cities diagnosed by arrondissement (their commune codes). */
  public Set<String> splitCities() {
    return split;
  }

  /**
   * Makes the arrondissements of the split cities communes of the territory: their rows join {@code
   * com} (keeping TYPECOM ARM and their city as parent), the city's own row leaves it, and they no
   * longer roll up into the city.
   */
  public void apply(
      Collection<? extends Map<String, CommunesReader.Row>> communeFiles,
      Map<String, CommunesReader.Row> com,
      Map<String, String> parentOf,
      Map<String, String> parentType) {
    if (split.isEmpty()) {
      return;
    }
    for (Map<String, CommunesReader.Row> file : communeFiles) {
      for (CommunesReader.Row r : file.values()) {
        City c = r.type().equals(CommunesReader.ARM) ? cityOfArrondissement(r.code()) : null;
        if (c != null && split.contains(c.code())) {
          com.putIfAbsent(r.code(), r);
          parentOf.remove(r.code());
          parentType.remove(r.code());
        }
      }
    }
    split.forEach(com::remove);
  }

  /**
   * The arrondissement whose outline holds a point given with the code of a split city (an actor
   * located at an address of "Paris"), or the code unchanged.
   */
  public String locate(String code, GeoPoint p, SortedMap<String, Geometry> outlines) {
    City c = city(code);
    if (p == null || c == null || !split.contains(code)) {
      return code;
    }
    Point pt = new GeometryFactory().createPoint(new Coordinate(p.lon(), p.lat()));
    for (int n = c.first(); n < c.first() + c.count(); n++) {
      Geometry g = outlines.get(Integer.toString(n));
      if (g != null && g.covers(pt)) {
        return Integer.toString(n);
      }
    }
    return code;
  }
}
