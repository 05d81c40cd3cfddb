package fr.raquette.analysis;

import fr.raquette.access.Method;
import fr.raquette.io.DataException;
import fr.raquette.io.TextFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A file of reference values: for each theme (and basket element), method and catchment scale, the
 * population-weighted mean accessibility of the communes of France that have a score ({@link
 * ReferenceRule}). Written by {@code raquette reference}, shipped for the data vintages Raquette
 * ships ({@value #RESOURCE}), read back by the diagnosis. Its header names the command and the
 * input files (with their SHA-256) that recompute it. Format in docs/methode.md.
 *
 * @param source the file's name, for messages and the report
 * @param command the command that recomputes it
 * @param version Raquette's version that wrote it
 * @param bpeVintages the BPE vintages of the data it was computed from
 * @param inputs the input files: name and SHA-256
 * @param rows the values
 */
public record NationalReference(
    String source,
    String command,
    String version,
    SortedSet<Integer> bpeVintages,
    List<Input> inputs,
    List<Row> rows) {

  /** The resource shipped beside the themes referential. */
  public static final String RESOURCE = "/fr/raquette/themes/reference-nationale.csv";

  static final String HEADER =
      "theme;element;methode;echelle;definition;reference_pour_1000;communes_avec_score;"
          + "communes_sans_score;population_cible_avec_score";

  /** An input file of the computation. */
  public record Input(String name, String sha256) {}

  /**
   * One value.
   *
   * @param theme the theme id
   * @param element the basket element id; the theme id for a theme without elements
   * @param scale the factor every catchment was multiplied by (1, 0.75, 1.5)
   * @param definition what was measured ({@link #definition}): a value applies only to the same
   * @param value the yardstick, supply per 1,000 of the target population; NaN (an empty field)
   *     when no commune has a score
   * @param communesWithScore communes in the mean
   * @param communesWithout communes left out (no score, not evaluable)
   * @param population target population of the communes in the mean
   */
  public record Row(
      String theme,
      String element,
      Method method,
      double scale,
      String definition,
      double value,
      int communesWithScore,
      int communesWithout,
      double population) {

    /** {@code sante/generaliste}. */
    public String key() {
      return theme + "/" + element;
    }
  }

  public NationalReference {
    bpeVintages = Collections.unmodifiableSortedSet(new TreeSet<>(bpeVintages));
    inputs = List.copyOf(inputs);
    rows = List.copyOf(rows);
  }

  /**
   * What a value measures, in one comparable line: the BPE types looked for, whether France
   * services sites count, the target population and the distance bands (at scale 1). A theme
   * overridden by a territory measures something else, and is then judged against its territory's
   * mean.
   */
  public static String definition(
      List<String> bpeCodes, boolean franceServices, String target, String bands) {
    return "bpe="
        + String.join(",", new TreeSet<>(bpeCodes))
        + " france_services="
        + (franceServices ? "1" : "0")
        + " cible="
        + target
        + " bandes="
        + bands;
  }

  /** The value for a theme element, method and scale, if the file has one. */
  public Optional<Row> row(String theme, String element, Method method, double scale) {
    for (Row r : rows) {
      if (r.theme().equals(theme)
          && r.element().equals(element)
          && r.method() == method
          && r.scale() == scale) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** The reference shipped with Raquette. */
  public static NationalReference builtIn() {
    try (InputStream in = NationalReference.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(TextFile.decode("reference-nationale.csv", in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a reference file given with {@code --reference} or the manifest. */
  public static NationalReference read(java.nio.file.Path path) {
    if (!java.nio.file.Files.isRegularFile(path)) {
      throw new DataException(
          path.toString(),
          0,
          0,
          "reference file not found (expected a file written by raquette"
              + " reference, or 'territoire', or 'nationale')");
    }
    return parse(TextFile.read(path, path.toString()));
  }

  /** Parses the format {@link #format} writes; every error is {@code file:line:col}. */
  public static NationalReference parse(TextFile file) {
    String name = file.displayName();
    String command = "";
    String version = "";
    SortedSet<Integer> vintages = new TreeSet<>();
    List<Input> inputs = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    boolean header = false;
    String[] lines = file.text().split("\r?\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("#")) {
        String c = line.substring(1).strip();
        if (c.startsWith("commande:")) {
          command = c.substring("commande:".length()).strip();
        } else if (c.startsWith("version:")) {
          version = c.substring("version:".length()).strip();
        } else if (c.startsWith("millesimes_bpe:")) {
          vintages.addAll(vintages(name, n + 1, c.substring("millesimes_bpe:".length())));
        } else if (c.startsWith("entree:")) {
          inputs.add(input(name, n + 1, c.substring("entree:".length()).strip()));
        }
        continue;
      }
      if (!header) {
        if (!line.strip().equals(HEADER)) {
          throw new DataException(name, n + 1, 1, "expected the header " + HEADER);
        }
        header = true;
        continue;
      }
      rows.add(row(name, n + 1, line));
    }
    if (!header) {
      throw new DataException(name, lines.length, 1, "no header line " + HEADER);
    }
    return new NationalReference(name, command, version, vintages, inputs, rows);
  }

  private static List<Integer> vintages(String file, int line, String text) {
    List<Integer> out = new ArrayList<>();
    for (String v : text.split(",")) {
      if (!v.strip().matches("\\d{4}")) {
        throw new DataException(file, line, 1, "millesimes_bpe: expected years such as 2013");
      }
      out.add(Integer.parseInt(v.strip()));
    }
    return out;
  }

  private static Input input(String file, int line, String text) {
    int at = text.lastIndexOf(" sha256=");
    if (at < 0) {
      throw new DataException(file, line, 1, "entree: expected '<file> sha256=<hex>'");
    }
    return new Input(text.substring(0, at).strip(), text.substring(at + 8).strip());
  }

  private static Row row(String file, int line, String text) {
    String[] f = text.split(";", -1);
    if (f.length != 9) {
      throw new DataException(
          file, line, 1, "expected 9 fields separated by ';', found " + f.length);
    }
    int col = 1;
    try {
      Method m = Method.fromId(f[2]);
      col += f[0].length() + f[1].length() + f[2].length() + 3;
      double scale = number(f[3]);
      col += f[3].length() + f[4].length() + 2;
      double value = f[5].isBlank() ? Double.NaN : number(f[5]);
      return new Row(
          f[0],
          f[1],
          m,
          scale,
          f[4],
          value,
          Integer.parseInt(f[6]),
          Integer.parseInt(f[7]),
          number(f[8]));
    } catch (IllegalArgumentException e) {
      throw new DataException(file, line, col, "cannot read the row: " + e.getMessage());
    }
  }

  private static double number(String s) {
    double v = Double.parseDouble(s.strip());
    if (!Double.isFinite(v) || v < 0) {
      throw new IllegalArgumentException("expected a number ≥ 0, found '" + s + "'");
    }
    return v;
  }

  /** The file's text: header comments, then one row a value, in the order given. */
  public String format() {
    StringBuilder sb = new StringBuilder();
    sb.append(
        "# Raquette : référence nationale des indicateurs d'accessibilité (docs/methode.md).\n");
    sb.append("# Moyenne du score d'accessibilité pondérée par la population cible, sur les\n");
    sb.append("# communes qui ont un score (les communes sans offre à portée ou non évaluables\n");
    sb.append(
        "# en sont exclues), par thème et élément, méthode et échelle des zones de desserte.\n");
    sb.append("# commande: ").append(command).append('\n');
    sb.append("# version: ").append(version).append('\n');
    sb.append("# millesimes_bpe: ");
    sb.append(String.join(",", bpeVintages.stream().map(String::valueOf).toList())).append('\n');
    for (Input i : inputs) {
      sb.append("# entree: ").append(i.name()).append(" sha256=").append(i.sha256()).append('\n');
    }
    sb.append(HEADER).append('\n');
    for (Row r : rows) {
      sb.append(r.theme())
          .append(';')
          .append(r.element())
          .append(';')
          .append(r.method().id())
          .append(';')
          .append(plain(r.scale()))
          .append(';')
          .append(r.definition())
          .append(';')
          .append(Double.isNaN(r.value()) ? "" : plain(r.value()))
          .append(';')
          .append(r.communesWithScore())
          .append(';')
          .append(r.communesWithout())
          .append(';')
          .append(plain(r.population()))
          .append('\n');
    }
    return sb.toString();
  }

  /** Ten significant digits, plain notation, the same on every machine. */
  static String plain(double v) {
    BigDecimal d = new BigDecimal(v).round(new MathContext(10)).stripTrailingZeros();
    String s = d.toPlainString();
    return s.equals("0.0") ? "0" : s.toLowerCase(Locale.ROOT);
  }
}
