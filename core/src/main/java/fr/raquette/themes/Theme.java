package fr.raquette.themes;

import fr.raquette.access.DistanceBands;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One theme of the diagnosis (santé, mobilité...): what supplies it and how its accessibility is
 * judged. Immutable; built by {@link ThemeCatalog} from {@code themes.yaml}.
 *
 * @param id fixed identifier ({@code sante})
 * @param labelFr French label
 * @param labelEn English label
 * @param descriptionFr one line: what counts as supply, in French
 * @param descriptionEn the same in English
 * @param bpe BPE equipment types (TYPEQU) supplying the theme, per BPE vintage (see {@link
 *     #bpeCodes})
 * @param dataInclusion data·inclusion thematiques or categories supplying the theme
 * @param franceServices whether France services sites count as supply
 * @param target the population the theme is for
 * @param bands E2SFCA distance-decay bands, in km
 * @param minimumPopulation target population below which a commune's lack of supply is not reported
 * @param reinforceBelow ratio to the yardstick (national mean of the same indicator, or the
 *     territory's; see {@code fr.raquette.analysis.Yardstick}) below which supply is "à renforcer"
 * @param elements the basket: the elements judged one by one, each at its {@link Scale}. Empty in
 *     the constructor means a theme written the old way: one proximity element built from the
 *     theme's own keys (its id and labels, {@code bpe}, {@code data_inclusion}, {@code
 *     france_services}, {@code bandes_km}). With a basket, {@code bpe}, {@code dataInclusion} and
 *     {@code franceServices} are the union of the elements'
 */
public record Theme(
    String id,
    String labelFr,
    String labelEn,
    String descriptionFr,
    String descriptionEn,
    NavigableMap<Integer, List<String>> bpe,
    List<String> dataInclusion,
    boolean franceServices,
    TargetPopulation target,
    DistanceBands bands,
    int minimumPopulation,
    double reinforceBelow,
    List<Element> elements) {

  static final Pattern ID = Pattern.compile("[a-z][a-z0-9_-]*");
  static final Pattern BPE_CODE = Pattern.compile("[A-G][0-9]{3}");

  public Theme {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "a theme id is lower-case letters, digits, '-' or '_', starting with a letter: " + id);
    }
    if (labelFr == null || labelFr.isBlank() || labelEn == null || labelEn.isBlank()) {
      throw new IllegalArgumentException("theme " + id + " needs label_fr and label_en");
    }
    descriptionFr = descriptionFr == null ? "" : descriptionFr;
    descriptionEn = descriptionEn == null ? "" : descriptionEn;
    TreeMap<Integer, List<String>> copy = new TreeMap<>();
    for (Map.Entry<Integer, List<String>> e : bpe.entrySet()) {
      for (String code : e.getValue()) {
        if (!BPE_CODE.matcher(code).matches()) {
          throw new IllegalArgumentException(
              "BPE type codes are a letter A to G and three digits, such as D201: " + code);
        }
      }
      copy.put(e.getKey(), List.copyOf(e.getValue()));
    }
    bpe = Collections.unmodifiableNavigableMap(copy);
    dataInclusion = List.copyOf(dataInclusion);
    if (target == null || bands == null) {
      throw new IllegalArgumentException("theme " + id + " needs a target and distance bands");
    }
    if (minimumPopulation < 0) {
      throw new IllegalArgumentException("population_min must be 0 or more: " + minimumPopulation);
    }
    if (!(reinforceBelow > 0 && reinforceBelow <= 1)) {
      throw new IllegalArgumentException(
          "seuil_renforcer is a ratio to the mean accessibility, in ]0, 1]: " + reinforceBelow);
    }
    elements =
        elements == null || elements.isEmpty()
            ? List.of(
                new Element(
                    id,
                    labelFr,
                    labelEn,
                    Scale.PROXIMITE,
                    bpe,
                    dataInclusion,
                    franceServices,
                    bands))
            : List.copyOf(elements);
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (Element e : elements) {
      if (!ids.add(e.id())) {
        throw new IllegalArgumentException(
            "element '" + e.id() + "' appears twice in theme '" + id + "'");
      }
    }
  }

  /** A theme written the old way: one proximity element built from its own keys. */
  public Theme(
      String id,
      String labelFr,
      String labelEn,
      String descriptionFr,
      String descriptionEn,
      NavigableMap<Integer, List<String>> bpe,
      List<String> dataInclusion,
      boolean franceServices,
      TargetPopulation target,
      DistanceBands bands,
      int minimumPopulation,
      double reinforceBelow) {
    this(
        id,
        labelFr,
        labelEn,
        descriptionFr,
        descriptionEn,
        bpe,
        dataInclusion,
        franceServices,
        target,
        bands,
        minimumPopulation,
        reinforceBelow,
        List.of());
  }

  /** Whether the theme is a basket of several elements (else: one element, the theme itself). */
  public boolean isBasket() {
    return elements.size() > 1 || !elements.get(0).id().equals(id);
  }

  /**
   * The BPE types supplying this theme in a BPE file of the given vintage: the list of the closest
   * vintage at or before it, since INSEE keeps codes until it recodes them. A vintage older than
   * every list gets the oldest list (the nearest one we have). Empty when the theme has no BPE
   * supply at all, or when the chosen vintage's list is explicitly empty.
   */
  public List<String> bpeCodes(int vintage) {
    return codesFor(bpe, vintage);
  }

  static List<String> codesFor(NavigableMap<Integer, List<String>> bpe, int vintage) {
    if (bpe.isEmpty()) {
      return List.of();
    }
    Map.Entry<Integer, List<String>> e = bpe.floorEntry(vintage);
    return e != null ? e.getValue() : bpe.firstEntry().getValue();
  }

  /**
   * Whether an actor with these thematiques supplies this theme: a value equal to the theme id, or
   * equal to one of its data·inclusion values, or below one of them ({@code sante--acces-aux-soins}
   * is below {@code sante}). Values are compared trimmed and lower-cased.
   */
  public boolean suppliedBy(List<String> actorThematiques) {
    return matches(actorThematiques, id, dataInclusion);
  }

  /** A thematique equal to {@code id} (if not null), or equal to or below a value of {@code di}. */
  static boolean matches(List<String> actorThematiques, String id, List<String> di) {
    for (String raw : actorThematiques) {
      if (raw == null) {
        continue;
      }
      String v = raw.strip().toLowerCase(Locale.ROOT);
      if (v.equals(id)) {
        return true;
      }
      for (String d : di) {
        // d + "--" as a prefix, without making that string for every actor and value.
        if (v.equals(d) || v.startsWith(d) && v.startsWith("--", d.length())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The label in the report language: English for {@code en}, French otherwise. */
  public String label(Locale locale) {
    return isEnglish(locale) ? labelEn : labelFr;
  }

  /** The one-line description in the report language. */
  public String description(Locale locale) {
    return isEnglish(locale) ? descriptionEn : descriptionFr;
  }

  static boolean isEnglish(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage());
  }
}
