package fr.raquette.report.map;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.RayCrossingCounter;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateArrays;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryComponentFilter;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.util.GeometryTransformer;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * JTS's {@link TopologyPreservingSimplifier} (jts-core 1.20.0, its oracle), the same algorithm step
 * by step, without its garbage: Douglas-Peucker on each line (ring) of the geometry, taken in the
 * order of JTS's hash map of lines, a flattening kept only when the new segment crosses no segment
 * left of the input nor any segment already output and jumps over no other component, then the
 * rings' end points simplified the same way. JTS keeps each input segment as an object in a
 * quadtree, allocates an envelope, a visitor and a list per query and a segment per step; here the
 * segments are indices into the lines' coordinates, found through a flat grid, and only the
 * intersection, orientation, distance and ray-crossing tests are JTS's own (called with the same
 * coordinates in the same order, so that rounding agrees too).
 *
 * <p>The only behaviour of JTS not reproduced: its quadtree removes a segment by equality of
 * coordinates, so that when two segments of the input (or two of the output, at a ring's end point)
 * are equal, which of them it removes depends on the quadtree's shape. Such geometries are handed
 * to JTS itself.
 *
 * <p>A re-implementation of the JTS Topology Suite's algorithm (JTS is dual-licensed under the
 * Eclipse Public License 2.0 and the Eclipse Distribution License 1.0): a JTS upgrade means running
 * FastTopologySimplifierTest again, and porting its changes.
 */
final class FastTopologySimplifier {
  /** Thrown when the result would depend on which of two equal segments JTS removes. */
  private static final class Ambiguous extends RuntimeException {
    Ambiguous() {
      super(null, null, false, false);
    }
  }

  /** A line of the geometry, as JTS's {@code TaggedLineString}. */
  private static final class Line {
    final Coordinate[] pts;
    final int minSize;
    final boolean isRing;

    /** The id of its first segment in the input index. */
    int base;

    /** Its result, as segment references ({@link #ref}). */
    int[] result = new int[8];

    int resultCount;

    /** {@code parent}'s points, copied into coordinates of {@code pool} ({@link Pool}). */
    Line(LineString parent, Pool pool) {
      CoordinateSequence seq = parent.getCoordinateSequence();
      this.pts = new Coordinate[seq.size()];
      for (int i = 0; i < pts.length; i++) {
        pts[i] = pool.next();
        seq.getCoordinate(i, pts[i]);
      }
      // LineString.isClosed of a line that is not empty.
      this.minSize = pts[0].equals2D(pts[pts.length - 1]) ? 4 : 2;
      this.isRing = parent instanceof LinearRing;
    }

    int resultSize() {
      return resultCount == 0 ? 0 : resultCount + 1;
    }

    void add(int ref) {
      if (resultCount == result.length) {
        result = Arrays.copyOf(result, 2 * resultCount);
      }
      result[resultCount++] = ref;
    }
  }

  /**
   * The coordinates of the lines of one simplification, kept for the next: a map of France reads
   * two million points, which as new objects were most of the memory its basemap allocated. None
   * leaves a simplification: its result has copies ({@link #resultCoordinates}).
   */
  private static final class Pool {
    private Coordinate[] items = new Coordinate[64];
    private int used;

    Coordinate next() {
      if (used == items.length) {
        items = Arrays.copyOf(items, 2 * used);
      }
      if (items[used] == null) {
        items[used] = new Coordinate();
      }
      return items[used++];
    }

    void clear() {
      used = 0;
    }
  }

  private final Pool pool = new Pool();

  private final RobustLineIntersector li = new RobustLineIntersector();

  // The state of one simplification; the arrays are kept from one to the next.
  private double tolerance;
  private Map<LineString, Line> byLine;
  private Line[] lines;

  /** Input segments, by id: their line, envelope, whether still in the index. */
  private Line[] inLine = new Line[64];

  private int inCount;
  private double[] inEnv = new double[256];
  private boolean[] inAlive = new boolean[64];
  private int[] slots = new int[64];
  private final Grid inGrid = new Grid();

  /** Output segments (flattenings), by id. */
  private Coordinate[] outP0 = new Coordinate[16];

  private Coordinate[] outP1 = new Coordinate[16];
  private double[] outEnv = new double[64];
  private boolean[] outAlive = new boolean[16];
  private int outCount;
  private final Grid outGrid = new Grid();

  /** A simplifier, to use for many geometries in turn on one thread: it keeps its work arrays. */
  FastTopologySimplifier() {}

  /**
   * The geometry simplified as {@link TopologyPreservingSimplifier#simplify} does it.
   *
   * @throws IllegalArgumentException for a negative tolerance, as JTS
   */
  static Geometry simplify(Geometry g, double tolerance) {
    return new FastTopologySimplifier().simplified(g, tolerance);
  }

  /** The same, with this simplifier's work arrays. */
  Geometry simplified(Geometry g, double tolerance) {
    Geometry s = simplifiedOrNull(g, tolerance);
    return s != null ? s : TopologyPreservingSimplifier.simplify(g, tolerance);
  }

  /** The same, or null when the result would depend on which of two equal segments JTS removes. */
  Geometry simplifiedOrNull(Geometry g, double tolerance) {
    if (tolerance < 0) {
      throw new IllegalArgumentException("Tolerance must be non-negative");
    }
    if (g.isEmpty()) {
      return g.copy();
    }
    this.tolerance = tolerance;
    index(g);
    if (hasEqualInputSegments()) {
      return null;
    }
    try {
      for (Line l : lines) {
        simplify(l);
      }
    } catch (Ambiguous e) {
      return null;
    }
    Geometry result = result(g);
    byLine = null;
    lines = null;
    Arrays.fill(inLine, 0, inCount, null);
    Arrays.fill(outP0, 0, outCount, null);
    Arrays.fill(outP1, 0, outCount, null);
    return result;
  }

  /**
   * The lines in the order JTS takes them, the values of a hash map by line (a fresh one: the order
   * depends on its capacity), and their segments in the input index.
   */
  private void index(Geometry g) {
    byLine = new HashMap<>();
    pool.clear();
    g.apply(
        (GeometryComponentFilter)
            c -> {
              if (c instanceof LineString l && !l.isEmpty()) {
                byLine.put(l, new Line(l, pool));
              }
            });
    lines = byLine.values().toArray(Line[]::new);
    int n = 0;
    for (Line l : lines) {
      l.base = n;
      n += l.pts.length - 1;
    }
    if (inLine.length < n) {
      int size = Math.max(n, 2 * inLine.length);
      inLine = new Line[size];
      inEnv = new double[4 * size];
      inAlive = new boolean[size];
    }
    inCount = n;
    outCount = 0;
    Envelope all = g.getEnvelopeInternal();
    // About one input segment per cell along the outline, at most two cells per segment; the
    // output's segments are longer and fewer: a coarser grid.
    int side = (int) Math.max(1, Math.min(Math.sqrt(2.0 * n), n / 8.0));
    inGrid.reset(all, side, n);
    outGrid.reset(all, Math.max(1, side / 4), n);
    for (Line l : lines) {
      for (int i = 0; i + 1 < l.pts.length; i++) {
        int id = l.base + i;
        inLine[id] = l;
        inAlive[id] = true;
        envelope(inEnv, id, l.pts[i], l.pts[i + 1]);
        inGrid.add(id, inEnv);
      }
    }
  }

  /** The input rebuilt with each line's result, as JTS's {@code LineStringTransformer}. */
  private Geometry result(Geometry g) {
    return new GeometryTransformer() {
      @Override
      protected CoordinateSequence transformCoordinates(
          CoordinateSequence coords, Geometry parent) {
        if (coords.size() == 0) {
          return null;
        }
        if (parent instanceof LineString) {
          return createCoordinateSequence(resultCoordinates(byLine.get(parent)));
        }
        return super.transformCoordinates(coords, parent);
      }
    }.transform(g);
  }

  private Coordinate[] resultCoordinates(Line l) {
    Coordinate[] pts = new Coordinate[l.resultCount + 1];
    for (int i = 0; i < l.resultCount; i++) {
      pts[i] = p0(l.result[i]).copy();
    }
    pts[l.resultCount] = p1(l.result[l.resultCount - 1]).copy();
    return pts;
  }

  /**
   * Whether two input segments have the same start and the same end: an open-addressing hash set of
   * the segments, by their coordinates (0.0 and -0.0 alike, as {@code ==} takes them).
   */
  private boolean hasEqualInputSegments() {
    int n = inCount;
    int size = Integer.highestOneBit(Math.max(4, 2 * n)) << 1;
    if (slots.length < size) {
      slots = new int[size];
    }
    Arrays.fill(slots, 0, size, -1);
    for (int id = 0; id < n; id++) {
      Coordinate a = p0(id);
      Coordinate b = p1(id);
      long h = Double.doubleToLongBits(a.x + 0.0);
      h = 31 * h + Double.doubleToLongBits(a.y + 0.0);
      h = 31 * h + Double.doubleToLongBits(b.x + 0.0);
      h = 31 * h + Double.doubleToLongBits(b.y + 0.0);
      h *= 0x9E3779B97F4A7C15L;
      int slot = (int) (h >>> 40) & (size - 1);
      while (slots[slot] >= 0) {
        if (sameSegment(slots[slot], id)) {
          return true;
        }
        slot = (slot + 1) & (size - 1);
      }
      slots[slot] = id;
    }
    return false;
  }

  private boolean sameSegment(int a, int b) {
    return p0(a).equals2D(p0(b)) && p1(a).equals2D(p1(b));
  }

  // ------------------------------------------------------------------ segments

  /** A segment of a result: an input segment's id, or {@code -1 - id} for an output segment. */
  private static int ref(int outputId) {
    return -1 - outputId;
  }

  private Coordinate p0(int ref) {
    if (ref >= 0) {
      Line l = inLine[ref];
      return l.pts[ref - l.base];
    }
    return outP0[-1 - ref];
  }

  private Coordinate p1(int ref) {
    if (ref >= 0) {
      Line l = inLine[ref];
      return l.pts[ref - l.base + 1];
    }
    return outP1[-1 - ref];
  }

  /** Min x, max x, min y, max y (no Math.min: 0.0 and -0.0 compare alike anyway, and no NaN). */
  private static void envelope(double[] env, int id, Coordinate a, Coordinate b) {
    boolean left = a.x <= b.x;
    boolean low = a.y <= b.y;
    env[4 * id] = left ? a.x : b.x;
    env[4 * id + 1] = left ? b.x : a.x;
    env[4 * id + 2] = low ? a.y : b.y;
    env[4 * id + 3] = low ? b.y : a.y;
  }

  /** {@code Envelope.intersects(p1, p2, q1, q2)} of JTS's segment index query. */
  private static boolean overlaps(double[] env, int id, double[] q) {
    return !(env[4 * id] > q[1]
        || env[4 * id + 1] < q[0]
        || env[4 * id + 2] > q[3]
        || env[4 * id + 3] < q[2]);
  }

  private int addOutput(Coordinate a, Coordinate b) {
    if (outCount == outP0.length) {
      int size = 2 * outCount;
      outP0 = Arrays.copyOf(outP0, size);
      outP1 = Arrays.copyOf(outP1, size);
      outEnv = Arrays.copyOf(outEnv, 4 * size);
      outAlive = Arrays.copyOf(outAlive, size);
    }
    int id = outCount++;
    outP0[id] = a;
    outP1[id] = b;
    outAlive[id] = true;
    envelope(outEnv, id, a, b);
    outGrid.add(id, outEnv);
    return id;
  }

  // ------------------------------------------------------------------ Douglas-Peucker

  private void simplify(Line line) {
    simplifySection(line, 0, line.pts.length - 1, 0);
    if (line.isRing && CoordinateArrays.isRing(line.pts)) {
      simplifyRingEndpoint(line);
    }
  }

  private void simplifySection(Line line, int i, int j, int depth) {
    depth += 1;
    if (i + 1 == j) {
      line.add(line.base + i);
      return;
    }
    boolean valid = true;
    if (line.resultSize() < line.minSize && depth + 1 < line.minSize) {
      valid = false;
    }
    Coordinate[] pts = line.pts;
    int furthest = furthest(pts, i, j);
    double maxDist = lastDistance;
    if (maxDist > tolerance) {
      valid = false;
    }
    if (valid) {
      valid = isTopologyValid(line, i, j, pts[i], pts[j]);
    }
    if (valid) {
      int o = addOutput(pts[i], pts[j]);
      for (int k = i; k < j; k++) {
        inAlive[line.base + k] = false;
      }
      line.add(ref(o));
      return;
    }
    simplifySection(line, i, furthest, depth);
    simplifySection(line, furthest, j, depth);
  }

  /** The distance of the last {@link #furthest} point. */
  private double lastDistance;

  /**
   * JTS's {@code findFurthestPoint}: the first point between {@code i} and {@code j} the furthest
   * from the segment {@code i}-{@code j} ({@link Distance#pointToSegment}). When the two ends are
   * the same point (a whole ring), every distance is a {@link Math#hypot}, slow: the squares of the
   * distances are compared first, and {@code hypot} is computed only for the points whose square is
   * within 10⁻⁹ of the largest (the rounding of either is below 10⁻¹⁵), which always include the
   * points JTS's loop could pick.
   */
  private int furthest(Coordinate[] pts, int i, int j) {
    Coordinate a = pts[i];
    Coordinate b = pts[j];
    double maxDist = -1.0;
    int furthest = i;
    if (a.x == b.x && a.y == b.y) {
      double maxSquare = 0;
      for (int k = i + 1; k < j; k++) {
        double dx = pts[k].x - a.x;
        double dy = pts[k].y - a.y;
        maxSquare = Math.max(maxSquare, dx * dx + dy * dy);
      }
      double near = maxSquare * (1 - 1e-9);
      for (int k = i + 1; k < j; k++) {
        double dx = pts[k].x - a.x;
        double dy = pts[k].y - a.y;
        if (dx * dx + dy * dy >= near) {
          double d = Math.hypot(dx, dy);
          if (d > maxDist) {
            maxDist = d;
            furthest = k;
          }
        }
      }
    } else {
      return furthestFromSegment(pts, i, j);
    }
    lastDistance = maxDist;
    return furthest;
  }

  /** {@link #furthestFromSegment}'s first estimates, by point from {@code i}. */
  private double[] estimates = new double[64];

  /**
   * {@link #furthest} when the ends differ: {@link Distance#pointToSegment} of each point, whose
   * {@link Math#hypot} (for a point beyond an end of the segment) is slow. Each distance is first
   * estimated, with JTS's own arithmetic but a square root of the sum of squares for a hypot
   * (within a few units in the last place of it); the points within 10⁻⁹ of the largest estimate,
   * which include every point whose distance could be the largest, then get JTS's distance, in
   * JTS's order, so that the same point and the same distance come out.
   */
  private int furthestFromSegment(Coordinate[] pts, int i, int j) {
    Coordinate a = pts[i];
    Coordinate b = pts[j];
    double ex = b.x - a.x;
    double ey = b.y - a.y;
    double len2 = ex * ex + ey * ey;
    if (estimates.length < j - i) {
      estimates = new double[Math.max(j - i, 2 * estimates.length)];
    }
    double largest = 0;
    for (int k = i + 1; k < j; k++) {
      Coordinate p = pts[k];
      double r = ((p.x - a.x) * ex + (p.y - a.y) * ey) / len2;
      double d;
      if (r <= 0.0 || r >= 1.0) {
        Coordinate end = r <= 0.0 ? a : b;
        double dx = p.x - end.x;
        double dy = p.y - end.y;
        d = Math.sqrt(dx * dx + dy * dy);
      } else {
        d = Math.abs(((a.y - p.y) * ex - (a.x - p.x) * ey) / len2) * Math.sqrt(len2);
      }
      estimates[k - i] = d;
      largest = Math.max(largest, d);
    }
    double near = largest * (1 - 1e-9);
    double maxDist = -1.0;
    int furthest = i;
    for (int k = i + 1; k < j; k++) {
      if (estimates[k - i] >= near) {
        double d = Distance.pointToSegment(pts[k], a, b);
        if (d > maxDist) {
          maxDist = d;
          furthest = k;
        }
      }
    }
    lastDistance = maxDist;
    return furthest;
  }

  private void simplifyRingEndpoint(Line line) {
    if (line.resultSize() <= line.minSize) {
      return;
    }
    int first = line.result[0];
    int last = line.result[line.resultCount - 1];
    Coordinate f0 = p0(first);
    Coordinate f1 = p1(first);
    Coordinate l0 = p0(last);
    Coordinate l1 = p1(last);
    if (Distance.pointToSegment(f0, l0, f1) > tolerance
        || !isEndpointTopologyValid(line, f0, f1, l0, l1)) {
      return;
    }
    removeInput(f0, f1);
    removeInput(l0, l1);
    removeOutput(f0, f1);
    removeOutput(l0, l1);
    // JTS moves the first segment's start to the last segment's start, drops the last segment and
    // indexes the first again.
    line.result[0] = ref(addOutput(l0, f1));
    line.resultCount--;
  }

  /** JTS's {@code isTopologyValid} of a flattening of {@code line} from {@code i} to {@code j}. */
  private boolean isTopologyValid(Line line, int i, int j, Coordinate a, Coordinate b) {
    return !hasOutputIntersection(a, b)
        && !hasInputIntersection(line, i, j, a, b)
        && !hasJump(line, i, j, a, b);
  }

  /** The same for the segment that replaces the two around a ring's end point. */
  private boolean isEndpointTopologyValid(
      Line line, Coordinate f0, Coordinate f1, Coordinate l0, Coordinate l1) {
    if (Orientation.index(l0, f1, f0) == 0) {
      return true;
    }
    return !hasOutputIntersection(l0, f1)
        && !hasInputIntersection(null, -1, -1, l0, f1)
        && !hasEndpointJump(line, f0, f1, l0, l1, l0, f1);
  }

  // ------------------------------------------------------------------ intersections

  private final double[] query = new double[4];

  private double[] query(Coordinate a, Coordinate b) {
    envelope(query, 0, a, b);
    return query;
  }

  private boolean hasOutputIntersection(Coordinate a, Coordinate b) {
    int n = outGrid.query(query(a, b), outEnv, outAlive);
    int[] hits = outGrid.hits;
    for (int k = 0; k < n; k++) {
      if (hasInvalidIntersection(outP0[hits[k]], outP1[hits[k]], a, b)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the segment from {@code a} to {@code b} crosses an input segment, but for those of the
   * section of {@code line} from {@code start} to {@code end} it replaces ({@code line} null:
   * none). JTS tests the intersection first and the section after; the other order gives the same
   * answer without computing intersections that do not count.
   */
  private boolean hasInputIntersection(Line line, int start, int end, Coordinate a, Coordinate b) {
    int n = inGrid.query(query(a, b), inEnv, inAlive);
    int[] hits = inGrid.hits;
    for (int k = 0; k < n; k++) {
      int id = hits[k];
      if (line != null && inLine[id] == line && inSection(id - line.base, start, end)) {
        continue;
      }
      if (hasInvalidIntersection(p0(id), p1(id), a, b)) {
        return true;
      }
    }
    return false;
  }

  private static boolean inSection(int index, int start, int end) {
    return start <= end ? index >= start && index < end : index >= start || index <= end;
  }

  private boolean hasInvalidIntersection(Coordinate p0, Coordinate p1, Coordinate a, Coordinate b) {
    if ((p0.equals2D(a) && p1.equals2D(b)) || (p0.equals2D(b) && p1.equals2D(a))) {
      return true;
    }
    li.computeIntersection(p0, p1, a, b);
    return li.isInteriorIntersection();
  }

  /** Removes the input segment equal to {@code a}-{@code b}, if any (there is at most one). */
  private void removeInput(Coordinate a, Coordinate b) {
    int n = inGrid.query(query(a, b), inEnv, inAlive);
    int[] hits = inGrid.hits;
    for (int k = 0; k < n; k++) {
      if (p0(hits[k]).equals2D(a) && p1(hits[k]).equals2D(b)) {
        inAlive[hits[k]] = false;
        return;
      }
    }
  }

  /** Removes the output segment equal to {@code a}-{@code b}, if any; two: {@link Ambiguous}. */
  private void removeOutput(Coordinate a, Coordinate b) {
    int n = outGrid.query(query(a, b), outEnv, outAlive);
    int[] hits = outGrid.hits;
    int found = -1;
    for (int k = 0; k < n; k++) {
      if (outP0[hits[k]].equals2D(a) && outP1[hits[k]].equals2D(b)) {
        if (found >= 0) {
          throw new Ambiguous();
        }
        found = hits[k];
      }
    }
    if (found >= 0) {
      outAlive[found] = false;
    }
  }

  // ------------------------------------------------------------------ jumps

  /**
   * JTS's {@code ComponentJumpChecker}: whether flattening the section would move the line to the
   * other side of another line's second point.
   */
  private boolean hasJump(Line line, int start, int end, Coordinate a, Coordinate b) {
    if (lines.length < 2) {
      return false;
    }
    Coordinate[] pts = line.pts;
    jumpBox(pts, start, end);
    for (Line comp : lines) {
      Coordinate p = comp.pts[1];
      if (comp == line || !inJumpBox(p)) {
        continue;
      }
      RayCrossingCounter section = new RayCrossingCounter(p);
      for (int i = start; i < end; i++) {
        section.countSegment(pts[i], pts[i + 1]);
      }
      if (section.getCount() % 2 != crossings(p, a, b) % 2) {
        return true;
      }
    }
    return false;
  }

  private boolean hasEndpointJump(
      Line line,
      Coordinate f0,
      Coordinate f1,
      Coordinate l0,
      Coordinate l1,
      Coordinate a,
      Coordinate b) {
    jumpBox(new Coordinate[] {f0, f1, l0, l1}, 0, 3);
    for (Line comp : lines) {
      Coordinate p = comp.pts[1];
      if (comp == line || !inJumpBox(p)) {
        continue;
      }
      RayCrossingCounter two = new RayCrossingCounter(p);
      two.countSegment(f0, f1);
      two.countSegment(l0, l1);
      if (two.getCount() % 2 != crossings(p, a, b) % 2) {
        return true;
      }
    }
    return false;
  }

  /** Min x, max x, min y, max y of the points a jump check looks at. */
  private final double[] jumpBox = new double[4];

  /**
   * The envelope of {@code pts[start..end]}, as JTS's {@link Envelope#expandToInclude} of each in
   * turn computes it, without an object per check.
   */
  private void jumpBox(Coordinate[] pts, int start, int end) {
    double[] b = jumpBox;
    b[0] = b[1] = pts[start].x;
    b[2] = b[3] = pts[start].y;
    for (int i = start + 1; i <= end; i++) {
      Coordinate p = pts[i];
      if (p.x < b[0]) {
        b[0] = p.x;
      }
      if (p.x > b[1]) {
        b[1] = p.x;
      }
      if (p.y < b[2]) {
        b[2] = p.y;
      }
      if (p.y > b[3]) {
        b[3] = p.y;
      }
    }
  }

  /** {@link Envelope#intersects(Coordinate)} of {@link #jumpBox}. */
  private boolean inJumpBox(Coordinate p) {
    double[] b = jumpBox;
    return !(p.x > b[1] || p.x < b[0] || p.y > b[3] || p.y < b[2]);
  }

  private static int crossings(Coordinate p, Coordinate a, Coordinate b) {
    RayCrossingCounter c = new RayCrossingCounter(p);
    c.countSegment(a, b);
    return c.getCount();
  }

  // ------------------------------------------------------------------ grid

  /**
   * Segments by the cells of a regular grid over the geometry's extent that their envelope covers.
   * The cell of a coordinate grows with it, so that two envelopes that intersect share a cell.
   */
  private static final class Grid {
    private double minX;
    private double minY;
    private double perX;
    private double perY;
    private int nx;
    private int ny;
    int[] head = new int[16];
    int[] next = new int[64];
    int[] item = new int[64];
    private int entries;
    private int[] stamps = new int[64];
    private int stamp;
    int[] hits = new int[16];

    /** Empties the grid, to index up to {@code ids} segments over {@code extent}. */
    void reset(Envelope extent, int side, int ids) {
      minX = extent.getMinX();
      minY = extent.getMinY();
      nx = extent.getWidth() > 0 ? side : 1;
      ny = extent.getHeight() > 0 ? side : 1;
      perX = extent.getWidth() > 0 ? nx / extent.getWidth() : 0;
      perY = extent.getHeight() > 0 ? ny / extent.getHeight() : 0;
      if (head.length < nx * ny) {
        head = new int[Math.max(nx * ny, 2 * head.length)];
      }
      Arrays.fill(head, 0, nx * ny, -1);
      entries = 0;
      if (stamps.length < ids) {
        stamps = new int[Math.max(ids, 2 * stamps.length)];
        stamp = 0;
      }
    }

    /** The cell's column or row: a function that never decreases, so that overlaps match. */
    private static int index(double v, double min, double per, int n) {
      int c = (int) ((v - min) * per);
      return c < 0 ? 0 : c < n ? c : n - 1;
    }

    void add(int id, double[] env) {
      if (id >= stamps.length) {
        stamps = Arrays.copyOf(stamps, Math.max(id + 1, 2 * stamps.length));
      }
      int x0 = index(env[4 * id], minX, perX, nx);
      int x1 = index(env[4 * id + 1], minX, perX, nx);
      int y0 = index(env[4 * id + 2], minY, perY, ny);
      int y1 = index(env[4 * id + 3], minY, perY, ny);
      for (int y = y0; y <= y1; y++) {
        for (int x = x0; x <= x1; x++) {
          if (entries == next.length) {
            next = Arrays.copyOf(next, 2 * entries);
            item = Arrays.copyOf(item, 2 * entries);
          }
          int cell = y * nx + x;
          item[entries] = id;
          next[entries] = head[cell];
          head[cell] = entries++;
        }
      }
    }

    /**
     * The segments still {@code alive} whose envelope ({@code env}, by id) meets {@code q} (min x,
     * max x, min y, max y), each once, in {@link #hits}; returns how many.
     */
    int query(double[] q, double[] env, boolean[] alive) {
      if (stamp == Integer.MAX_VALUE) {
        Arrays.fill(stamps, 0);
        stamp = 0;
      }
      stamp++;
      int x0 = index(q[0], minX, perX, nx);
      int x1 = index(q[1], minX, perX, nx);
      int y0 = index(q[2], minY, perY, ny);
      int y1 = index(q[3], minY, perY, ny);
      int n = 0;
      for (int y = y0; y <= y1; y++) {
        for (int x = x0; x <= x1; x++) {
          for (int e = head[y * nx + x]; e >= 0; e = next[e]) {
            int id = item[e];
            if (stamps[id] == stamp || !alive[id] || !overlaps(env, id, q)) {
              continue;
            }
            stamps[id] = stamp; // a segment may span several cells
            if (n == hits.length) {
              hits = Arrays.copyOf(hits, 2 * n);
            }
            hits[n++] = id;
          }
        }
      }
      return n;
    }
  }
}
