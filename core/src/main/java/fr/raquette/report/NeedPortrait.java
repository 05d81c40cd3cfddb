package fr.raquette.report;

import fr.raquette.io.DataException;
import fr.raquette.load.LoadOptions;
import fr.raquette.load.TerritoryLoader;
import fr.raquette.territory.Commune;
import fr.raquette.territory.InputFile;
import fr.raquette.territory.Role;
import fr.raquette.territory.Territory;
import fr.raquette.themes.NeedExpression;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The shares that say who needs what, for a territory and for France: people aged 75 and over,
 * people aged 80 and over living alone, single-parent households, the poverty rate, the change of
 * population since 2011. Each share is {@code Σ numerator / Σ denominator} over the communes whose
 * files give both for themselves (never over imputed values), so that a share is INSEE's figures
 * added up, with the count of communes it covers.
 *
 * <p>France's shares ship as {@value #RESOURCE}, computed from the national files by {@link #main}:
 * {@code java -cp cli/target/raquette.jar fr.raquette.report.NeedPortrait
 * ../shared/open-data/france > core/src/main/resources/fr/raquette/report/portrait-france.csv}.
 */
public final class NeedPortrait {
  /** France's shares, computed from the national files. */
  public static final String RESOURCE = "/fr/raquette/report/portrait-france.csv";

  /**
   * One share.
   *
   * @param id stable id ({@code part_75p}…)
   * @param numerator what is counted, an expression over the figures
   * @param denominator out of what
   * @param change whether the share is a change ({@code num / den - 1}) rather than a part
   */
  record Spec(
      String id,
      String numerator,
      String denominator,
      boolean change,
      String labelFr,
      String labelEn) {}

  /** The shares, in report order. */
  static final List<Spec> SPECS =
      List.of(
          new Spec(
              "part_75p",
              "POP75P",
              "POP",
              false,
              "Personnes de 75 ans et plus",
              "People aged 75 and over"),
          new Spec(
              "part_80p_seules",
              "POP80P_PSEUL",
              "POP80P",
              false,
              "Personnes de 80 ans et plus vivant seules (parmi les 80 ans et plus)",
              "People aged 80 and over living alone (of those aged 80 and over)"),
          new Spec(
              "part_menages_monoparentaux",
              "MENFAMMONO",
              "MEN",
              false,
              "Familles monoparentales (part des ménages)",
              "Single-parent families (share of households)"),
          new Spec(
              "taux_pauvrete",
              "TP60 * NBPERSMENFISC / 100",
              "NBPERSMENFISC",
              false,
              "Taux de pauvreté (seuil à 60 % du revenu médian)",
              "Poverty rate (threshold at 60% of the median income)"),
          new Spec(
              "evolution_population_2011",
              "POP",
              "POP@2011",
              true,
              "Évolution de la population depuis 2011",
              "Population change since 2011"));

  /**
   * A share computed over some communes.
   *
   * @param numerator Σ of the numerator
   * @param denominator Σ of the denominator
   * @param communes the communes that gave both
   */
  record Share(Spec spec, double numerator, double denominator, long communes) {
    /** The share in percent (a change in percent for a change), NaN when nothing was counted. */
    double percent() {
      if (communes == 0 || denominator <= 0) {
        return Double.NaN;
      }
      double r = numerator / denominator;
      return (spec.change() ? r - 1 : r) * 100;
    }
  }

  private NeedPortrait() {}

  /** The shares over the communes, only from figures read for each commune. */
  static Map<String, Share> of(Collection<Commune> communes) {
    Map<String, Share> out = new LinkedHashMap<>();
    for (Spec s : SPECS) {
      NeedExpression num = NeedExpression.parse(s.numerator());
      NeedExpression den = NeedExpression.parse(s.denominator());
      // Both sides' figures, listed once (not a new set per commune).
      java.util.SortedSet<String> read = new java.util.TreeSet<>(num.figures());
      read.addAll(den.figures());
      String[] figures = read.toArray(String[]::new);
      double[] sums = new double[3];
      for (Commune c : communes) {
        add(sums, c, num, den, figures);
      }
      out.put(s.id(), new Share(s, sums[0], sums[1], (long) sums[2]));
    }
    return out;
  }

  /**
   * Adds a commune's numerator, denominator and 1 to {@code sums} when its files give both. A
   * method of its own, which the JIT compiles after a few hundred communes: the loop over all of
   * France's, run once a share, stayed interpreted.
   */
  private static void add(
      double[] sums, Commune c, NeedExpression num, NeedExpression den, String[] figures) {
    if (anyImputed(c, figures)) {
      return;
    }
    java.util.function.Function<String, Double> figure = c::figure;
    Double a = num.evaluate(figure);
    Double b = den.evaluate(figure);
    if (a != null && b != null) {
      sums[0] += a;
      sums[1] += b;
      sums[2]++;
    }
  }

  private static boolean anyImputed(Commune c, String[] figures) {
    for (String f : figures) {
      if (c.isImputed(f)) {
        return true;
      }
    }
    return false;
  }

  /** France's shares as shipped, empty when the resource is absent. */
  static Map<String, Share> france() {
    Map<String, Share> out = new LinkedHashMap<>();
    try (InputStream in = NeedPortrait.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return out;
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("#") || line.startsWith("indicateur;") || line.isBlank()) {
          continue;
        }
        String[] f = line.strip().split(";");
        for (Spec s : SPECS) {
          if (s.id().equals(f[0])) {
            out.put(
                s.id(),
                new Share(
                    s, Double.parseDouble(f[1]), Double.parseDouble(f[2]), Long.parseLong(f[3])));
          }
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }

  /** The resource text: the shares of a territory with where they come from. */
  static String resource(Territory t, String command) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Parts calculées par Raquette (fr.raquette.report.NeedPortrait) : Σ numérateur /")
        .append(" Σ dénominateur sur les communes qui donnent les deux (aucune valeur imputée).\n");
    sb.append(
            "# Sources : les fichiers ci-dessous tels que lus (recensement : comptes dérivés des IRIS,")
        .append(" voir leur SOURCES.md ; Filosofi 2021 : fichier INSEE).\n");
    sb.append("# Recalcul : ").append(command).append('\n');
    for (InputFile f : t.inputs()) {
      if (f.role() == Role.POPULATION || f.role() == Role.HOUSEHOLDS || f.role() == Role.INCOME) {
        sb.append("# Fichier : ")
            .append(f.path())
            .append(" (")
            .append(f.role().id())
            .append(", SHA-256 ")
            .append(f.digest().sha256())
            .append(")\n");
      }
    }
    sb.append("indicateur;numerateur;denominateur;communes\n");
    for (Share s : of(perimeter(t)).values()) {
      sb.append(s.spec().id())
          .append(';')
          .append(String.format(Locale.ROOT, "%.2f", s.numerator()))
          .append(';')
          .append(String.format(Locale.ROOT, "%.2f", s.denominator()))
          .append(';')
          .append(s.communes())
          .append('\n');
    }
    return sb.toString();
  }

  static List<Commune> perimeter(Territory t) {
    List<Commune> out = new ArrayList<>();
    for (Commune c : t.communes().values()) {
      if (t.inPerimeter(c.code())) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Prints the resource of a folder of national files: {@code NeedPortrait <folder>}.
   *
   * @throws DataException when the folder cannot be read
   */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: NeedPortrait <folder of national files>");
      System.exit(2);
    }
    Territory t =
        TerritoryLoader.load(Path.of(args[0]), new LoadOptions(false, s -> Optional.empty(), null));
    String command =
        "java -cp cli/target/raquette.jar fr.raquette.report.NeedPortrait "
            + args[0]
            + " > core/src/main/resources"
            + RESOURCE;
    System.out.print(resource(t, command));
  }
}
