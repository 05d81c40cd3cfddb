package fr.raquette.analysis;

import fr.raquette.themes.Element;
import java.util.List;

/**
 * One element of a theme's basket across the territory: what supplies it and where it could be
 * judged.
 *
 * @param element the element
 * @param coverage whether its sources say something everywhere, somewhere, or nowhere
 * @param covered communes where it can be judged (its sources cover them)
 * @param communes communes of the territory
 * @param equipment BPE equipment of the element in the territory
 * @param actors actors supplying the element in the territory
 * @param bpeCodes the TYPEQU codes looked for, in the vintages present
 * @param reference the reference its accessibility ratio is computed against (distance-judged
 *     elements), 0 otherwise
 * @param yardstick which yardstick that reference is (distance-judged elements), else null
 */
public record ElementSummary(
    Element element,
    Coverage coverage,
    int covered,
    int communes,
    double equipment,
    int actors,
    List<String> bpeCodes,
    double reference,
    Yardstick.Used yardstick) {

  public ElementSummary {
    bpeCodes = List.copyOf(bpeCodes);
  }

  /** What the element's sources cover. */
  public enum Coverage {
    /** An exhaustive source (BPE, France services) with records: every commune. */
    FULL,
    /** Only a partial source (data·inclusion) with records: the communes where it has any. */
    PARTIAL,
    /** Its sources were loaded, but hold no record of it anywhere: « source vide ». */
    EMPTY_SOURCE,
    /** None of its sources was loaded. */
    NO_SOURCE
  }

  /** Whether the element can be judged somewhere. */
  public boolean assessable() {
    return coverage == Coverage.FULL || coverage == Coverage.PARTIAL;
  }
}
