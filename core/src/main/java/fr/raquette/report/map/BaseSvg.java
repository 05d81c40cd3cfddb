package fr.raquette.report.map;

import fr.raquette.report.map.Basemap.Panel;
import fr.raquette.report.map.Basemap.Town;
import fr.raquette.report.map.MapDrawing.Anchor;
import fr.raquette.report.map.MapDrawing.Element;
import fr.raquette.report.map.MapDrawing.Hatch;
import fr.raquette.report.map.MapDrawing.Layer;
import fr.raquette.report.map.MapDrawing.Overlay;
import fr.raquette.report.map.MapDrawing.Shapes;
import java.io.IOException;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * The basemap in SVG: its shapes written once in a {@code <defs>} (the perimeter's communes merged
 * in one path, the context ring in another, each commune a map fills on its own, the town names),
 * and the {@code <use>} elements by which every map draws them in its own colours. On all of France
 * this is what keeps a report of eleven maps a few megabytes: each map adds only the references to
 * the communes it colours apart from the most common class.
 *
 * <p>Path data is relative ({@code m}, {@code l}) in tenths of a unit, rounded from absolute
 * positions so that no error accumulates; rings shrunk below three distinct points are left out.
 */
final class BaseSvg {
  private BaseSvg() {}

  static final String PERIMETER = "-p";
  static final String RING = "-r";
  static final String OVERLAY = "-o";

  /**
   * What a set of drawings uses of a basemap.
   *
   * @param codes the ranks ({@link Basemap.Paths#index}) of the communes drawn on their own
   */
  record Uses(boolean perimeter, boolean ring, boolean overlay, BitSet codes) {
    /** What {@code drawings} use of {@code b}: communes {@code b} does not draw are left out. */
    static Uses of(Basemap b, List<MapDrawing> drawings) {
      boolean p = false;
      boolean r = false;
      boolean o = false;
      BitSet codes = new BitSet(b.paths.size());
      for (MapDrawing m : drawings) {
        for (Element e : m.elements()) {
          if (e instanceof Layer l) {
            p |= !l.ring();
            r |= l.ring();
          } else if (e instanceof Shapes s) {
            for (String code : s.codes()) {
              int i = b.paths.index(code);
              if (i >= 0) {
                codes.set(i);
              }
            }
          } else if (e instanceof Overlay) {
            o = true;
          }
        }
      }
      return new Uses(p, r, o, codes);
    }

    boolean any() {
      return perimeter || ring || overlay || !codes.isEmpty();
    }
  }

  /** Writes the shapes {@code uses} names, as children of a {@code <defs>}, in code order. */
  static void defs(Basemap b, Uses uses, StringBuilder sb, Appendable out) throws IOException {
    String id = b.prefix();
    if (uses.perimeter() && !b.perimeter.isEmpty()) {
      merged(b.paths.perimeter, id + PERIMETER, sb, out);
    }
    if (uses.ring() && !b.ring.isEmpty()) {
      merged(b.paths.ring, id + RING, sb, out);
    }
    BitSet codes = uses.codes();
    for (int i = codes.nextSetBit(0); i >= 0; i = codes.nextSetBit(i + 1)) {
      String code = b.paths.code(i);
      sb.append("<path id=\"").append(id).append(code).append("\" d=\"");
      b.paths.append(code, sb);
      sb.append("\"/>\n");
      flushIfFull(sb, out);
    }
    if (uses.overlay()) {
      overlay(b, id + OVERLAY, sb);
    }
  }

  /** A merged path: its data, written once for the basemap, goes to the output as it is. */
  private static void merged(String data, String id, StringBuilder sb, Appendable out)
      throws IOException {
    sb.append("<path id=\"").append(id).append("\" d=\"");
    out.append(sb);
    sb.setLength(0);
    out.append(data);
    sb.append("\"/>\n");
  }

  private static void flushIfFull(StringBuilder sb, Appendable out) throws IOException {
    if (sb.length() >= MapDrawing.CHUNK) {
      out.append(sb);
      sb.setLength(0);
    }
  }

  /** Inset frames and names, then the towns: dots, and names over a white halo. */
  private static void overlay(Basemap b, String id, StringBuilder sb) {
    double k = b.k;
    sb.append("<g id=\"").append(id).append("\">\n");
    for (Panel p : b.panels.subList(1, b.panels.size())) {
      double[] c = p.cell();
      sb.append("<rect x=\"")
          .append(MapDrawing.num(c[0]))
          .append("\" y=\"")
          .append(MapDrawing.num(c[1]))
          .append("\" width=\"")
          .append(MapDrawing.num(c[2]))
          .append("\" height=\"")
          .append(MapDrawing.num(c[3]))
          .append("\" fill=\"none\" stroke=\"")
          .append(Palette.FRAME)
          .append("\" stroke-width=\"")
          .append(MapDrawing.num2(0.8 * k))
          .append("\"/>\n");
      label(
          sb,
          c[0] + c[2] / 2,
          c[1] + c[3] + 12 * k,
          p.label(),
          10 * k,
          Anchor.MIDDLE,
          Palette.MUTED,
          false);
    }
    for (Town t : b.towns) {
      sb.append("<circle cx=\"")
          .append(MapDrawing.num(t.x()))
          .append("\" cy=\"")
          .append(MapDrawing.num(t.y()))
          .append("\" r=\"")
          .append(MapDrawing.num2(2.2 * k))
          .append("\" fill=\"")
          .append(Palette.INK)
          .append("\" stroke=\"#ffffff\" stroke-width=\"")
          .append(MapDrawing.num2(0.8 * k))
          .append("\"/>\n");
      label(sb, t.tx(), t.ty(), t.name(), t.size(), t.anchor(), Palette.INK, true);
    }
    sb.append("</g>\n");
  }

  private static void label(
      StringBuilder sb,
      double x,
      double y,
      String text,
      double size,
      Anchor anchor,
      String colour,
      boolean halo) {
    sb.append("<text x=\"")
        .append(MapDrawing.num(x))
        .append("\" y=\"")
        .append(MapDrawing.num(y))
        .append("\" font-size=\"")
        .append(MapDrawing.num(size))
        .append('"');
    if (anchor != Anchor.START) {
      sb.append(" text-anchor=\"").append(anchor == Anchor.MIDDLE ? "middle" : "end").append('"');
    }
    sb.append(" fill=\"").append(colour).append('"');
    if (halo) {
      sb.append(" stroke=\"#ffffff\" stroke-width=\"")
          .append(MapDrawing.num2(size / 4))
          .append("\" paint-order=\"stroke\"");
    }
    sb.append('>').append(MapDrawing.esc(text)).append("</text>\n");
  }

  /** The {@code <use>} elements of a basemap element. */
  static void use(
      Basemap b, Element e, StringBuilder sb, Map<Hatch, String> hatches, Appendable out)
      throws IOException {
    String id = b.prefix();
    if (e instanceof Layer l) {
      if ((l.ring() ? b.ring : b.perimeter).isEmpty()) {
        return;
      }
      sb.append("<use href=\"#").append(id).append(l.ring() ? RING : PERIMETER).append('"');
      MapDrawing.paint(sb, l.fill(), l.stroke(), l.strokeWidth(), hatches);
      sb.append("/>\n");
    } else if (e instanceof Shapes s) {
      sb.append("<g");
      MapDrawing.paint(sb, s.fill(), s.stroke(), s.strokeWidth(), hatches);
      sb.append(">\n");
      for (int i = 0; i < s.codes().size(); i++) {
        String code = s.codes().get(i);
        if (!b.drawn.contains(code)) {
          continue;
        }
        sb.append("<use href=\"#").append(id).append(code).append('"');
        MapDrawing.close(sb, "use", s.tooltips() == null ? null : s.tooltips().get(i));
        flushIfFull(sb, out);
      }
      sb.append("</g>\n");
    } else if (e instanceof Overlay) {
      sb.append("<use href=\"#").append(id).append(OVERLAY).append("\"/>\n");
    }
  }

  /** One ring, relative, in tenths of a unit. */
  static void pathData(StringBuilder sb, double[] ring) {
    long px = 0;
    long py = 0;
    int written = 0;
    int start = sb.length();
    for (int i = 0; i + 1 < ring.length; i += 2) {
      long x = Math.round(ring[i] * 10);
      long y = Math.round(ring[i + 1] * 10);
      if (written > 0 && x == px && y == py) {
        continue;
      }
      if (written == 0) {
        sb.append('M');
        MapDrawing.tenths(sb, x);
        sb.append(',');
        MapDrawing.tenths(sb, y);
      } else {
        sb.append(written == 1 ? "l" : "");
        delta(sb, x - px, written > 1);
        delta(sb, y - py, true);
      }
      px = x;
      py = y;
      written++;
    }
    if (written < 3) {
      sb.setLength(start); // collapsed below one tenth of a unit: nothing to see
    } else {
      sb.append('z');
    }
  }

  /** A number of tenths, without a leading zero, after a separator unless a minus sign does. */
  private static void delta(StringBuilder sb, long t, boolean separate) {
    if (t < 0) {
      sb.append('-');
      t = -t;
    } else if (separate) {
      sb.append(' ');
    }
    if (t >= 10) {
      sb.append(t / 10);
    }
    if (t % 10 != 0 || t < 10) {
      if (t % 10 != 0) {
        sb.append('.').append(t % 10);
      } else {
        sb.append('0');
      }
    }
  }
}
