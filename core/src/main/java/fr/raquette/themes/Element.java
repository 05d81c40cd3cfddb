package fr.raquette.themes;

import fr.raquette.access.DistanceBands;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One element of a theme's basket (médecin généraliste, pharmacie, CHRS...): what supplies it, and
 * at which {@link Scale} it is judged. Elements of a basket are judged one by one, never summed as
 * if they were the same service.
 *
 * @param id identifier, unique in its theme ({@code medecin})
 * @param labelFr French label, as a reason names it ("médecin généraliste")
 * @param labelEn English label
 * @param scale where it is judged
 * @param bpe BPE types supplying it, per BPE vintage (see {@link #bpeCodes})
 * @param dataInclusion data·inclusion thematiques or categories supplying it
 * @param franceServices whether France services sites supply it
 * @param bands its distance-decay bands, in km; used only for {@link Scale#byDistance()} scales
 * @param bandsMin its bands in minutes, used instead of {@code bands} when the territory gives
 *     travel times (a {@code couts} file); null means the default of its scale ({@link
 *     #defaultMinutes})
 */
public record Element(
    String id,
    String labelFr,
    String labelEn,
    Scale scale,
    NavigableMap<Integer, List<String>> bpe,
    List<String> dataInclusion,
    boolean franceServices,
    DistanceBands bands,
    DistanceBands bandsMin) {

  /**
   * The minute bands of a proximity element: Luo &amp; Qi's (2009) E2SFCA sub-zones as published,
   * 0–10, 10–20 and 20–30 minutes by car, weights 1, 0.68, 0.22.
   */
  public static final DistanceBands PROXIMITY_MINUTES =
      new DistanceBands(new double[] {10, 20, 30}, new double[] {1, 0.68, 0.22});

  /**
   * The minute bands of an intermediate element: the same weights, every limit 1.5 times wider (15,
   * 30, 45 min), as the kilometre bands widen from 20 to 30 km between the two scales.
   */
  public static final DistanceBands INTERMEDIATE_MINUTES =
      new DistanceBands(new double[] {15, 30, 45}, new double[] {1, 0.68, 0.22});

  public Element {
    if (id == null || !Theme.ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "an element id is lower-case letters, digits, '-' or '_', starting with a letter: " + id);
    }
    if (labelFr == null || labelFr.isBlank() || labelEn == null || labelEn.isBlank()) {
      throw new IllegalArgumentException("element " + id + " needs label_fr and label_en");
    }
    if (scale == null || bands == null) {
      throw new IllegalArgumentException("element " + id + " needs a scale and distance bands");
    }
    TreeMap<Integer, List<String>> copy = new TreeMap<>();
    for (Map.Entry<Integer, List<String>> e : bpe.entrySet()) {
      for (String code : e.getValue()) {
        if (!Theme.BPE_CODE.matcher(code).matches()) {
          throw new IllegalArgumentException(
              "BPE type codes are a letter A to G and three digits, such as D201: " + code);
        }
      }
      copy.put(e.getKey(), List.copyOf(e.getValue()));
    }
    bpe = Collections.unmodifiableNavigableMap(copy);
    dataInclusion = List.copyOf(dataInclusion);
    bandsMin = bandsMin == null ? defaultMinutes(scale) : bandsMin;
  }

  /** An element whose minute bands are its scale's default. */
  public Element(
      String id,
      String labelFr,
      String labelEn,
      Scale scale,
      NavigableMap<Integer, List<String>> bpe,
      List<String> dataInclusion,
      boolean franceServices,
      DistanceBands bands) {
    this(id, labelFr, labelEn, scale, bpe, dataInclusion, franceServices, bands, null);
  }

  /** The minute bands of an element of this scale that does not give its own. */
  public static DistanceBands defaultMinutes(Scale scale) {
    return scale == Scale.INTERMEDIAIRE ? INTERMEDIATE_MINUTES : PROXIMITY_MINUTES;
  }

  /** Its bands in the unit of the run: minutes with travel times, else kilometres. */
  public DistanceBands bands(boolean minutes) {
    return minutes ? bandsMin : bands;
  }

  /**
   * The BPE types supplying this element in a BPE file of the given vintage: the list of the
   * closest vintage at or before it; a vintage older than every list gets the oldest list.
   */
  public List<String> bpeCodes(int vintage) {
    return Theme.codesFor(bpe, vintage);
  }

  /**
   * Whether an actor with these thematiques supplies this element: a value equal to one of its
   * data·inclusion values or below one of them, compared trimmed and lower-cased.
   */
  public boolean suppliedBy(List<String> actorThematiques) {
    return Theme.matches(actorThematiques, null, dataInclusion);
  }

  public String label(Locale locale) {
    return Theme.isEnglish(locale) ? labelEn : labelFr;
  }
}
