package fr.raquette.geo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * Which communes are on one landmass: communes whose outlines touch, within {@link #TOLERANCE_KM},
 * are on the same land, and so are the two ends of a fixed link ({@link #BRIDGES}: the bridges to
 * Ré, Oléron and Noirmoutier). An island without a bridge (Yeu, Ouessant, Belle-Île, Corsica,
 * Marie-Galante…) is a landmass of its own, so the context ring of a territory and the search for
 * the nearest offer never cross the sea.
 *
 * <p>The tolerance absorbs the gaps left where outlines were simplified file by file (one
 * département at a time in our national file): shared boundaries then differ by up to a few hundred
 * metres. It is measured in degrees of latitude, and along parallels in degrees of longitude scaled
 * by the cosine of the latitude, so it is about {@value #TOLERANCE_KM} km in every direction. The
 * narrowest strait between an island commune and another landmass in France is wider than that
 * except where a bridge crosses it.
 *
 * <p>Pure: no input or output; the result depends on the outlines only.
 */
public final class Landmasses {
  /** How close two outlines must come to be on one landmass, in km. */
  public static final double TOLERANCE_KM = 0.5;

  /**
   * Fixed links: commune codes at both ends of a road bridge to an island whose outlines do not
   * touch the mainland's. Île de Ré: Rivedoux-Plage – La Rochelle (pont de l'île de Ré, 1988).
   * Oléron: Le Château-d'Oléron – Bourcefranc-le-Chapus (pont d'Oléron, 1966). Noirmoutier:
   * Barbâtre – La Barre-de-Monts (pont de Noirmoutier, 1971; the Passage du Gois is tidal).
   */
  public static final List<List<String>> BRIDGES =
      List.of(List.of("17297", "17300"), List.of("17093", "17058"), List.of("85011", "85012"));

  private static final double KM_PER_DEGREE = 111.32;

  private final SortedMap<String, Integer> landOf;
  private final List<SortedSet<String>> lands;

  private Landmasses(SortedMap<String, Integer> landOf, List<SortedSet<String>> lands) {
    this.landOf = landOf;
    this.lands = lands;
  }

  /** The landmasses of these outlines (WGS84), with the built-in {@link #BRIDGES}. */
  public static Landmasses of(Map<String, Geometry> outlines) {
    return of(outlines, TOLERANCE_KM, BRIDGES);
  }

  /**
   * The landmasses of these outlines.
   *
   * @param outlines WGS84 outline by commune code; empty or null outlines make a land of their own
   * @param toleranceKm how close two outlines must come to be joined
   * @param bridges pairs of commune codes joined whatever their outlines; a pair naming a commune
   *     absent from {@code outlines} is ignored
   */
  public static Landmasses of(
      Map<String, Geometry> outlines, double toleranceKm, List<List<String>> bridges) {
    // In code order; the territory's outlines already are (no copy then).
    SortedMap<String, Geometry> sorted =
        outlines instanceof SortedMap<String, Geometry> s && s.comparator() == null
            ? s
            : new TreeMap<>(outlines);
    List<String> codes = new ArrayList<>(sorted.size());
    Map<String, Integer> index = new HashMap<>();
    Geometry[] geoms = new Geometry[sorted.size()];
    for (Map.Entry<String, Geometry> e : sorted.entrySet()) {
      Geometry g = e.getValue();
      index.put(e.getKey(), codes.size());
      geoms[codes.size()] = g == null || g.isEmpty() ? null : g;
      codes.add(e.getKey());
    }
    int[] parent = new int[codes.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    joinSharedVertices(geoms, parent);
    joinWithinTolerance(geoms, parent, toleranceKm);
    for (List<String> b : bridges) {
      Integer a = index.get(b.get(0));
      Integer c = index.get(b.get(1));
      if (a != null && c != null) {
        union(parent, a, c);
      }
    }
    return numbered(codes, parent);
  }

  /**
   * Communes sharing a vertex (on a grid of about 10 m) touch: within one simplified file, that is
   * nearly every pair of neighbours, found in one pass over the vertices sorted by cell.
   */
  private static void joinSharedVertices(Geometry[] geoms, int[] parent) {
    long[] keys = VertexCells.sortedByCell(geoms);
    for (int a = 1; a < keys.length; a++) {
      if (keys[a] >>> VertexCells.OUTLINE_BITS == keys[a - 1] >>> VertexCells.OUTLINE_BITS) {
        union(
            parent,
            (int) (keys[a] & VertexCells.OUTLINE_MASK),
            (int) (keys[a - 1] & VertexCells.OUTLINE_MASK));
      }
    }
  }

  /**
   * Outlines of different lands so far that come within the tolerance are joined. The candidates of
   * outline i are the outlines j &gt; i whose envelope meets i's widened by the tolerance, found by
   * an {@link EnvelopeGrid} (formerly an STRtree: the same candidates, in another order, which
   * makes the same lands since joining is transitive).
   */
  private static void joinWithinTolerance(Geometry[] geoms, int[] parent, double toleranceKm) {
    Envelope[] envelopes = new Envelope[geoms.length];
    for (int i = 0; i < geoms.length; i++) {
      envelopes[i] = geoms[i] == null ? null : geoms[i].getEnvelopeInternal();
    }
    EnvelopeGrid grid = new EnvelopeGrid(envelopes);
    for (int i = 0; i < geoms.length; i++) {
      if (geoms[i] == null) {
        continue;
      }
      Envelope e = new Envelope(envelopes[i]);
      double lat = Math.toRadians(Math.max(Math.abs(e.getMinY()), Math.abs(e.getMaxY())));
      double dLat = toleranceKm / KM_PER_DEGREE;
      e.expandBy(dLat / Math.max(0.05, Math.cos(lat)), dLat);
      int from = i;
      grid.query(
          e,
          j -> {
            if (j > from
                && find(parent, from) != find(parent, j)
                && close(geoms[from], geoms[j], toleranceKm)) {
              union(parent, from, j);
            }
          });
    }
  }

  /** Whether two outlines come within {@code km}, longitudes scaled to the pair's latitude. */
  static boolean close(Geometry a, Geometry b, double km) {
    Envelope e = new Envelope(a.getEnvelopeInternal());
    e.expandToInclude(b.getEnvelopeInternal());
    double cos = Math.cos(Math.toRadians((e.getMinY() + e.getMaxY()) / 2));
    AffineTransformation scale = AffineTransformation.scaleInstance(cos, 1);
    return scale.transform(a).isWithinDistance(scale.transform(b), km / KM_PER_DEGREE);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      // The smaller index is the root, so that numbering does not depend on the order of joins.
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  /** Lands numbered by their first commune code, so the numbering is stable. */
  private static Landmasses numbered(List<String> codes, int[] parent) {
    SortedMap<String, Integer> landOf = new TreeMap<>();
    Map<Integer, Integer> number = new HashMap<>();
    List<SortedSet<String>> lands = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      int root = find(parent, i);
      Integer n = number.get(root);
      if (n == null) {
        n = lands.size();
        number.put(root, n);
        lands.add(new TreeSet<>());
      }
      lands.get(n).add(codes.get(i));
      landOf.put(codes.get(i), n);
    }
    List<SortedSet<String>> frozen = new ArrayList<>();
    for (SortedSet<String> l : lands) {
      frozen.add(Collections.unmodifiableSortedSet(l));
    }
    return new Landmasses(Collections.unmodifiableSortedMap(landOf), List.copyOf(frozen));
  }

  /** The number of the commune's landmass, or -1 for a commune without an outline. */
  public int landOf(String code) {
    Integer n = landOf.get(code);
    return n == null ? -1 : n;
  }

  /**
   * Whether two communes are on one landmass. A commune without an outline is on no known land:
   * false, unless both codes are the same.
   */
  public boolean sameLand(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    int la = landOf(a);
    return la >= 0 && la == landOf(b);
  }

  /** The communes of each landmass, numbered in the order of their first commune code. */
  public List<SortedSet<String>> lands() {
    return lands;
  }

  /** The communes on the same landmass as {@code code} (itself included), empty when unknown. */
  public SortedSet<String> landWith(String code) {
    int n = landOf(code);
    return n < 0 ? Collections.emptySortedSet() : lands.get(n);
  }
}
