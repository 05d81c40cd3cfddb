package fr.raquette.report.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.TexturePaint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A map as a list of simple elements (areas, circles, rectangles, lines, labels) in a fixed
 * coordinate space, y pointing down. The same list is written as SVG text ({@link #svg()}) and
 * painted with Java2D ({@link #png(double)}), so the two formats cannot drift apart.
 *
 * <p>SVG output is deterministic: elements in the order they were added, coordinates rounded to one
 * decimal with {@code .} as separator, pattern ids derived from the map's id.
 */
public final class MapDrawing {
  /** Fonts of the SVG, DejaVu Sans first because Java2D uses it for {@code SansSerif} on Linux. */
  static final String FONT_FAMILY = "DejaVu Sans, Verdana, Arial, sans-serif";

  /** Average glyph advance of the fonts above, in em, to lay out text without font metrics. */
  static final double EM_ADVANCE = 0.6;

  private static final int HATCH_TILE = 8;

  /** How an area is filled. */
  sealed interface Fill permits Solid, Hatch {}

  /** One colour ({@code #rrggbb}), possibly translucent. */
  record Solid(String rgb, double opacity) implements Fill {
    Solid(String rgb) {
      this(rgb, 1);
    }
  }

  /** Diagonal lines of one colour over a background colour. */
  record Hatch(String background, String line) implements Fill {}

  /** Where a label's x is: at its start, middle or end. */
  enum Anchor {
    START,
    MIDDLE,
    END
  }

  sealed interface Element permits Area, Circle, Rect, Line, Label, Layer, Shapes, Overlay {}

  /**
   * The basemap's communes of the perimeter (or of the context ring) as one shape, drawn once in
   * the HTML report and reused by every map.
   *
   * @param fill null to draw the outlines only
   */
  record Layer(boolean ring, Fill fill, String stroke, double strokeWidth) implements Element {}

  /**
   * Communes of the basemap, each its own shape, all filled alike.
   *
   * @param tooltips one per code, shown on hover; null for none
   */
  record Shapes(
      List<String> codes, Fill fill, String stroke, double strokeWidth, List<String> tooltips)
      implements Element {}

  /** The basemap's town names and inset frames. */
  record Overlay() implements Element {}

  /**
   * Closed rings filled with the even-odd rule, so holes need no orientation.
   *
   * @param rings each ring as x0, y0, x1, y1... without repeating the first point
   * @param tooltip shown on hover in SVG viewers, or null
   */
  record Area(List<double[]> rings, Fill fill, String stroke, double strokeWidth, String tooltip)
      implements Element {}

  record Circle(
      double cx, double cy, double r, Fill fill, String stroke, double strokeWidth, String tooltip)
      implements Element {}

  record Rect(double x, double y, double w, double h, Fill fill, String stroke, double strokeWidth)
      implements Element {}

  record Line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth)
      implements Element {}

  record Label(
      double x, double y, String text, double size, boolean bold, Anchor anchor, String color)
      implements Element {}

  private final String id;
  private final String title;
  private final double width;
  private final double height;
  private final List<Element> elements;

  /** The shapes {@link Layer}, {@link Shapes} and {@link Overlay} draw; null when none do. */
  private final Basemap base;

  MapDrawing(
      String id, String title, double width, double height, List<Element> elements, Basemap base) {
    this.id = id;
    this.title = title;
    this.width = width;
    this.height = height;
    this.elements = List.copyOf(elements);
    this.base = base;
  }

  public double width() {
    return width;
  }

  public double height() {
    return height;
  }

  /** The map's title, as in the drawing. */
  public String title() {
    return title;
  }

  List<Element> elements() {
    return elements;
  }

  // ------------------------------------------------------------------ SVG

  /** The namespace attribute of the root element, which an SVG inlined in HTML may leave out. */
  public static final String XMLNS = " xmlns=\"http://www.w3.org/2000/svg\"";

  /** The drawing as a standalone SVG 1.1 document (UTF-8 text, no XML prolog needed). */
  public String svg() {
    StringBuilder sb = new StringBuilder(64 * 1024);
    try {
      writeSvg(sb);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not throw
    }
    return sb.toString();
  }

  /** Builder content above which {@link #writeSvg} hands it to its output. */
  static final int CHUNK = 1 << 16;

  /**
   * Writes {@link #svg()} to {@code out} as it is produced: a national map is megabytes of text,
   * which need not be held whole.
   */
  public void writeSvg(Appendable out) throws IOException {
    writeSvg(out, true);
  }

  /**
   * Writes the drawing as SVG. A standalone document carries its namespace and the basemap's shapes
   * it uses; a map inlined in an HTML page has neither, the page holding the shapes once for all
   * its maps ({@link #writeSharedDefs}).
   */
  public void writeSvg(Appendable out, boolean standalone) throws IOException {
    StringBuilder sb = new StringBuilder(CHUNK + 8 * 1024);
    sb.append("<svg")
        .append(standalone ? XMLNS : "")
        .append(" width=\"")
        .append(num(width))
        .append("\" height=\"")
        .append(num(height))
        .append("\" viewBox=\"0 0 ")
        .append(num(width))
        .append(' ')
        .append(num(height))
        .append("\" font-family=\"")
        .append(FONT_FAMILY)
        .append("\" stroke-linejoin=\"round\" role=\"img\" aria-labelledby=\"")
        .append(id)
        .append("-title\">\n");
    sb.append("<title id=\"")
        .append(id)
        .append("-title\">")
        .append(esc(title))
        .append("</title>\n");
    Map<Hatch, String> hatches = new LinkedHashMap<>();
    for (Element e : elements) {
      if (fillOf(e) instanceof Hatch h) {
        hatches.computeIfAbsent(h, k -> id + "-hatch" + hatches.size());
      }
    }
    BaseSvg.Uses uses = standalone && base != null ? BaseSvg.Uses.of(base, List.of(this)) : null;
    defs(sb, hatches, uses != null && uses.any() ? uses : null, out);
    sb.append("<rect width=\"")
        .append(num(width))
        .append("\" height=\"")
        .append(num(height))
        .append("\" fill=\"#ffffff\"/>\n");
    for (Element e : elements) {
      if (sb.length() >= CHUNK) {
        out.append(sb);
        sb.setLength(0);
      }
      if (e instanceof Layer || e instanceof Shapes || e instanceof Overlay) {
        BaseSvg.use(base, e, sb, hatches, out);
      } else {
        element(sb, e, hatches);
      }
    }
    sb.append("</svg>\n");
    out.append(sb);
  }

  /** The hatch patterns, and the basemap's shapes a standalone drawing uses (null: none). */
  private void defs(StringBuilder sb, Map<Hatch, String> hatches, BaseSvg.Uses uses, Appendable out)
      throws IOException {
    if (hatches.isEmpty() && uses == null) {
      return;
    }
    sb.append("<defs>\n");
    hatches.forEach(
        (h, pid) ->
            sb.append("<pattern id=\"")
                .append(pid)
                .append("\" width=\"")
                .append(HATCH_TILE)
                .append("\" height=\"")
                .append(HATCH_TILE)
                .append("\" patternUnits=\"userSpaceOnUse\"><rect width=\"")
                .append(HATCH_TILE)
                .append("\" height=\"")
                .append(HATCH_TILE)
                .append("\" fill=\"")
                .append(h.background())
                .append("\"/><path d=\"M0,8 8,0M-2,2 2,-2M6,10 10,6\" stroke=\"")
                .append(h.line())
                .append("\" stroke-width=\"1.5\"/></pattern>\n"));
    if (uses != null) {
      BaseSvg.defs(base, uses, sb, out);
    }
    sb.append("</defs>\n");
  }

  /** One element of the drawing's own (not of the basemap) as SVG. */
  private static void element(StringBuilder sb, Element e, Map<Hatch, String> hatches) {
    if (e instanceof Area a) {
      sb.append("<path d=\"");
      for (double[] ring : a.rings()) {
        BaseSvg.pathData(sb, ring);
      }
      sb.append('"');
      paint(sb, a.fill(), a.stroke(), a.strokeWidth(), hatches);
      sb.append(" fill-rule=\"evenodd\"");
      close(sb, "path", a.tooltip());
    } else if (e instanceof Circle c) {
      sb.append("<circle cx=\"")
          .append(num(c.cx()))
          .append("\" cy=\"")
          .append(num(c.cy()))
          .append("\" r=\"")
          .append(num(c.r()))
          .append('"');
      paint(sb, c.fill(), c.stroke(), c.strokeWidth(), hatches);
      close(sb, "circle", c.tooltip());
    } else if (e instanceof Rect r) {
      sb.append("<rect x=\"")
          .append(num(r.x()))
          .append("\" y=\"")
          .append(num(r.y()))
          .append("\" width=\"")
          .append(num(r.w()))
          .append("\" height=\"")
          .append(num(r.h()))
          .append('"');
      paint(sb, r.fill(), r.stroke(), r.strokeWidth(), hatches);
      sb.append("/>\n");
    } else if (e instanceof Line l) {
      line(sb, l, hatches);
    } else if (e instanceof Label t) {
      label(sb, t);
    }
  }

  private static void line(StringBuilder sb, Line l, Map<Hatch, String> hatches) {
    sb.append("<line x1=\"")
        .append(num(l.x1()))
        .append("\" y1=\"")
        .append(num(l.y1()))
        .append("\" x2=\"")
        .append(num(l.x2()))
        .append("\" y2=\"")
        .append(num(l.y2()))
        .append('"');
    paint(sb, null, l.stroke(), l.strokeWidth(), hatches);
    sb.append("/>\n");
  }

  private static void label(StringBuilder sb, Label t) {
    sb.append("<text x=\"")
        .append(num(t.x()))
        .append("\" y=\"")
        .append(num(t.y()))
        .append("\" font-size=\"")
        .append(num(t.size()))
        .append('"');
    if (t.bold()) {
      sb.append(" font-weight=\"bold\"");
    }
    if (t.anchor() != Anchor.START) {
      sb.append(" text-anchor=\"").append(t.anchor() == Anchor.MIDDLE ? "middle" : "end");
      sb.append('"');
    }
    sb.append(" fill=\"").append(t.color()).append("\">");
    sb.append(esc(t.text())).append("</text>\n");
  }

  /**
   * Writes, as one hidden SVG element of an HTML page, the basemap shapes the drawings use, so that
   * each map written with {@code writeSvg(out, false)} refers to them instead of repeating them.
   * Nothing is written when no drawing uses a basemap.
   */
  public static void writeSharedDefs(List<MapDrawing> drawings, Appendable out) throws IOException {
    Map<String, Basemap> bases = new java.util.TreeMap<>();
    for (MapDrawing m : drawings) {
      if (m.base != null) {
        bases.putIfAbsent(m.base.prefix(), m.base);
      }
    }
    for (Basemap b : bases.values()) {
      List<MapDrawing> using =
          drawings.stream()
              .filter(m -> m.base != null && m.base.prefix().equals(b.prefix()))
              .toList();
      BaseSvg.Uses uses = BaseSvg.Uses.of(b, using);
      if (!uses.any()) {
        continue;
      }
      StringBuilder sb = new StringBuilder(CHUNK + 8 * 1024);
      sb.append(
          "<svg class=\"basemap\" width=\"0\" height=\"0\" aria-hidden=\"true\" focusable=\"false\"><defs>\n");
      BaseSvg.defs(b, uses, sb, out);
      sb.append("</defs></svg>\n");
      out.append(sb);
    }
  }

  Basemap base() {
    return base;
  }

  private static Fill fillOf(Element e) {
    if (e instanceof Layer l) {
      return l.fill();
    } else if (e instanceof Shapes s) {
      return s.fill();
    } else if (e instanceof Area a) {
      return a.fill();
    } else if (e instanceof Circle c) {
      return c.fill();
    } else if (e instanceof Rect r) {
      return r.fill();
    }
    return null;
  }

  static void paint(
      StringBuilder sb, Fill fill, String stroke, double strokeWidth, Map<Hatch, String> ids) {
    if (fill instanceof Solid s) {
      sb.append(" fill=\"").append(s.rgb()).append('"');
      if (s.opacity() < 1) {
        sb.append(" fill-opacity=\"").append(num2(s.opacity())).append('"');
      }
    } else if (fill instanceof Hatch h) {
      sb.append(" fill=\"url(#").append(ids.get(h)).append(")\"");
    } else {
      sb.append(" fill=\"none\"");
    }
    if (stroke != null && strokeWidth > 0) {
      sb.append(" stroke=\"")
          .append(stroke)
          .append("\" stroke-width=\"")
          .append(num2(strokeWidth))
          .append('"');
    }
  }

  static void close(StringBuilder sb, String tag, String tooltip) {
    if (tooltip == null) {
      sb.append("/>\n");
    } else {
      sb.append("><title>").append(esc(tooltip)).append("</title></").append(tag).append(">\n");
    }
  }

  /** One decimal, {@code .} separator, no trailing {@code .0}: deterministic and compact. */
  static String num(double v) {
    StringBuilder sb = new StringBuilder(12);
    tenths(sb, Math.round(v * 10));
    return sb.toString();
  }

  static String num2(double v) {
    long h = Math.round(v * 100);
    String s = Long.toString(Math.abs(h) / 100);
    long frac = Math.abs(h) % 100;
    String sign = h < 0 ? "-" : "";
    if (frac == 0) {
      return sign + s;
    }
    String f = frac < 10 ? "0" + frac : Long.toString(frac);
    if (f.endsWith("0")) {
      f = f.substring(0, 1);
    }
    return sign + s + "." + f;
  }

  static void tenths(StringBuilder sb, long t) {
    if (t < 0) {
      sb.append('-');
      t = -t;
    }
    sb.append(t / 10);
    if (t % 10 != 0) {
      sb.append('.').append(t % 10);
    }
  }

  /** SVG text ({@link XmlText#escape}). */
  static String esc(String raw) {
    return XmlText.escape(raw);
  }

  // ------------------------------------------------------------------ PNG

  /**
   * The drawing as PNG bytes, {@code scale} device pixels per unit (2 for print). Works headless
   * (cli {@code Main} sets {@code java.awt.headless}). Text is drawn with the machine's {@code
   * SansSerif} font, so PNG bytes may differ between machines; the SVG does not.
   */
  public byte[] png(double scale) {
    if (!(scale > 0 && scale <= 8)) {
      throw new IllegalArgumentException("PNG scale must be in ]0, 8]: " + scale);
    }
    int w = (int) Math.ceil(width * scale);
    int h = (int) Math.ceil(height * scale);
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setRenderingHint(
          RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, w, h);
      g.scale(scale, scale);
      paint(g, scale);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The drawing as PNG bytes at twice its size, for screens and print. */
  public byte[] png() {
    return png(2);
  }

  private void paint(Graphics2D g, double scale) {
    Map<Hatch, Paint> hatches = new LinkedHashMap<>();
    for (Element e : elements) {
      if (e instanceof Layer l) {
        Path2D.Double p = new Path2D.Double(Path2D.WIND_NON_ZERO);
        for (String code : l.ring() ? base.ring : base.perimeter) {
          addRings(p, base.rings.get(code));
        }
        fillAndStroke(g, p, l.fill(), l.stroke(), l.strokeWidth(), hatches, scale);
      } else if (e instanceof Shapes s) {
        for (String code : s.codes()) {
          List<double[]> rings = base.rings.get(code);
          if (rings != null) {
            Path2D.Double p = new Path2D.Double(Path2D.WIND_NON_ZERO);
            addRings(p, rings);
            fillAndStroke(g, p, s.fill(), s.stroke(), s.strokeWidth(), hatches, scale);
          }
        }
      } else if (e instanceof Overlay) {
        paintOverlay(g, scale);
      } else {
        paintElement(g, e, hatches, scale);
      }
    }
  }

  /** One element of the drawing's own (not of the basemap) with Java2D. */
  private static void paintElement(
      Graphics2D g, Element e, Map<Hatch, Paint> hatches, double scale) {
    if (e instanceof Area a) {
      Path2D.Double p = new Path2D.Double(Path2D.WIND_EVEN_ODD);
      addRings(p, a.rings());
      fillAndStroke(g, p, a.fill(), a.stroke(), a.strokeWidth(), hatches, scale);
    } else if (e instanceof Circle c) {
      fillAndStroke(
          g,
          new Ellipse2D.Double(c.cx() - c.r(), c.cy() - c.r(), 2 * c.r(), 2 * c.r()),
          c.fill(),
          c.stroke(),
          c.strokeWidth(),
          hatches,
          scale);
    } else if (e instanceof Rect r) {
      fillAndStroke(
          g,
          new Rectangle2D.Double(r.x(), r.y(), r.w(), r.h()),
          r.fill(),
          r.stroke(),
          r.strokeWidth(),
          hatches,
          scale);
    } else if (e instanceof Line l) {
      fillAndStroke(
          g,
          new Line2D.Double(l.x1(), l.y1(), l.x2(), l.y2()),
          null,
          l.stroke(),
          l.strokeWidth(),
          hatches,
          scale);
    } else if (e instanceof Label t) {
      text(g, t.x(), t.y(), t.text(), t.size(), t.bold(), t.anchor(), t.color(), false);
    }
  }

  private static void addRings(Path2D.Double p, List<double[]> rings) {
    for (double[] ring : rings) {
      if (ring.length < 6) {
        continue;
      }
      p.moveTo(ring[0], ring[1]);
      for (int i = 2; i + 1 < ring.length; i += 2) {
        p.lineTo(ring[i], ring[i + 1]);
      }
      p.closePath();
    }
  }

  /** The basemap's inset frames and names, town dots and names (over a white halo). */
  private void paintOverlay(Graphics2D g, double scale) {
    double k = base.k;
    Map<Hatch, Paint> none = Map.of();
    for (Basemap.Panel p : base.panels.subList(1, base.panels.size())) {
      double[] c = p.cell();
      fillAndStroke(
          g,
          new Rectangle2D.Double(c[0], c[1], c[2], c[3]),
          null,
          Palette.FRAME,
          0.8 * k,
          none,
          scale);
      text(
          g,
          c[0] + c[2] / 2,
          c[1] + c[3] + 12 * k,
          p.label(),
          10 * k,
          false,
          Anchor.MIDDLE,
          Palette.MUTED,
          false);
    }
    for (Basemap.Town t : base.towns) {
      double r = 2.2 * k;
      fillAndStroke(
          g,
          new Ellipse2D.Double(t.x() - r, t.y() - r, 2 * r, 2 * r),
          new Solid(Palette.INK),
          "#ffffff",
          0.8 * k,
          none,
          scale);
      text(g, t.tx(), t.ty(), t.name(), t.size(), false, t.anchor(), Palette.INK, true);
    }
  }

  private static void text(
      Graphics2D g,
      double x,
      double y,
      String s,
      double size,
      boolean bold,
      Anchor anchor,
      String colour,
      boolean halo) {
    Font f = new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 12).deriveFont((float) size);
    g.setFont(f);
    double tw = g.getFontMetrics().getStringBounds(s, g).getWidth();
    double x0 =
        switch (anchor) {
          case START -> x;
          case MIDDLE -> x - tw / 2;
          case END -> x - tw;
        };
    if (halo) {
      java.awt.font.TextLayout layout =
          new java.awt.font.TextLayout(s, f, g.getFontRenderContext());
      java.awt.Shape outline =
          layout.getOutline(java.awt.geom.AffineTransform.getTranslateInstance(x0, y));
      g.setColor(Color.WHITE);
      g.setStroke(
          new BasicStroke((float) (size / 4), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(outline);
    }
    g.setColor(color(colour, 1));
    g.drawString(s, (float) x0, (float) y);
  }

  private static void fillAndStroke(
      Graphics2D g,
      java.awt.Shape s,
      Fill fill,
      String stroke,
      double strokeWidth,
      Map<Hatch, Paint> hatches,
      double scale) {
    if (fill instanceof Solid solid) {
      g.setPaint(color(solid.rgb(), solid.opacity()));
      g.fill(s);
    } else if (fill instanceof Hatch h) {
      g.setPaint(hatches.computeIfAbsent(h, k -> hatchPaint(k, scale)));
      g.fill(s);
    }
    if (stroke != null && strokeWidth > 0) {
      g.setPaint(color(stroke, 1));
      g.setStroke(
          new BasicStroke((float) strokeWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
      g.draw(s);
    }
  }

  /** The same tile as the SVG pattern, rendered at device resolution. */
  private static Paint hatchPaint(Hatch h, double scale) {
    int px = Math.max(2, (int) Math.round(HATCH_TILE * scale));
    BufferedImage tile = new BufferedImage(px, px, BufferedImage.TYPE_INT_RGB);
    Graphics2D t = tile.createGraphics();
    try {
      t.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      t.setColor(color(h.background(), 1));
      t.fillRect(0, 0, px, px);
      double k = px / (double) HATCH_TILE;
      t.scale(k, k);
      t.setColor(color(h.line(), 1));
      t.setStroke(new BasicStroke(1.5f));
      t.draw(new Line2D.Double(0, 8, 8, 0));
      t.draw(new Line2D.Double(-2, 2, 2, -2));
      t.draw(new Line2D.Double(6, 10, 10, 6));
    } finally {
      t.dispose();
    }
    return new TexturePaint(tile, new Rectangle2D.Double(0, 0, HATCH_TILE, HATCH_TILE));
  }

  private static Color color(String rgb, double opacity) {
    int v = Integer.parseInt(rgb.substring(1), 16);
    return new Color((v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff, (int) Math.round(opacity * 255));
  }

  /** Collects elements in drawing order. */
  static final class Builder {
    private final List<Element> elements = new ArrayList<>();

    Builder add(Element e) {
      elements.add(e);
      return this;
    }

    List<Element> elements() {
      return elements;
    }

    MapDrawing build(String id, String title, double width, double height, Basemap base) {
      return new MapDrawing(id, title, width, height, elements, base);
    }
  }
}
