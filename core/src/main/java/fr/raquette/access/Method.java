package fr.raquette.access;

import java.util.Locale;

/** The floating catchment area methods Raquette computes; see {@link AccessibilityEngine}. */
public enum Method {
  /** Simple floating catchment area (Peng 1997; Luo &amp; Wang 2003): one catchment per place. */
  FCA("fca"),
  /** Two-step floating catchment area (Luo &amp; Wang 2003). */
  TWO_SFCA("2sfca"),
  /** Enhanced two-step floating catchment area, with distance-decay bands (Luo &amp; Qi 2009). */
  E2SFCA("e2sfca"),
  /** Three-step floating catchment area, with selection weights (Wan, Zou &amp; Sternberg 2012). */
  THREE_SFCA("3sfca");

  private final String id;

  Method(String id) {
    this.id = id;
  }

  /** The command-line id: {@code fca}, {@code 2sfca}, {@code e2sfca}, {@code 3sfca}. */
  public String id() {
    return id;
  }

  /**
   * Whether the method weighs costs by several bands (the others use one catchment of weight 1).
   */
  public boolean usesBands() {
    return this == E2SFCA || this == THREE_SFCA;
  }

  /**
   * The method of a command-line id, case-insensitive.
   *
   * @throws IllegalArgumentException naming the known ids when {@code id} is none of them
   */
  public static Method fromId(String id) {
    String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
    for (Method m : values()) {
      if (m.id.equals(wanted)) {
        return m;
      }
    }
    throw new IllegalArgumentException(
        fr.raquette.i18n.Messages.current().get("method.unknown", id));
  }

  @Override
  public String toString() {
    return id;
  }
}
