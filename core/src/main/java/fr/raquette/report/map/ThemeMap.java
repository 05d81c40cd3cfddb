package fr.raquette.report.map;

import static fr.raquette.report.map.Palette.CONTEXT;
import static fr.raquette.report.map.Palette.EQUIPMENT;
import static fr.raquette.report.map.Palette.INK;
import static fr.raquette.report.map.Palette.MUTED;
import static fr.raquette.report.map.Palette.OUTLINE;
import static fr.raquette.report.map.Palette.QUINTILES;

import fr.raquette.analysis.Classification;
import fr.raquette.analysis.Diagnoser;
import fr.raquette.analysis.Diagnosis;
import fr.raquette.analysis.Indicator;
import fr.raquette.analysis.ThemeResult;
import fr.raquette.report.map.MapDrawing.Anchor;
import fr.raquette.report.map.MapDrawing.Area;
import fr.raquette.report.map.MapDrawing.Circle;
import fr.raquette.report.map.MapDrawing.Fill;
import fr.raquette.report.map.MapDrawing.Label;
import fr.raquette.report.map.MapDrawing.Rect;
import fr.raquette.report.map.MapDrawing.Solid;
import fr.raquette.territory.Actor;
import fr.raquette.territory.Commune;
import fr.raquette.territory.InputFile;
import fr.raquette.territory.Role;
import fr.raquette.territory.Territory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Choropleth maps of a diagnosis: one per theme (communes by classification or by accessibility
 * quintile, supply drawn over them) and an overview (how many themes are a gap per commune). Each
 * map is a {@link MapDrawing}, written as SVG or PNG. See docs/maps.md for the projection, colours
 * and simplification.
 */
public final class ThemeMap {
  /** Communes above which maps carry no per-commune tooltip (see docs/maps.md). */
  static final int MAX_TOOLTIPS = 5000;

  /** Equipment circles drawn at most beyond {@link #MAX_TOOLTIPS} communes: the largest. */
  static final int MAX_CIRCLES = 400;

  private ThemeMap() {}

  /** A theme's map as SVG text. */
  public static String svg(Diagnosis d, ThemeResult theme, MapText x, MapStyle style) {
    return drawing(d, theme, x, style).svg();
  }

  /** A theme's map as PNG bytes, twice the drawing's size. */
  public static byte[] png(Diagnosis d, ThemeResult theme, MapText x, MapStyle style) {
    return drawing(d, theme, x, style).png();
  }

  /** The overview map (themes in gap per commune) as SVG text. */
  public static String overviewSvg(Diagnosis d, MapText x) {
    return overviewDrawing(d, x).svg();
  }

  /** The overview map as PNG bytes, twice the drawing's size. */
  public static byte[] overviewPng(Diagnosis d, MapText x) {
    return overviewDrawing(d, x).png();
  }

  /**
   * A theme's map on a basemap of its own (see {@link #drawing(Diagnosis, ThemeResult, MapText,
   * MapStyle, Basemaps)}).
   */
  public static MapDrawing drawing(Diagnosis d, ThemeResult theme, MapText x, MapStyle style) {
    return drawing(d, theme, x, style, new Basemaps());
  }

  /**
   * A theme's map, to write as SVG and PNG from the same drawing: communes filled by class or
   * quintile, BPE equipment of the theme at each commune's anchor point (area proportional to the
   * count), actors supplying the theme as small diamonds, title, legend with counts, scale bar,
   * sources.
   *
   * @param bases the basemaps of the report, shared by its maps
   */
  public static MapDrawing drawing(
      Diagnosis d, ThemeResult theme, MapText x, MapStyle style, Basemaps bases) {
    Locale locale = x.french() ? Locale.FRENCH : Locale.ENGLISH;
    Frame f =
        new Frame(
            bases,
            d.territory(),
            style,
            theme.theme().label(locale) + " — " + d.territory().name(),
            style.fill() == MapStyle.Fill.CLASSES
                ? x.msg("map.subtitle.classes")
                : x.msg(
                    "map.subtitle.quintiles", d.options().method().id().toUpperCase(Locale.ROOT)));
    Indicator[] byRank = aligned(f.base.perimeter, f.base.perimeterInOrder, theme.indicators());
    List<Swatch> legend =
        style.fill() == MapStyle.Fill.CLASSES
            ? byClass(f, theme, byRank, x)
            : byQuintile(f, theme, byRank, x);
    context(legend, f.base, x);
    double y =
        f.swatches(x.msg("html.col.communes"), legend, f.top + 4 * f.k, undrawnNote(f.base, x));
    y = supply(f, d, theme, x, y + 10 * f.k);
    return f.finish(y, sources(d.territory(), x), "map-" + theme.theme().id());
  }

  /**
   * The indicators of the drawn communes of the perimeter, by rank in {@code perimeter} (null for a
   * commune without one). The diagnosis and the basemap both list the communes in code order: one
   * walk through both lists, rather than a hash map of thirty-five thousand codes per map of
   * France; lists in any other order (or a code twice) take the hash map, the last indicator of a
   * code winning as it did.
   */
  static Indicator[] aligned(List<String> perimeter, List<Indicator> indicators) {
    return aligned(perimeter, Basemap.increasing(perimeter), indicators);
  }

  /**
   * {@link #aligned(List, List)}, told whether the perimeter is in code order (the basemap found it
   * once for all its maps). The next indicator is most often the next commune of the perimeter: one
   * {@code equals}; otherwise the walk checks the indicators' order and skips the communes of the
   * perimeter before it.
   */
  static Indicator[] aligned(List<String> perimeter, boolean inOrder, List<Indicator> indicators) {
    if (!inOrder) {
      return hashed(perimeter, indicators);
    }
    int n = perimeter.size();
    Indicator[] byRank = new Indicator[n];
    int r = 0;
    String last = null;
    for (Indicator i : indicators) {
      String code = i.commune();
      if (r < n && perimeter.get(r).equals(code)) {
        byRank[r++] = i;
      } else {
        if (last != null && last.compareTo(code) >= 0) {
          return hashed(perimeter, indicators);
        }
        while (r < n && perimeter.get(r).compareTo(code) < 0) {
          r++;
        }
        if (r < n && perimeter.get(r).equals(code)) {
          byRank[r++] = i;
        }
      }
      last = code;
    }
    return byRank;
  }

  /** {@link #aligned} through a hash map, for lists not both in code order. */
  private static Indicator[] hashed(List<String> perimeter, List<Indicator> indicators) {
    Map<String, Indicator> byCode = new HashMap<>(indicators.size() * 4 / 3 + 1);
    indicators.forEach(i -> byCode.put(i.commune(), i));
    Indicator[] byRank = new Indicator[perimeter.size()];
    for (int r = 0; r < byRank.length; r++) {
      byRank[r] = byCode.get(perimeter.get(r));
    }
    return byRank;
  }

  /** Fills the communes by classification; returns the legend. */
  private static List<Swatch> byClass(Frame f, ThemeResult theme, Indicator[] byRank, MapText x) {
    List<Swatch> legend = new ArrayList<>();
    long below =
        theme.indicators().stream()
            .filter(i -> i.classification() == Classification.COUVERT && i.score() == null)
            .count();
    for (Classification c : Classification.values()) {
      long n = c == Classification.COUVERT ? theme.count(c) - below : theme.count(c);
      legend.add(new Swatch(Palette.of(c), capitalise(c.label(x.french())), n));
      if (c == Classification.COUVERT && below > 0) {
        legend.add(
            new Swatch(Palette.COUVERT_BELOW_MINIMUM, x.msg("map.covered.below.threshold"), below));
      }
    }
    f.communes(
        r -> {
          Indicator i = byRank[r];
          if (i == null) {
            return Palette.NON_EVALUABLE;
          }
          return i.classification() == Classification.COUVERT && i.score() == null
              ? Palette.COUVERT_BELOW_MINIMUM
              : Palette.of(i.classification());
        },
        r -> tooltip(byRank[r], theme, x));
    return legend;
  }

  /** Fills the communes by accessibility quintile; returns the legend. */
  private static List<Swatch> byQuintile(
      Frame f, ThemeResult theme, Indicator[] byRank, MapText x) {
    List<Swatch> legend = new ArrayList<>();
    Quintiles q = Quintiles.of(theme.indicators());
    long noSupply =
        theme.indicators().stream()
            .filter(i -> i.classification() != Classification.NON_EVALUABLE)
            .filter(i -> i.score() == null)
            .count();
    legend.add(new Swatch(new Solid(Palette.NO_SUPPLY), x.msg("map.no.supply.in.reach"), noSupply));
    for (int k = 0; k < q.classes(); k++) {
      legend.add(new Swatch(new Solid(q.colour(k)), q.label(k, x), q.count(k)));
    }
    legend.add(
        new Swatch(
            Palette.NON_EVALUABLE,
            capitalise(Classification.NON_EVALUABLE.label(x.french())),
            theme.count(Classification.NON_EVALUABLE)));
    // One fill object per class, so that neighbouring communes of one class share it.
    Solid noSupplyFill = new Solid(Palette.NO_SUPPLY);
    Solid[] fills = new Solid[q.classes()];
    Arrays.setAll(fills, k -> new Solid(q.colour(k)));
    f.communes(
        r -> {
          Indicator i = byRank[r];
          if (i == null || i.classification() == Classification.NON_EVALUABLE) {
            return Palette.NON_EVALUABLE;
          }
          return i.score() == null ? noSupplyFill : fills[q.classOf(i)];
        },
        r -> tooltip(byRank[r], theme, x));
    return legend;
  }

  /**
   * The overview map on a basemap of its own (see {@link #overviewDrawing(Diagnosis, MapText,
   * Basemaps)}).
   */
  public static MapDrawing overviewDrawing(Diagnosis d, MapText x) {
    return overviewDrawing(d, x, new Basemaps());
  }

  /**
   * The overview map: how many themes are a trou or à renforcer, per commune.
   *
   * @param bases the basemaps of the report, shared by its maps
   */
  public static MapDrawing overviewDrawing(Diagnosis d, MapText x, Basemaps bases) {
    Frame f =
        new Frame(
            bases,
            d.territory(),
            MapStyle.defaults(),
            x.msg("map.overview.title", d.territory().name()),
            x.msg("map.overview.subtitle"));
    Locale locale = x.french() ? Locale.FRENCH : Locale.ENGLISH;
    Map<String, List<String>> gapThemes = new HashMap<>();
    String noGap = x.msg("map.overview.no.gap");
    String sep = x.msg("map.separator");
    Territory t = d.territory();
    t.communes().keySet().stream()
        .filter(t::inPerimeter)
        .forEach(c -> gapThemes.put(c, new ArrayList<>()));
    for (ThemeResult r : d.themes()) {
      for (Indicator i : r.indicators()) {
        if (i.classification().isGap() && t.inPerimeter(i.commune())) {
          gapThemes
              .computeIfAbsent(i.commune(), k -> new ArrayList<>())
              .add(r.theme().label(locale));
        }
      }
    }
    long[] counts = new long[Palette.OVERVIEW.length];
    gapThemes.values().forEach(l -> counts[overviewClass(l.size())]++);
    List<String> perimeter = f.base.perimeter;
    Solid[] fills = new Solid[Palette.OVERVIEW.length];
    Arrays.setAll(fills, k -> new Solid(Palette.OVERVIEW[k]));
    f.communes(
        r -> fills[overviewClass(gapThemes.getOrDefault(perimeter.get(r), List.of()).size())],
        r -> {
          String code = perimeter.get(r);
          Commune c = d.territory().communes().get(code);
          List<String> l = gapThemes.getOrDefault(code, List.of());
          String name = (c == null ? code : c.name()) + " (" + code + ")";
          return l.isEmpty() ? name + sep + noGap : name + sep + String.join(", ", l);
        });
    String[] labels = {
      x.msg("map.overview.none"), "1", "2", x.msg("map.overview.3.4"), x.msg("map.overview.5")
    };
    List<Swatch> legend = new ArrayList<>();
    for (int k = 0; k < Palette.OVERVIEW.length; k++) {
      legend.add(new Swatch(new Solid(Palette.OVERVIEW[k]), labels[k], counts[k]));
    }
    context(legend, f.base, x);
    double y =
        f.swatches(x.msg("map.overview.legend"), legend, f.top + 4 * f.k, undrawnNote(f.base, x));
    return f.finish(y, sources(d.territory(), x), "map-overview");
  }

  /**
   * A category of a {@link #categories} map.
   *
   * @param rgb its fill, {@code #rrggbb}
   * @param label its legend label
   */
  public record Category(String rgb, String label) {}

  /**
   * A map of one category per perimeter commune (the class changes of a simulation, for example):
   * communes filled by their category, legend with counts, context ring, scale bar and sources, in
   * the layout of the other maps.
   *
   * @param categories the legend, in order
   * @param category each perimeter commune's index in {@code categories}
   * @param tooltip each commune's tooltip
   * @param id the drawing's id (SVG ids are prefixed with it)
   */
  public static MapDrawing categories(
      Territory t,
      String title,
      String subtitle,
      String legendTitle,
      List<Category> categories,
      java.util.function.ToIntFunction<String> category,
      java.util.function.Function<String, String> tooltip,
      MapText x,
      String id) {
    Frame f = new Frame(new Basemaps(), t, MapStyle.defaults(), title, subtitle);
    long[] counts = new long[categories.size()];
    for (String code : f.base.perimeter) {
      counts[category.applyAsInt(code)]++;
    }
    List<String> perimeter = f.base.perimeter;
    Solid[] solids = new Solid[categories.size()];
    Arrays.setAll(solids, k -> new Solid(categories.get(k).rgb()));
    f.communes(
        r -> solids[category.applyAsInt(perimeter.get(r))], r -> tooltip.apply(perimeter.get(r)));
    List<Swatch> legend = new ArrayList<>();
    for (int k = 0; k < categories.size(); k++) {
      legend.add(
          new Swatch(new Solid(categories.get(k).rgb()), categories.get(k).label(), counts[k]));
    }
    context(legend, f.base, x);
    double y = f.swatches(legendTitle, legend, f.top + 4 * f.k, undrawnNote(f.base, x));
    return f.finish(y, sources(t, x), id);
  }

  static int overviewClass(int gaps) {
    return gaps >= 5 ? 4 : gaps >= 3 ? 3 : gaps;
  }

  /**
   * The sources line, from the roles and vintages of the files read: « Sources : INSEE BPE 2013 et
   * 2018, INSEE COG 2026, contours des communes, ANCT France services — réalisation Raquette ».
   */
  public static String sources(Territory t, MapText x) {
    // Public producers first, then the territory's own files; passage tables, code lists,
    // perimeter, costs and themes are not data shown on the map.
    Set<String> parts = new LinkedHashSet<>();
    TreeSet<Integer> bpe = new TreeSet<>();
    TreeSet<Integer> outlines = new TreeSet<>();
    boolean communes = false;
    for (InputFile f : t.inputs()) {
      if (f.role() == Role.BPE && f.vintage() > 0) {
        bpe.add(f.vintage());
      } else if (f.role() == Role.OUTLINES && f.vintage() > 0) {
        outlines.add(f.vintage());
      }
      communes |= f.role() == Role.COMMUNES || f.role() == Role.POPULATION;
    }
    Set<Role> present = new TreeSet<>();
    t.inputs().forEach(f -> present.add(f.role()));
    for (Role r : SOURCE_ORDER) {
      if (!present.contains(r)) {
        continue;
      }
      switch (r) {
        case BPE -> parts.add("INSEE BPE" + (bpe.isEmpty() ? "" : " " + years(bpe, x)));
        case COMMUNES, POPULATION -> {
          if (communes) {
            parts.add(
                "INSEE"
                    + (t.cogYear().isEmpty() ? "" : " COG " + t.cogYear())
                    + " "
                    + x.msg("map.sources.communes"));
          }
        }
        case OUTLINES ->
            parts.add(
                x.msg("map.sources.outlines")
                    + (outlines.isEmpty() ? "" : " COG " + years(outlines, x)));
        case FRANCE_SERVICES -> parts.add("ANCT France services");
        case DI_STRUCTURES, DI_SERVICES -> parts.add("data·inclusion");
        case LOCAL_ACTORS -> parts.add(x.msg("map.sources.local.actors"));
        case NEEDS -> parts.add(x.msg("map.sources.needs"));
        default -> throw new IllegalStateException(r.id());
      }
    }
    return x.msg("map.sources", String.join(", ", parts));
  }

  private static final List<Role> SOURCE_ORDER =
      List.of(
          Role.BPE,
          Role.COMMUNES,
          Role.POPULATION,
          Role.OUTLINES,
          Role.FRANCE_SERVICES,
          Role.DI_STRUCTURES,
          Role.DI_SERVICES,
          Role.LOCAL_ACTORS,
          Role.NEEDS);

  private static String years(TreeSet<Integer> years, MapText x) {
    List<String> ys = years.stream().map(String::valueOf).toList();
    return fr.raquette.i18n.French.list(ys, x.messages().lang());
  }

  /** The legend row of the context ring, when the map has one. */
  private static void context(List<Swatch> legend, Basemap base, MapText x) {
    if (!base.ring.isEmpty()) {
      legend.add(new Swatch(new Solid(CONTEXT), x.msg("map.context"), base.ring.size()));
    }
  }

  private static String undrawnNote(Basemap base, MapText x) {
    long n = base.undrawn();
    if (n == 0) {
      return null;
    }
    return x.msg("map.undrawn", x.integer(n), n);
  }

  private static String tooltip(Indicator i, ThemeResult theme, MapText x) {
    if (i == null) {
      return null;
    }
    return i.communeName()
        + " ("
        + i.commune()
        + ") — "
        + i.classification().label(x.french())
        + x.msg("map.separator")
        + x.reasons(i, theme);
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  /** Equipment circles and actor diamonds over the communes, and their legend. */
  private static double supply(Frame f, Diagnosis d, ThemeResult theme, MapText x, double y) {
    Equipment equipment = circles(f, d, theme.indicators(), x);
    int drawnActors = actors(f, d, theme);
    double k = f.k;
    double lx = f.legendX;
    f.b.add(
        new Label(lx, y + 12 * k, x.msg("map.supply.title"), 12.5 * k, true, Anchor.START, INK));
    y += 20 * k;
    if (equipment.shown().isEmpty() && drawnActors == 0) {
      return f.text(lx, y + 11 * k, x.msg("map.supply.none"), 11.5 * k, MUTED);
    }
    if (!equipment.shown().isEmpty()) {
      y = equipmentLegend(f, equipment, x, y);
    }
    if (drawnActors > 0) {
      double cy = y + 10 * k;
      f.b.add(diamond(lx + f.maxR() + 2 * k, cy, f.diamond(), null));
      f.text(
          lx + 2 * f.maxR() + 10 * k,
          cy + 4 * k,
          x.msg("map.actors.legend", x.integer(drawnActors)),
          11.5 * k,
          INK);
      y = cy + 8 * k;
    }
    return y;
  }

  /**
   * The equipment circles drawn, best equipped first.
   *
   * @param shown the communes that have their circle
   * @param equipped how many communes have equipment of the theme
   * @param maxN the largest count, the largest circle
   */
  private record Equipment(List<Indicator> shown, long equipped, double maxN) {}

  /** A circle per commune with equipment of the theme, its area proportional to the count. */
  private static Equipment circles(Frame f, Diagnosis d, List<Indicator> indicators, MapText x) {
    double k = f.k;
    List<Indicator> equipped =
        indicators.stream()
            .filter(i -> i.localEquipment() > 0 && f.base.drawn.contains(i.commune()))
            .sorted(
                Comparator.comparingDouble((Indicator i) -> -i.localEquipment())
                    .thenComparing(Indicator::commune))
            .toList();
    // Beyond a region's worth of communes, circles a few units apart would cover the map (and
    // weigh megabytes): only the best equipped communes get theirs, as the legend says.
    boolean many = f.many();
    long equippedCount = equipped.size();
    if (many && equipped.size() > MAX_CIRCLES) {
      equipped = equipped.subList(0, MAX_CIRCLES);
    }
    double maxN = equipped.isEmpty() ? 0 : equipped.get(0).localEquipment();
    for (Indicator i : equipped) {
      double[] p = f.base.point(d.territory().anchors().get(i.commune()));
      if (p == null) {
        continue;
      }
      f.b.add(
          new Circle(
              p[0],
              p[1],
              radius(i.localEquipment(), maxN, f.maxR(), k),
              new Solid(EQUIPMENT, 0.8),
              OUTLINE,
              0.6 * k,
              many
                  ? null
                  : i.communeName()
                      + x.msg("map.separator")
                      + x.msg("map.equipment.count", x.integer(i.localEquipment()))));
    }
    return new Equipment(equipped, equippedCount, maxN);
  }

  /**
   * A diamond per actor supplying the theme (the diagnosis' rule), one merged shape beyond a
   * region's worth of communes; returns how many are drawn.
   */
  private static int actors(Frame f, Diagnosis d, ThemeResult theme) {
    List<Actor> actors =
        d.territory().actors().stream()
            .filter(a -> Diagnoser.supplies(theme.theme(), a))
            .sorted(Comparator.comparing(Actor::id))
            .toList();
    int drawn = 0;
    double s = f.diamond();
    List<double[]> merged = new ArrayList<>();
    for (Actor a : actors) {
      double[] p = f.base.point(a.position());
      if (!f.base.inside(p, 2 * s)) {
        continue;
      }
      if (f.many()) {
        merged.add(diamond(p[0], p[1], s, null).rings().get(0));
      } else {
        f.b.add(diamond(p[0], p[1], s, a.name()));
      }
      drawn++;
    }
    if (!merged.isEmpty()) {
      f.b.add(new Area(merged, new Solid("#ffffff"), INK, s / 3, null));
    }
    return drawn;
  }

  /** The equipment's legend: what the circles are, the largest and a round smaller one. */
  private static double equipmentLegend(Frame f, Equipment e, MapText x, double y) {
    double k = f.k;
    double lx = f.legendX;
    double maxR = f.maxR();
    y =
        f.text(
            lx,
            y + 11 * k,
            e.equipped() > e.shown().size()
                ? x.msg(
                    "map.equipment.legend.top",
                    x.integer(e.shown().size()),
                    x.integer(e.equipped()))
                : x.msg("map.equipment.legend"),
            11.5 * k,
            INK);
    double small = niceBelow(e.maxN() / 4);
    double[] shown = small < e.maxN() ? new double[] {e.maxN(), small} : new double[] {e.maxN()};
    double cx = lx + maxR + 2 * k;
    for (double n : shown) {
      double r = radius(n, e.maxN(), maxR, k);
      double cy = y + 4 * k + Math.max(r, 6 * k);
      f.b.add(new Circle(cx, cy, r, new Solid(EQUIPMENT, 0.8), OUTLINE, 0.6 * k, null));
      f.b.add(
          new Label(
              cx + maxR + 8 * k, cy + 4 * k, x.integer(n), 11.5 * k, false, Anchor.START, INK));
      y = cy + Math.max(r, 6 * k);
    }
    return y + 4 * k;
  }

  static double radius(double n, double maxN, double maxR, double k) {
    return Math.max(1.8 * k, maxR * Math.sqrt(n / maxN));
  }

  /** The largest of 1, 2, 5, 10, 20, 50... not above {@code v}, at least 1. */
  static double niceBelow(double v) {
    double best = 1;
    for (double p = 1; p <= v; p *= 10) {
      for (double m : new double[] {1, 2, 5}) {
        if (p * m <= v) {
          best = p * m;
        }
      }
    }
    return best;
  }

  private static Area diamond(double cx, double cy, double s, String tooltip) {
    return new Area(
        List.<double[]>of(new double[] {cx, cy - s, cx + s, cy, cx, cy + s, cx - s, cy}),
        new Solid("#ffffff"),
        INK,
        s / 3,
        tooltip);
  }

  /** A legend row: a colour, its label and how many communes have it. */
  record Swatch(Fill fill, String label, long count) {}

  /** Accessibility quintile breaks over the communes that have a score. */
  record Quintiles(double[] breaks, long[] counts) {
    static Quintiles of(List<Indicator> indicators) {
      double[] scores =
          indicators.stream()
              .filter(i -> i.classification() != Classification.NON_EVALUABLE)
              .filter(i -> i.score() != null)
              .mapToDouble(Indicator::score)
              .sorted()
              .toArray();
      TreeSet<Double> b = new TreeSet<>();
      if (scores.length > 0) {
        for (int q = 1; q < 5; q++) {
          // nearest rank: the smallest score with at least q/5 of the scores at or below it
          b.add(scores[Math.max(0, (int) Math.ceil(q * scores.length / 5.0) - 1)]);
        }
        b.remove(scores[scores.length - 1]); // no empty top class
      }
      double[] breaks = b.stream().mapToDouble(Double::doubleValue).toArray();
      Quintiles q = new Quintiles(breaks, new long[breaks.length + 1]);
      for (double s : scores) {
        q.counts[q.classOf(s)]++;
      }
      return q;
    }

    int classes() {
      return breaks.length + 1;
    }

    int classOf(Indicator i) {
      return classOf(i.score());
    }

    int classOf(double s) {
      int c = 0;
      while (c < breaks.length && s > breaks[c]) {
        c++;
      }
      return c;
    }

    long count(int c) {
      return counts[c];
    }

    /** Spread the ramp over fewer classes when scores tie. */
    String colour(int c) {
      int n = classes();
      return n == 1 ? QUINTILES[2] : QUINTILES[(int) Math.round(c * 4.0 / (n - 1))];
    }

    String label(int c, MapText x) {
      if (classes() == 1) {
        return x.msg("map.quintile.single");
      }
      if (c == 0) {
        return "≤ " + x.decimal2(breaks[0]);
      }
      if (c == breaks.length) {
        return "> " + x.decimal2(breaks[c - 1]);
      }
      return x.msg("map.quintile.range", x.decimal2(breaks[c - 1]), x.decimal2(breaks[c]));
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Quintiles q
          && Arrays.equals(breaks, q.breaks)
          && Arrays.equals(counts, q.counts);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(breaks) + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
      return "Quintiles" + Arrays.toString(breaks) + Arrays.toString(counts);
    }
  }

  /**
   * The layout shared by every map: title and subtitle on top, the map on the left, the legend in a
   * column on the right, scale bar and sources below. Sizes scale with the style's width.
   */
  static final class Frame {
    final MapDrawing.Builder b = new MapDrawing.Builder();
    final MapStyle style;
    final double k;
    final double width;
    final double margin;
    final double top;
    final double legendX;
    final double legendWidth;
    final Basemap base;
    private final String title;

    Frame(Basemaps bases, Territory t, MapStyle style, String title, String subtitle) {
      this.style = style;
      this.title = title;
      this.width = style.width();
      this.k = width / MapStyle.DEFAULT_WIDTH;
      this.margin = 16 * k;
      double y = text(margin, 28 * k, title, 20 * k, INK, true, width - 2 * margin);
      y = text(margin, y + 20 * k, subtitle, 13 * k, MUTED, false, width - 2 * margin);
      this.top = y + 16 * k;
      this.legendWidth = 230 * k;
      double boxWidth = width - 2 * margin - legendWidth - 16 * k;
      this.legendX = margin + boxWidth + 16 * k;
      this.base = bases.of(t, margin, top, boxWidth, 0.85 * width, k);
    }

    /** Beyond a region's worth of communes: no tooltips, fewer circles, actors merged. */
    boolean many() {
      return base.perimeter.size() > MAX_TOOLTIPS;
    }

    /** The radius of the largest equipment circle. */
    double maxR() {
      return 13 * k;
    }

    /** The half-diagonal of an actor's diamond. */
    double diamond() {
      return 3.4 * k;
    }

    /**
     * Fills the communes: the context ring in grey, then the perimeter's communes grouped by fill.
     * Up to {@link #MAX_TOOLTIPS} communes, each has its tooltip; beyond, the most common fill is
     * laid once under all communes and only the others are drawn one by one, the white outlines
     * over them all.
     */
    void communes(
        java.util.function.IntFunction<Fill> fill, java.util.function.IntFunction<String> tooltip) {
      double line = base.outlineWidth();
      if (!base.ring.isEmpty()) {
        b.add(new MapDrawing.Layer(true, new Solid(CONTEXT), OUTLINE, line));
      }
      Map<Fill, List<String>> groups = new java.util.LinkedHashMap<>();
      Map<Fill, List<String>> tips = new java.util.HashMap<>();
      boolean tooltips = base.perimeter.size() <= MAX_TOOLTIPS;
      // The fill objects are shared by class: a commune whose fill is its neighbour's (the same
      // object) joins its group without a lookup by the fill's value.
      Fill last = null;
      List<String> group = null;
      for (int r = 0; r < base.perimeter.size(); r++) {
        Fill fl = fill.apply(r);
        if (fl != last) {
          group = groups.computeIfAbsent(fl, q -> new ArrayList<>());
          last = fl;
        }
        group.add(base.perimeter.get(r));
        if (tooltips) {
          tips.computeIfAbsent(fl, q -> new ArrayList<>()).add(tooltip.apply(r));
        }
      }
      if (tooltips) {
        groups.forEach(
            (fl, codes) -> b.add(new MapDrawing.Shapes(codes, fl, OUTLINE, line, tips.get(fl))));
        return;
      }
      Fill common = null;
      for (Map.Entry<Fill, List<String>> g : groups.entrySet()) {
        if (common == null || g.getValue().size() > groups.get(common).size()) {
          common = g.getKey();
        }
      }
      b.add(new MapDrawing.Layer(false, common, null, 0));
      for (Map.Entry<Fill, List<String>> g : groups.entrySet()) {
        if (!g.getKey().equals(common)) {
          b.add(new MapDrawing.Shapes(g.getValue(), g.getKey(), null, 0, null));
        }
      }
      b.add(new MapDrawing.Layer(false, null, OUTLINE, line));
    }

    /** Legend swatches under a heading; returns the y below them. */
    double swatches(String heading, List<Swatch> rows, double y, String note) {
      y = text(legendX, y + 12 * k, heading, 12.5 * k, INK, true, legendWidth);
      y += 8 * k;
      for (Swatch s : rows) {
        b.add(new Rect(legendX, y, 22 * k, 14 * k, s.fill(), "#737373", 0.6 * k));
        double after =
            text(
                legendX + 30 * k,
                y + 11 * k,
                s.label() + " (" + s.count() + ")",
                11.5 * k,
                INK,
                false,
                legendWidth - 30 * k);
        y = Math.max(y + 14 * k, after) + 7 * k;
      }
      if (note != null) {
        y = text(legendX, y + 10 * k, note, 10.5 * k, MUTED, false, legendWidth) + 4 * k;
      }
      return y;
    }

    double text(double x, double y, String s, double size, String colour) {
      return text(x, y, s, size, colour, false, width - x - margin);
    }

    /** Wrapped text from its first baseline; returns the last baseline. */
    double text(
        double x, double y, String s, double size, String colour, boolean bold, double maxWidth) {
      List<String> lines = wrap(s, size, maxWidth);
      for (int i = 0; i < lines.size(); i++) {
        b.add(new Label(x, y + i * size * 1.3, lines.get(i), size, bold, Anchor.START, colour));
      }
      return y + (lines.size() - 1) * size * 1.3;
    }

    /** Scale bar, north arrow, sources; builds the drawing. */
    MapDrawing finish(double legendBottom, String sources, String id) {
      b.add(new MapDrawing.Overlay());
      double y = legendBottom;
      if (style.northArrow()) {
        double cx = legendX + 13 * k;
        double ty = y + 18 * k;
        b.add(new Label(cx, ty, "N", 12 * k, true, Anchor.MIDDLE, INK));
        b.add(
            new Area(
                List.<double[]>of(
                    new double[] {
                      cx,
                      ty + 4 * k,
                      cx + 8 * k,
                      ty + 26 * k,
                      cx,
                      ty + 20 * k,
                      cx - 8 * k,
                      ty + 26 * k
                    }),
                new Solid(INK),
                null,
                0,
                null));
        y = ty + 26 * k;
      }
      y = Math.max(y, base.bottom()) + 14 * k;
      // Scale bar: the longest round length within a third of the map's width.
      double perKm = base.unitsPerKm();
      double km = 1;
      for (double c : new double[] {1, 2, 5, 10, 20, 50, 100, 200, 500}) {
        if (c * perKm <= base.width / 3) {
          km = c;
        }
      }
      double len = km * perKm;
      double bx = margin;
      double by = y + 14 * k;
      b.add(new Rect(bx, by, len / 2, 5 * k, new Solid(INK), INK, 0.8 * k));
      b.add(new Rect(bx + len / 2, by, len / 2, 5 * k, new Solid("#ffffff"), INK, 0.8 * k));
      b.add(new Label(bx, by - 4 * k, "0", 10.5 * k, false, Anchor.MIDDLE, INK));
      b.add(
          new Label(
              bx + len,
              by - 4 * k,
              MapDrawing.num(km) + " km",
              10.5 * k,
              false,
              Anchor.MIDDLE,
              INK));
      double last = text(margin, by + 26 * k, sources, 10.5 * k, MUTED, false, width - 2 * margin);
      return b.build(id, title, width, Math.ceil(last + 10 * k), base);
    }
  }

  /** Greedy word wrap with an average glyph width, so that layout needs no font. */
  static List<String> wrap(String s, double size, double maxWidth) {
    int max = Math.max(8, (int) (maxWidth / (size * MapDrawing.EM_ADVANCE)));
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String w : s.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + w.length() > max) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(w);
    }
    lines.add(line.toString());
    return lines;
  }
}
