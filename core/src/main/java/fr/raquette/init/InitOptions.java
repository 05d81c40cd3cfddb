package fr.raquette.init;

import fr.raquette.i18n.Messages;
import fr.raquette.io.TextFile;
import fr.raquette.load.ProgressListener;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which communes to extract from national files: the union of the départements, EPCI, communes and
 * régions given. Immutable; codes are checked here, so a typo is refused before any file is read.
 *
 * @param departements département codes: {@code 23}, {@code 2A}, {@code 974}
 * @param epci EPCI SIREN codes, 9 digits
 * @param communes commune codes of the target COG, 5 characters ({@code 23001}, {@code 2A004})
 * @param regions région codes, 2 digits ({@code 75}, {@code 04})
 * @param ringKm width of the context ring in km ({@link Ring}); 0 for none
 * @param progress told of progress file by file
 * @param maxFileBytes the most bytes one national file may hold
 * @throws IllegalArgumentException when no code is given or a code is malformed
 */
public record InitOptions(
    List<String> departements,
    List<String> epci,
    List<String> communes,
    List<String> regions,
    double ringKm,
    ProgressListener progress,
    long maxFileBytes) {

  private static final Pattern DEPARTEMENT = Pattern.compile("\\d{2}|2[AB]|9[78]\\d");
  private static final Pattern EPCI = Pattern.compile("\\d{9}");
  private static final Pattern COMMUNE = Pattern.compile("\\d{5}|2[AB]\\d{3}");
  private static final Pattern REGION = Pattern.compile("\\d{2}");

  public InitOptions {
    departements = checked(departements, DEPARTEMENT, "departement");
    epci = checked(epci, EPCI, "epci");
    communes = checked(communes, COMMUNE, "commune");
    regions = checked(regions, REGION, "region");
    if (departements.isEmpty() && epci.isEmpty() && communes.isEmpty() && regions.isEmpty()) {
      throw new IllegalArgumentException(Messages.text("init.no.perimeter"));
    }
    if (!(ringKm >= 0 && ringKm <= 1000)) {
      throw new IllegalArgumentException(Messages.text("init.ring.bad", String.valueOf(ringKm)));
    }
    progress = progress == null ? ProgressListener.NONE : progress;
  }

  /** Files up to {@link TextFile#DEFAULT_MAX_BYTES}. */
  public InitOptions(
      List<String> departements,
      List<String> epci,
      List<String> communes,
      List<String> regions,
      double ringKm,
      ProgressListener progress) {
    this(departements, epci, communes, regions, ringKm, progress, TextFile.DEFAULT_MAX_BYTES);
  }

  /** Without a context ring. */
  public InitOptions(
      List<String> departements,
      List<String> epci,
      List<String> communes,
      List<String> regions,
      ProgressListener progress) {
    this(departements, epci, communes, regions, 0, progress);
  }

  /** Codes as text, upper-cased (2a → 2A), without duplicates, sorted for a stable manifest. */
  private static List<String> checked(List<String> codes, Pattern pattern, String what) {
    if (codes == null) {
      return List.of();
    }
    TreeSet<String> out = new TreeSet<>();
    for (String c : codes) {
      String s = c == null ? "" : c.strip().toUpperCase(Locale.ROOT);
      if (!pattern.matcher(s).matches()) {
        throw new IllegalArgumentException(Messages.text("init.code.bad." + what, c));
      }
      out.add(s);
    }
    return List.copyOf(out);
  }

  /** The perimeter in words, for messages and the README ("départements 23, 87; EPCI …"). */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    part(sb, departements.size() > 1 ? "départements" : "département", departements);
    part(sb, "EPCI", epci);
    part(sb, communes.size() > 1 ? "communes" : "commune", communes);
    part(sb, regions.size() > 1 ? "régions" : "région", regions);
    return sb.toString();
  }

  private static void part(StringBuilder sb, String label, List<String> codes) {
    if (codes.isEmpty()) {
      return;
    }
    if (sb.length() > 0) {
      sb.append(" ; ");
    }
    sb.append(label).append(' ').append(String.join(", ", codes));
  }
}
