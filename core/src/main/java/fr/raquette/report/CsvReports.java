package fr.raquette.report;

import fr.raquette.analysis.Diagnosis;
import fr.raquette.analysis.Gap;
import fr.raquette.analysis.Indicator;
import fr.raquette.analysis.ThemeResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code indicateurs.csv} (every commune × theme) and {@code trous.csv} (one row a gap or weak
 * answer). Column names are stable ids; numbers use {@code .} and fixed decimals so the bytes are
 * the same on every machine. Rows are streamed as UTF-8: on all of France these files are tens of
 * megabytes.
 */
public final class CsvReports {
  private CsvReports() {}

  public static String indicators(Diagnosis d, CsvDialect dialect) {
    return text(out -> writeIndicators(d, dialect, out));
  }

  public static String gaps(Diagnosis d, CsvDialect dialect, Text x) {
    return text(out -> writeGaps(d, dialect, x, out));
  }

  /** Writes {@code indicateurs.csv} as UTF-8; the stream stays open. */
  public static void writeIndicators(Diagnosis d, CsvDialect dialect, OutputStream stream)
      throws IOException {
    Utf8Sink out = new Utf8Sink(stream);
    indicators(d, new CsvRows(out, dialect));
    out.flush();
  }

  /**
   * The column of the distance to the nearest supply, which says its unit: minutes when the
   * diagnosis measured travel times (a {@code couts} file), else straight-line km.
   */
  static String nearestColumn(Diagnosis d) {
    return d.territory().travelTimes().isEmpty()
        ? "distance_plus_proche_km"
        : "temps_plus_proche_min";
  }

  /** Decimals of the distance to the nearest supply, as the reasons write it. */
  static final int KM_DECIMALS = 1;

  /** The rows of indicateurs.csv, into a CSV file or a sheet. */
  static void indicators(Diagnosis d, TableSink csv) throws IOException {
    csv.header(
        "code_commune",
        "commune",
        "theme",
        "population_cible",
        "besoin_source",
        "equipements_locaux",
        "acteurs_locaux",
        nearestColumn(d),
        "plus_proche_commune",
        "score_acces_pour_1000",
        "ratio_reference",
        "besoins_declares",
        "besoins_personnes",
        "sous_seuil",
        "classe",
        "severite",
        "robustesse",
        "element_manquant",
        "detail_elements");
    StringBuilder missing = new StringBuilder();
    StringBuilder detail = new StringBuilder();
    for (ThemeResult r : d.themes()) {
      for (Indicator i : r.indicators()) {
        indicator(csv, i, missing, detail);
      }
    }
  }

  /**
   * One row of indicateurs.csv. A method of its own, which the JIT compiles after a few hundred
   * rows: the loop over 350,000 rows, run once, stayed interpreted until its own compilation.
   */
  private static void indicator(
      TableSink csv, Indicator i, StringBuilder missing, StringBuilder detail) throws IOException {
    csv.text(i.commune())
        .text(i.communeName())
        .text(i.theme())
        .integer(i.targetPopulation())
        .text(i.needSource().id())
        .number(i.localEquipment(), 0)
        .integer(i.localActors())
        .number(i.nearestKm(), KM_DECIMALS)
        .text(i.nearestPlace())
        .number(i.score(), 4)
        .number(i.ratio(), 4)
        .integer(i.needs())
        .number(i.needsWeight(), 0)
        .text(i.belowMinimum() ? "1" : "0")
        .text(i.classification().id())
        .number(i.severity(), 1)
        .text(i.robustness().id())
        .text(ElementReasons.missing(missing, i))
        .text(ElementReasons.detail(detail, i))
        .end();
  }

  /** Writes {@code trous.csv} as UTF-8; the stream stays open. */
  public static void writeGaps(Diagnosis d, CsvDialect dialect, Text x, OutputStream stream)
      throws IOException {
    Utf8Sink out = new Utf8Sink(stream);
    gaps(d, x, new CsvRows(out, dialect), dialect.decimalMark());
    out.flush();
  }

  /** The rows of trous.csv, into a CSV file or a sheet; distances of actors with this mark. */
  static void gaps(Diagnosis d, Text x, TableSink csv, char decimalMark) throws IOException {
    csv.header(
        "rang",
        "code_commune",
        "commune",
        "theme",
        "classe",
        "severite",
        "robustesse",
        "population_cible",
        nearestColumn(d),
        "plus_proche_commune",
        "besoins_declares",
        "besoins_personnes",
        "acteurs_a_mobiliser",
        "motif");
    int rank = 0;
    StringBuilder actors = new StringBuilder();
    StringBuilder reason = new StringBuilder(512);
    for (Gap g : d.gaps()) {
      gap(csv, ++rank, g, x, actors, reason, decimalMark);
    }
  }

  /**
   * One row of trous.csv, a method of its own for the JIT (see {@link #indicator}); its actors and
   * reason in builders reused row after row.
   */
  private static void gap(
      TableSink csv,
      int rank,
      Gap g,
      Text x,
      StringBuilder actors,
      StringBuilder reason,
      char decimalMark)
      throws IOException {
    Indicator i = g.indicator();
    reason.setLength(0);
    actors.setLength(0);
    for (Gap.NearbyActor a : g.actors()) {
      if (actors.length() > 0) {
        actors.append(" | ");
      }
      actors
          .append(a.actor().name())
          .append(" (")
          .append(num(a.km(), 1).replace('.', decimalMark))
          .append(" km)");
    }
    csv.integer(rank)
        .text(i.commune())
        .text(i.communeName())
        .text(i.theme())
        .text(i.classification().id())
        .number(i.severity(), 1)
        .text(i.robustness().id())
        .integer(i.targetPopulation())
        .number(i.nearestKm(), KM_DECIMALS)
        .text(i.nearestPlace())
        .integer(i.needs())
        .number(i.needsWeight(), 0)
        .text(actors)
        .text(Reasons.append(reason, i, g.theme(), x))
        .end();
  }

  private static String text(OutputFolder.Content content) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      content.writeTo(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not throw
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** As in the files: fixed decimals, {@code .}, empty for null and NaN (see {@link Decimals}). */
  static String num(Double v, int decimals) {
    if (v == null || v.isNaN()) {
      return "";
    }
    StringBuilder sb = new StringBuilder(24);
    Decimals.append(sb, v, decimals);
    return sb.toString();
  }
}
