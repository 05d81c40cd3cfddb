package fr.raquette.themes;

import java.util.Locale;

/**
 * The scale at which an element of a theme's basket is judged (docs/methode.md, "Échelles").
 *
 * <ul>
 *   <li>{@link #PROXIMITE} and {@link #INTERMEDIAIRE}: a place people go to, judged commune by
 *       commune with the accessibility engine and the element's own distance bands (INSEE's
 *       <em>gammes</em> de proximité and intermédiaire);
 *   <li>{@link #DEPARTEMENT}: a rare facility serving a whole département (CHRS, CADA, ESAT...),
 *       judged by its presence in the département and its count per 100,000 of the target
 *       population, never commune by commune;
 *   <li>{@link #DOMICILE}: a service that comes to people's homes (SSIAD, aide à domicile, portage
 *       de repas), judged by its presence in the commune's EPCI, else in its département.
 * </ul>
 */
public enum Scale {
  PROXIMITE("proximite", "proximité", "local"),
  INTERMEDIAIRE("intermediaire", "intermédiaire", "intermediate"),
  DEPARTEMENT("departement", "département", "département"),
  DOMICILE("domicile", "à domicile", "home services");

  private final String id;
  private final String fr;
  private final String en;

  Scale(String id, String fr, String en) {
    this.id = id;
    this.fr = fr;
    this.en = en;
  }

  /** The id written in themes.yaml ({@code echelle: proximite}). */
  public String id() {
    return id;
  }

  public String label(Locale locale) {
    return Theme.isEnglish(locale) ? en : fr;
  }

  /** Whether the element is judged commune by commune with distance bands. */
  public boolean byDistance() {
    return this == PROXIMITE || this == INTERMEDIAIRE;
  }

  /** The scale of that id, or null. */
  public static Scale of(String id) {
    for (Scale s : values()) {
      if (s.id.equals(id)) {
        return s;
      }
    }
    return null;
  }
}
