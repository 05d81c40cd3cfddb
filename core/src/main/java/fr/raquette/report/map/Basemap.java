package fr.raquette.report.map;

import fr.raquette.territory.Commune;
import fr.raquette.territory.GeoPoint;
import fr.raquette.territory.Territory;
import fr.raquette.territory.TerritoryNames;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * What every map of a territory shares: the communes' outlines projected, fitted into the map's box
 * and simplified once to about one output unit (the pixel), as rings of drawing coordinates (y
 * down), outer rings clockwise and holes anticlockwise on screen, so that communes merged in one
 * path fill with the nonzero rule. The main panel holds metropolitan France (or the territory's
 * largest overseas département); on a map of France each overseas département gets an inset below
 * it, at its own scale. The context ring (communes loaded around the perimeter, not reported on) is
 * clipped to the perimeter's frame. The names of the main towns are placed once, without
 * collisions.
 */
final class Basemap {
  /** Drawing units per map unit, of the main panel. */
  final double scale;

  /** The main panel's frame. */
  final double left;

  final double top;
  final double width;
  final double height;

  /** The main panel first, then the insets left to right. */
  final List<Panel> panels;

  /**
   * Rings in drawing units by commune code; communes without a drawable outline are absent. A hash
   * map: it is only looked up by code (the sorted map's 35,000 insertions compared codes).
   */
  final Map<String, List<double[]>> rings;

  /**
   * The SVG path data of the communes of {@link #rings}, written once and copied into every map and
   * the HTML report that draw them.
   */
  final Paths paths;

  /** The drawn communes of the perimeter, in code order. */
  final List<String> perimeter;

  /**
   * Whether {@link #perimeter} is in increasing code order ({@link String#compareTo}), found once
   * for every map that walks it beside another list in code order.
   */
  final boolean perimeterInOrder;

  /** The drawn communes of the context ring, in code order. */
  final List<String> ring;

  /**
   * The codes of {@link #rings} (its key set), for the lookups of every map (a hash beats a sorted
   * map's string comparisons, thirty-five thousand times a map on all of France).
   */
  final Set<String> drawn;

  /** Town names, placed. */
  final List<Town> towns;

  /** Size of the text of the map (1 for an 800 units wide map). */
  final double k;

  /** Communes of the perimeter that have no drawable outline. */
  private final long undrawn;

  /** Projected points, by position: every theme map places the same anchors and actors. */
  private final Map<GeoPoint, double[]> points = new ConcurrentHashMap<>();

  /**
   * One frame of the map and its projection.
   *
   * @param zone {@code metro} or an overseas département's code
   * @param label the name written under an inset, empty for the main panel
   * @param wgs84 the WGS84 extent of its perimeter's communes, to place a point in its panel
   * @param cell x, y, width, height of the box it was fitted in (an inset's frame)
   */
  record Panel(
      String zone,
      String label,
      MapProjection projection,
      double scale,
      double left,
      double top,
      double width,
      double height,
      double minX,
      double maxY,
      Envelope wgs84,
      double[] cell) {
    double x(double mx) {
      return left + (mx - minX) * scale;
    }

    double y(double my) {
      return top + (maxY - my) * scale;
    }
  }

  /**
   * A town's name and its dot.
   *
   * @param tx where its text starts, is centred or ends, as {@code anchor} says
   */
  record Town(
      String code,
      String name,
      double x,
      double y,
      double tx,
      double ty,
      MapDrawing.Anchor anchor,
      double size) {}

  private Basemap(
      List<Panel> panels,
      Map<String, List<double[]>> rings,
      Paths paths,
      List<String> perimeter,
      List<String> ring,
      List<Town> towns,
      double k,
      long undrawn) {
    Panel main = panels.get(0);
    this.scale = main.scale();
    this.left = main.left();
    this.top = main.top();
    this.width = main.width();
    this.height = main.height();
    this.panels = List.copyOf(panels);
    this.rings = Collections.unmodifiableMap(rings);
    this.paths = paths;
    this.perimeter = List.copyOf(perimeter);
    this.perimeterInOrder = increasing(this.perimeter);
    this.ring = List.copyOf(ring);
    this.drawn = this.rings.keySet();
    this.towns = List.copyOf(towns);
    this.k = k;
    this.undrawn = undrawn;
  }

  /** {@code b} with its towns placed: the rest is shared, not copied again. */
  private Basemap(Basemap b, List<Town> towns) {
    this.scale = b.scale;
    this.left = b.left;
    this.top = b.top;
    this.width = b.width;
    this.height = b.height;
    this.panels = b.panels;
    this.rings = b.rings;
    this.paths = b.paths;
    this.perimeter = b.perimeter;
    this.perimeterInOrder = b.perimeterInOrder;
    this.ring = b.ring;
    this.drawn = b.drawn;
    this.towns = List.copyOf(towns);
    this.k = b.k;
    this.undrawn = b.undrawn;
  }

  /** Whether codes are in strictly increasing order. */
  static boolean increasing(List<String> codes) {
    for (int i = 1; i < codes.size(); i++) {
      if (codes.get(i - 1).compareTo(codes.get(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** Communes simplified by one task. */
  private static final int CHUNK = 64;

  /**
   * The chunks in the order the parallel stream deals them out: every {@code STRIDE}-th first, then
   * the next ones. A parallel stream hands each thread runs of neighbouring elements; taken in code
   * order, the perimeter of a département (a few hundred neighbouring codes, the communes that are
   * simplified in full while most of the ring is left out) would fall in one run, on one thread.
   */
  private static final int STRIDE = 16;

  /** {@code 0..chunks-1}, every {@link #STRIDE}-th first (see {@link #STRIDE}). */
  static int[] dealt(int chunks) {
    int[] order = new int[chunks];
    int n = 0;
    for (int r = 0; r < STRIDE; r++) {
      for (int c = r; c < chunks; c += STRIDE) {
        order[n++] = c;
      }
    }
    return order;
  }

  /** One commune to draw, projected in its zone. */
  private static final class Item {
    final String code;
    final String zone;
    final boolean inPerimeter;
    final Geometry outline;

    /** Its outline projected, until it is simplified. */
    Geometry projected;

    Envelope envelope;
    List<double[]> rings = List.of();
    int pathStart;
    int pathEnd;

    Item(String code, String zone, boolean inPerimeter, Geometry outline) {
      this.code = code;
      this.zone = zone;
      this.inPerimeter = inPerimeter;
      this.outline = outline;
    }
  }

  /**
   * Fits the territory's outlines into the box at ({@code left}, {@code top}), at most {@code
   * boxWidth} × {@code boxHeight}, keeping their aspect; {@code k} scales the towns' text. Each
   * call computes it afresh: {@link Basemaps} keeps it for the maps of one report.
   */
  static Basemap of(
      Territory t, double left, double top, double boxWidth, double boxHeight, double k) {
    // Zones with a commune of the perimeter: metropolitan France first, then the overseas
    // départements in code order (the first the main panel when there is no metropolitan one).
    SortedMap<String, Envelope> wgs84 = zoneExtents(t);
    if (wgs84.isEmpty()) {
      return empty(t, left, top, boxWidth, boxHeight, k);
    }
    List<String> order = zoneOrder(wgs84.keySet());
    Map<String, MapProjection> projections = new TreeMap<>();
    for (String z : order) {
      Envelope e = wgs84.get(z);
      projections.put(
          z,
          z.equals(MapProjection.METRO)
              ? MapProjection.lambert93()
              : MapProjection.local((e.getMinY() + e.getMaxY()) / 2));
    }
    List<Item> items = projected(t, projections);
    List<Panel> panels =
        layout(
            order,
            projections,
            perimeterExtent(t, items),
            wgs84,
            left,
            top,
            boxWidth,
            boxHeight,
            k);
    Map<String, Panel> byZone = new TreeMap<>();
    panels.forEach(p -> byZone.put(p.zone(), p));
    Paths paths = simplify(items, byZone);
    Map<String, List<double[]>> rings = new HashMap<>(items.size() * 4 / 3 + 1);
    List<String> perimeter = new ArrayList<>();
    List<String> ring = new ArrayList<>();
    for (Item it : items) {
      if (!it.rings.isEmpty()) {
        rings.put(it.code, it.rings);
        (it.inPerimeter ? perimeter : ring).add(it.code);
      }
    }
    long undrawn = perimeterSize(t) - perimeter.size();
    Basemap b = new Basemap(panels, rings, paths, perimeter, ring, List.of(), k, undrawn);
    return new Basemap(b, Towns.place(t, b));
  }

  /**
   * Each commune's rings and path data, in chunks over the cores, each chunk with one simplifier
   * and its work arrays, writing the path data of its communes of the perimeter one after the
   * other, and those of the context ring: the chunks' texts, end to end, are the merged paths.
   */
  private static Paths simplify(List<Item> items, Map<String, Panel> byZone) {
    GeometryFactory gf = new GeometryFactory();
    int chunks = (items.size() + CHUNK - 1) / CHUNK;
    StringBuilder[][] texts = new StringBuilder[chunks][];
    // A simplifier's work arrays grow to the largest commune it met: each chunk takes an idle one
    // (they hold no result), so that a few hundred chunks do not grow them afresh.
    java.util.Queue<FastTopologySimplifier> idle =
        new java.util.concurrent.ConcurrentLinkedQueue<>();
    java.util.Arrays.stream(dealt(chunks))
        .parallel()
        .forEach(
            c -> {
              FastTopologySimplifier polled = idle.poll();
              FastTopologySimplifier simplifier =
                  polled != null ? polled : new FastTopologySimplifier();
              StringBuilder[] text = {new StringBuilder(), new StringBuilder()};
              for (int i = c * CHUNK; i < Math.min(items.size(), (c + 1) * CHUNK); i++) {
                Item it = items.get(i);
                it.rings = rings(it, byZone.get(it.zone), gf, simplifier);
                StringBuilder sb = text[it.inPerimeter ? 0 : 1];
                it.pathStart = sb.length();
                for (double[] r : it.rings) {
                  BaseSvg.pathData(sb, r);
                }
                it.pathEnd = sb.length();
              }
              texts[c] = text;
              idle.add(simplifier);
            });
    StringBuilder[] whole = {new StringBuilder(), new StringBuilder()};
    Map<String, int[]> spans = new HashMap<>();
    for (int c = 0; c < chunks; c++) {
      int[] base = {whole[0].length(), whole[1].length()};
      for (int i = c * CHUNK; i < Math.min(items.size(), (c + 1) * CHUNK); i++) {
        Item it = items.get(i);
        if (!it.rings.isEmpty()) {
          int w = it.inPerimeter ? 0 : 1;
          spans.put(it.code, new int[] {w, base[w] + it.pathStart, base[w] + it.pathEnd, -1});
        }
      }
      whole[0].append(texts[c][0]);
      whole[1].append(texts[c][1]);
    }
    return new Paths(whole[0].toString(), whole[1].toString(), spans);
  }

  /**
   * The path data ({@link BaseSvg#pathData}) of the drawn communes, written once: those of the
   * perimeter end to end in code order, as the perimeter's merged path draws them, those of the
   * context ring likewise, and where each commune's lies in them.
   */
  static final class Paths {
    static final Paths NONE = new Paths("", "", Map.of());

    /** The perimeter's merged path data. */
    final String perimeter;

    /** The context ring's merged path data. */
    final String ring;

    /** By code: 0 for the perimeter or 1 for the ring, start, end, index in {@link #codes}. */
    private final Map<String, int[]> spans;

    /** The drawn communes' codes, sorted. */
    private final String[] codes;

    private Paths(String perimeter, String ring, Map<String, int[]> spans) {
      this.perimeter = perimeter;
      this.ring = ring;
      this.spans = spans;
      this.codes = spans.keySet().toArray(String[]::new);
      java.util.Arrays.sort(codes);
      for (int i = 0; i < codes.length; i++) {
        spans.get(codes[i])[3] = i;
      }
    }

    /** Whether a commune is drawn. */
    boolean has(String code) {
      return spans.containsKey(code);
    }

    /** How many communes are drawn. */
    int size() {
      return codes.length;
    }

    /** A drawn commune's rank in code order, or -1 when it is not drawn. */
    int index(String code) {
      int[] s = spans.get(code);
      return s == null ? -1 : s[3];
    }

    /** The drawn commune of a rank in code order. */
    String code(int index) {
      return codes[index];
    }

    /** Appends a drawn commune's path data. */
    void append(String code, StringBuilder sb) {
      int[] s = spans.get(code);
      sb.append(s[0] == 0 ? perimeter : ring, s[1], s[2]);
    }
  }

  /** The WGS84 extent of the perimeter's outlines in each zone that has one. */
  private static SortedMap<String, Envelope> zoneExtents(Territory t) {
    SortedMap<String, Envelope> wgs84 = new TreeMap<>();
    t.outlines()
        .forEach(
            (code, g) -> {
              if (g != null && !g.isEmpty() && t.inPerimeter(code)) {
                wgs84
                    .computeIfAbsent(MapProjection.zone(code), q -> new Envelope())
                    .expandToInclude(g.getEnvelopeInternal());
              }
            });
    return wgs84;
  }

  /** Nothing to draw: an empty frame of the box's width, so that legends still lay out. */
  private static Basemap empty(
      Territory t, double left, double top, double boxWidth, double boxHeight, double k) {
    Panel p =
        new Panel(
            MapProjection.METRO,
            "",
            MapProjection.lambert93(),
            1,
            left,
            top,
            boxWidth,
            boxHeight / 2,
            0,
            0,
            new Envelope(),
            new double[] {left, top, boxWidth, boxHeight / 2});
    return new Basemap(
        List.of(p),
        new HashMap<>(),
        Paths.NONE,
        List.of(),
        List.of(),
        List.of(),
        k,
        perimeterSize(t));
  }

  /** Metropolitan France first, then the overseas départements in code order. */
  private static List<String> zoneOrder(Set<String> zones) {
    List<String> order = new ArrayList<>(zones);
    order.sort(
        (a, b) -> {
          if (a.equals(MapProjection.METRO) != b.equals(MapProjection.METRO)) {
            return a.equals(MapProjection.METRO) ? -1 : 1;
          }
          return a.compareTo(b);
        });
    return order;
  }

  /**
   * The communes to draw, in code order, each projected in its zone. On all of France (two million
   * points) projecting and simplifying are the longest steps of the maps, so they are spread over
   * the cores; the results land by index, whatever the thread that computed them. Each projected
   * copy is kept until the simplification, which needs the panels (its coordinates in one array per
   * ring, {@link fr.raquette.geo.XySequence}, as the outlines).
   */
  private static List<Item> projected(Territory t, Map<String, MapProjection> projections) {
    List<Item> items = new ArrayList<>();
    t.outlines()
        .forEach(
            (code, g) -> {
              String z = MapProjection.zone(code);
              if (g != null && !g.isEmpty() && projections.containsKey(z)) {
                items.add(new Item(code, z, t.inPerimeter(code), g));
              }
            });
    items.parallelStream()
        .forEach(
            it -> {
              it.envelope = new Envelope();
              it.projected = projections.get(it.zone).projected(it.outline, it.envelope);
            });
    return items;
  }

  /**
   * The projected extent of the perimeter in each zone; with a context ring, a little more, so that
   * the perimeter's edge is seen as an edge.
   */
  private static Map<String, Envelope> perimeterExtent(Territory t, List<Item> items) {
    Map<String, Envelope> extent = new TreeMap<>();
    for (Item it : items) {
      if (it.inPerimeter) {
        extent.computeIfAbsent(it.zone, z -> new Envelope()).expandToInclude(it.envelope);
      }
    }
    if (t.hasRing()) {
      extent.values().forEach(e -> e.expandBy(0.04 * Math.max(e.getWidth(), e.getHeight())));
    }
    return extent;
  }

  private static long perimeterSize(Territory t) {
    return t.communes().keySet().stream().filter(t::inPerimeter).count();
  }

  /**
   * The main panel fills the box but for a row of insets under it, one per other zone, each in a
   * square cell with its name below.
   */
  private static List<Panel> layout(
      List<String> order,
      Map<String, MapProjection> projections,
      Map<String, Envelope> extent,
      Map<String, Envelope> wgs84,
      double left,
      double top,
      double boxWidth,
      double boxHeight,
      double k) {
    int insets = order.size() - 1;
    double gap = 10 * k;
    double cell =
        insets == 0 ? 0 : Math.min((boxWidth - (insets - 1) * gap) / insets, boxWidth / 4);
    double labelRoom = 16 * k;
    double mainHeight = insets == 0 ? boxHeight : boxHeight - cell - gap - labelRoom;
    List<Panel> panels = new ArrayList<>();
    String main = order.get(0);
    panels.add(
        fit(
            main,
            "",
            projections.get(main),
            extent.get(main),
            wgs84.get(main),
            left,
            top,
            boxWidth,
            mainHeight,
            false));
    double y = panels.get(0).top() + panels.get(0).height() + gap;
    for (int i = 1; i < order.size(); i++) {
      String z = order.get(i);
      double x = left + (i - 1) * (cell + gap);
      panels.add(
          fit(
              z,
              TerritoryNames.departement(z),
              projections.get(z),
              extent.get(z),
              wgs84.get(z),
              x,
              y,
              cell,
              cell,
              true));
    }
    return panels;
  }

  /** A panel fitted into a box, keeping the aspect; an inset is centred in its square cell. */
  private static Panel fit(
      String zone,
      String label,
      MapProjection projection,
      Envelope env,
      Envelope wgs84,
      double left,
      double top,
      double boxWidth,
      double boxHeight,
      boolean centred) {
    double w = Math.max(env.getWidth(), 1e-9);
    double h = Math.max(env.getHeight(), 1e-9);
    double scale = Math.min(boxWidth / w, boxHeight / h);
    double pw = w * scale;
    double ph = h * scale;
    double pl = centred ? left + (boxWidth - pw) / 2 : left;
    double pt = centred ? top + (boxHeight - ph) / 2 : top;
    Envelope where = new Envelope(wgs84);
    where.expandBy(0.5);
    return new Panel(
        zone,
        label,
        projection,
        scale,
        pl,
        pt,
        pw,
        ph,
        env.getMinX(),
        env.getMaxY(),
        where,
        new double[] {left, top, boxWidth, boxHeight});
  }

  /**
   * A commune's rings in its panel, simplified to the panel's unit; a ring commune is cut to the
   * panel's frame, and left out when it falls outside.
   */
  private static List<double[]> rings(
      Item it, Panel p, GeometryFactory gf, FastTopologySimplifier simplifier) {
    Envelope frame =
        new Envelope(
            p.minX(),
            p.minX() + p.width() / p.scale(),
            p.maxY() - p.height() / p.scale(),
            p.maxY());
    Geometry g = it.projected;
    it.projected = null;
    // A commune of the context ring outside the frame is left before it is cut: around a
    // département, most of the ring is.
    if (!it.inPerimeter && !frame.intersects(it.envelope)) {
      return List.of();
    }
    if (!it.inPerimeter) {
      if (!frame.contains(it.envelope)) {
        g = g.intersection(gf.toGeometry(frame));
      }
    }
    // JTS's TopologyPreservingSimplifier, exactly, without its garbage.
    Geometry s = simplifier.simplified(g, 1 / p.scale());
    List<double[]> rs = new ArrayList<>();
    for (int k = 0; k < s.getNumGeometries(); k++) {
      if (s.getGeometryN(k) instanceof Polygon poly && !poly.isEmpty()) {
        rs.add(ring(poly.getExteriorRing(), p, true));
        for (int j = 0; j < poly.getNumInteriorRing(); j++) {
          rs.add(ring(poly.getInteriorRingN(j), p, false));
        }
      }
    }
    return rs;
  }

  /** A ring in drawing units, clockwise on screen when {@code outer}, anticlockwise otherwise. */
  private static double[] ring(LineString ls, Panel p, boolean outer) {
    Coordinate[] cs = ls.getCoordinates();
    int n = cs.length > 1 && cs[0].equals2D(cs[cs.length - 1]) ? cs.length - 1 : cs.length;
    double[] out = new double[2 * n];
    double area = 0;
    for (int i = 0; i < n; i++) {
      out[2 * i] = p.x(cs[i].x);
      out[2 * i + 1] = p.y(cs[i].y);
    }
    for (int i = 0; i < n; i++) {
      int j = (i + 1) % n;
      area += out[2 * i] * out[2 * j + 1] - out[2 * j] * out[2 * i + 1];
    }
    // With y down, a positive shoelace sum is clockwise on screen.
    if ((area > 0) != outer) {
      for (int i = 0, j = n - 1; i < j; i++, j--) {
        double x = out[2 * i];
        double y = out[2 * i + 1];
        out[2 * i] = out[2 * j];
        out[2 * i + 1] = out[2 * j + 1];
        out[2 * j] = x;
        out[2 * j + 1] = y;
      }
    }
    return out;
  }

  /** The panel that draws a WGS84 point: the first whose extent holds it, else the main one. */
  private Panel panelOf(GeoPoint p) {
    for (int i = 1; i < panels.size(); i++) {
      if (panels.get(i).wgs84().contains(p.lon(), p.lat())) {
        return panels.get(i);
      }
    }
    return panels.get(0);
  }

  /** A WGS84 point in drawing units, or null when there is none. */
  double[] point(GeoPoint p) {
    if (p == null) {
      return null;
    }
    return points
        .computeIfAbsent(
            p,
            q -> {
              Panel panel = panelOf(q);
              double[] m = panel.projection().project(q.lon(), q.lat());
              return new double[] {panel.x(m[0]), panel.y(m[1])};
            })
        .clone();
  }

  /**
   * The start of the ids of this basemap's shapes in SVG, the same for every basemap of the same
   * frame, so that the maps of one HTML page share them: {@code b} for maps of the default width
   * under a title and a subtitle of one line each ({@link #ONE_LINE_TOP}), else with the width
   * ({@code b1000-}) and the top in tenths of a unit at the default width ({@code bt900-}) that
   * differ: a map whose title takes two lines has its basemap lower, not the same shapes.
   */
  String prefix() {
    long w = Math.round(k * MapStyle.DEFAULT_WIDTH);
    long t = Math.round(top / k * 10);
    String width = w == MapStyle.DEFAULT_WIDTH ? "" : Long.toString(w);
    String down = t == ONE_LINE_TOP * 10 ? "" : "t" + t;
    return width.isEmpty() && down.isEmpty() ? "b" : "b" + width + down + "-";
  }

  /** The top of the basemap of a map whose title and subtitle take one line each, in units. */
  static final int ONE_LINE_TOP = 64;

  /** How many communes of the perimeter are not drawn, for lack of an outline. */
  long undrawn() {
    return undrawn;
  }

  /** The lowest y of the panels. */
  double bottom() {
    double b = top + height;
    for (Panel p : panels.subList(1, panels.size())) {
      b = Math.max(b, p.cell()[1] + p.cell()[3] + 16 * k);
    }
    return b;
  }

  /** Whether a drawing point falls inside one of the map's panels, give or take {@code margin}. */
  boolean inside(double[] p, double margin) {
    if (p == null) {
      return false;
    }
    for (Panel q : panels) {
      if (p[0] >= q.left() - margin
          && p[0] <= q.left() + q.width() + margin
          && p[1] >= q.top() - margin
          && p[1] <= q.top() + q.height() + margin) {
        return true;
      }
    }
    return false;
  }

  /** Drawing units per km, in the main panel. */
  double unitsPerKm() {
    return scale / panels.get(0).projection().kmPerUnit();
  }

  /**
   * Width of the white line between communes: half a unit, thinner where communes are only a few
   * units across (all of France), so that the colours are not washed out.
   */
  double outlineWidth() {
    Panel main = panels.get(0);
    double n = Math.max(1, perimeter.size());
    double side = Math.sqrt(main.width() * main.height() / n);
    return side >= 8 * k ? 0.5 * k : Math.max(0.15 * k, 0.5 * k * side / (8 * k));
  }

  /** The population of a commune, for the towns' order. */
  static long population(Territory t, String code) {
    Commune c = t.communes().get(code);
    return c == null ? 0 : c.population();
  }
}
