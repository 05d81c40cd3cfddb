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
 * @param bands its distance-decay bands; used only for {@link Scale#byDistance()} scales
 */
public record Element(
    String id,
    String labelFr,
    String labelEn,
    Scale scale,
    NavigableMap<Integer, List<String>> bpe,
    List<String> dataInclusion,
    boolean franceServices,
    DistanceBands bands) {

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
