package fr.raquette.territory;

import java.util.Locale;

/** What a file of the territory folder is read as. Ids are the manifest's {@code role} values. */
public enum Role {
  OUTLINES("contours"),
  PERIMETER("perimetre"),
  COMMUNES("communes"),
  POPULATION("population"),
  HOUSEHOLDS("menages"),
  INCOME("revenus"),
  BPE("bpe"),
  BPE_CODES("bpe-codes"),
  FRANCE_SERVICES("france-services"),
  DI_STRUCTURES("data-inclusion-structures"),
  DI_SERVICES("data-inclusion-services"),
  LOCAL_ACTORS("acteurs"),
  NEEDS("besoins"),
  COG_PASSAGE("passage-cog"),
  COSTS("couts"),
  THEMES("themes");

  private final String id;

  Role(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Role fromId(String id) {
    String k = id.strip().toLowerCase(Locale.ROOT);
    for (Role r : values()) {
      if (r.id.equals(k) || r.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(k)) {
        return r;
      }
    }
    return null;
  }
}
