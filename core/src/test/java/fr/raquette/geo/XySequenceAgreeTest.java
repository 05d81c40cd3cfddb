package fr.raquette.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.raquette.io.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequences;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.impl.CoordinateArraySequence;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * {@link XySequence}, the outlines' storage, against its oracle: JTS's {@code
 * CoordinateArraySequence} of {@code new Coordinate(x, y)}, which the reader built before. The same
 * outlines held either way give the same answers, to the bit, to what the project asks of them.
 */
class XySequenceAgreeTest {
  private static final GeometryFactory ORACLE = new GeometryFactory(new PrecisionModel(), 4326);

  /** Random rings (repeated and integer coordinates included): every method, as the oracle. */
  @Test
  void answersAsTheOracleOnRandomSequences() {
    Random random = new Random(14);
    for (int round = 0; round < 500; round++) {
      int n = 1 + random.nextInt(30);
      double[] xy = new double[2 * n];
      Coordinate[] coords = new Coordinate[n];
      for (int i = 0; i < n; i++) {
        xy[2 * i] = random.nextInt(4) == 0 ? random.nextInt(3) : random.nextGaussian() * 1e3;
        xy[2 * i + 1] = random.nextInt(4) == 0 ? -0.0 : random.nextDouble();
        coords[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
      }
      XySequence fast = new XySequence(xy);
      CoordinateSequence oracle = new CoordinateArraySequence(coords);
      assertSame(oracle, fast);
      assertSame(oracle.copy(), fast.copy());
      assertNotSame(xy, fast.copy().ordinates());
      assertEquals(CoordinateSequences.isRing(oracle), CoordinateSequences.isRing(fast), "isRing");
      CoordinateSequence o = oracle.copy();
      CoordinateSequence f = fast.copy();
      CoordinateSequences.reverse(o);
      CoordinateSequences.reverse(f);
      assertSame(o, f);
      int i = random.nextInt(n);
      double v = random.nextGaussian();
      o.setOrdinate(i, CoordinateSequence.X, v);
      f.setOrdinate(i, CoordinateSequence.X, v);
      o.setOrdinate(i, CoordinateSequence.Y, -v);
      f.setOrdinate(i, CoordinateSequence.Y, -v);
      assertSame(o, f);
    }
  }

  @Test
  void anOutlineHasNoZ() {
    XySequence s = new XySequence(new double[] {0, 0, 1, 1});
    s.setOrdinate(0, CoordinateSequence.Z, Double.NaN); // as a swap of vertices does
    assertThrows(UnsupportedOperationException.class, () -> s.setOrdinate(0, 2, 3.0));
    assertThrows(IllegalArgumentException.class, () -> s.getOrdinate(0, 3));
    assertThrows(IllegalArgumentException.class, () -> new XySequence(new double[3]));
  }

  /** Real outlines read as the project reads them, against the same held by the oracle. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "23-creuse/communes-23-creuse.geojson",
        "23-creuse/departement-23-creuse.geojson",
        "69-rhone/communes-69-rhone.geojson"
      })
  void sameAnswersOnRealOutlines(String name) {
    Path file = Path.of("../../shared/open-data").resolve(name);
    Assumptions.assumeTrue(Files.isRegularFile(file), "the real data is not beside the project");
    Map<String, Geometry> fast = OutlinesReader.read(file, name, null, new Problems()).byCode();
    Map<String, Geometry> oracle = new LinkedHashMap<>();
    fast.forEach((code, g) -> oracle.put(code, ORACLE.createGeometry(g)));
    List<String> codes = new ArrayList<>(fast.keySet());
    for (int k = 0; k < codes.size(); k++) {
      Geometry f = fast.get(codes.get(k));
      Geometry o = oracle.get(codes.get(k));
      assertTrue(isFast(f), codes.get(k));
      assertTrue(f.equalsExact(o) && o.equalsExact(f), codes.get(k));
      sameAnswers(f, o, codes.get(k));
      if (k % 8 != 0) {
        continue; // the overlays below, on one commune in eight: they cost seconds on all
      }
      assertEquals(GeometryFixer.fix(o).toText(), GeometryFixer.fix(f).toText(), codes.get(k));
      assertEquals(o.buffer(0.001).toText(), f.buffer(0.001).toText(), codes.get(k));
      String next = codes.get((k + 1) % codes.size());
      assertEquals(o.distance(oracle.get(next)), f.distance(fast.get(next)), codes.get(k));
      Geometry unionF = UnaryUnionOp.union(List.of(f, fast.get(next)));
      Geometry unionO = UnaryUnionOp.union(List.of(o, oracle.get(next)));
      assertEquals(unionO.toText(), unionF.toText(), codes.get(k) + " " + next);
    }
    assertEquals(Anchors.of(oracle), Anchors.of(fast));
    assertEquals(Landmasses.of(oracle).lands(), Landmasses.of(fast).lands());
    assertEquals(Edges.edge(oracle), Edges.edge(fast));
    Geometry[] arrayF = fast.values().toArray(new Geometry[0]);
    Geometry[] arrayO = oracle.values().toArray(new Geometry[0]);
    assertArrayEquals(VertexCells.sortedByCell(arrayO), VertexCells.sortedByCell(arrayF));
  }

  private static void sameAnswers(Geometry f, Geometry o, String code) {
    assertEquals(o.toText(), f.toText(), code);
    assertEquals(o.getEnvelopeInternal(), f.getEnvelopeInternal(), code);
    assertEquals(o.getArea(), f.getArea(), code);
    assertEquals(o.getLength(), f.getLength(), code);
    assertEquals(o.getCentroid().toText(), f.getCentroid().toText(), code);
    assertEquals(o.getInteriorPoint().toText(), f.getInteriorPoint().toText(), code);
    assertEquals(RingValidity.isProvedValid(o), RingValidity.isProvedValid(f), code);
    assertEquals(new IsValidOp(o).isValid(), new IsValidOp(f).isValid(), code);
    Envelope env = o.getEnvelopeInternal();
    IndexedPointInAreaLocator lf = new IndexedPointInAreaLocator(f);
    IndexedPointInAreaLocator lo = new IndexedPointInAreaLocator(o);
    Random random = new Random(code.hashCode());
    for (int i = 0; i < 20; i++) {
      Coordinate p =
          new Coordinate(
              env.getMinX() + random.nextDouble() * env.getWidth(),
              env.getMinY() + random.nextDouble() * env.getHeight());
      assertEquals(lo.locate(p), lf.locate(p), code);
      assertEquals(o.covers(ORACLE.createPoint(p)), f.covers(ORACLE.createPoint(p)), code);
    }
  }

  /** Whether every ring of an outline is held by an {@link XySequence}. */
  private static boolean isFast(Geometry g) {
    boolean[] all = {true};
    g.apply(
        (org.locationtech.jts.geom.GeometryComponentFilter)
            c -> {
              if (c instanceof LinearRing r) {
                all[0] &= r.getCoordinateSequence() instanceof XySequence;
              }
            });
    return all[0];
  }

  /** Same size, dimension, ordinates, coordinate classes, envelope and text. */
  private static void assertSame(CoordinateSequence oracle, CoordinateSequence fast) {
    assertEquals(oracle.size(), fast.size());
    assertEquals(oracle.getDimension(), fast.getDimension());
    assertEquals(oracle.getMeasures(), fast.getMeasures());
    assertEquals(oracle.hasZ(), fast.hasZ());
    assertEquals(oracle.hasM(), fast.hasM());
    assertEquals(oracle.toString(), fast.toString());
    assertEquals(
        oracle.expandEnvelope(new Envelope()), fast.expandEnvelope(new Envelope()), "envelope");
    Coordinate[] a = oracle.toCoordinateArray();
    Coordinate[] b = fast.toCoordinateArray();
    assertEquals(a.length, b.length);
    for (int i = 0; i < oracle.size(); i++) {
      assertEquals(a[i].getClass(), b[i].getClass());
      assertTrue(a[i].equals3D(b[i]), i + ": " + a[i] + " " + b[i]);
      assertEquals(oracle.getCoordinate(i).toString(), fast.getCoordinate(i).toString());
      assertEquals(oracle.getCoordinateCopy(i).toString(), fast.getCoordinateCopy(i).toString());
      Coordinate into = new Coordinate(7, 8, 9);
      fast.getCoordinate(i, into);
      assertEquals(oracle.getCoordinate(i).toString(), into.toString());
      for (int d = 0; d < 3; d++) {
        assertEquals(
            Double.doubleToRawLongBits(oracle.getOrdinate(i, d)),
            Double.doubleToRawLongBits(fast.getOrdinate(i, d)));
      }
      assertEquals(
          Double.doubleToRawLongBits(oracle.getX(i)), Double.doubleToRawLongBits(fast.getX(i)));
      assertEquals(
          Double.doubleToRawLongBits(oracle.getY(i)), Double.doubleToRawLongBits(fast.getY(i)));
      assertEquals(oracle.getZ(i), fast.getZ(i));
      assertEquals(oracle.getM(i), fast.getM(i));
    }
  }
}
