package fr.raquette.load;

import fr.raquette.io.CsvTable;
import fr.raquette.territory.Role;
import java.util.Locale;
import java.util.regex.Pattern;

/** Recognises what a file is from its header, so that a folder works without a manifest. */
public final class RoleDetector {
  private static final Pattern CENSUS_TOTAL = Pattern.compile("(?i)P\\d\\d_POP");
  private static final Pattern CENSUS_POP = Pattern.compile("(?i)P\\d\\d_POP[0-9A-Z_]*");

  /** Households columns of the census: {@code C22_MEN…}, people living alone {@code …_PSEUL}. */
  private static final Pattern HOUSEHOLDS =
      Pattern.compile("(?i)C\\d\\d_MEN[0-9A-Z_]*|P\\d\\d_POP[0-9A-Z_]*_PSEUL");

  /** Filosofi columns: median income, poverty rate, fiscal households ({@code MED21}…). */
  private static final Pattern INCOME = Pattern.compile("(?i)(MED|TP60|NBMENFISC)\\d\\d");

  private RoleDetector() {}

  /**
   * Whether a file name found in a folder is worth opening as data: tables, GeoJSON, JSON, zips;
   * not hidden files, READMEs or SOURCES notes.
   */
  public static boolean isDataName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.startsWith(".") || n.startsWith("readme") || n.startsWith("sources")) {
      return false;
    }
    return n.endsWith(".csv")
        || n.endsWith(".tsv")
        || n.endsWith(".txt")
        || n.endsWith(".zip")
        || n.endsWith(".geojson")
        || n.endsWith(".json");
  }

  /** The role of a delimited table, or {@code null} when its header matches no known layout. */
  public static Role ofTable(CsvTable t) {
    if (t.hasAll("CODE_ANCIEN", "CODGEO")) {
      return Role.COG_PASSAGE;
    }
    if (t.hasAll("CODGEO") && (t.hasAll("PMUN") || t.hasAll("TYPECOM"))) {
      return Role.COMMUNES;
    }
    if (t.hasAll("CODGEO")) {
      Role figures = figures(t);
      if (figures != null) {
        return figures;
      }
    }
    if (t.hasAll("TYPEQU")
        && (t.hasAll("NB_EQUIP")
            || t.hasAll("LAMBERT_X", "LAMBERT_Y")
            || t.hasAll("LONGITUDE", "LATITUDE"))) {
      return Role.BPE;
    }
    if (t.hasAll("FACILITY_TYPE", "OBS_VALUE", "GEO")) {
      return Role.BPE;
    }
    if (t.hasAll("code", "label") && t.headers().size() <= 8) {
      return Role.BPE_CODES;
    }
    if (t.hasAll("id_fs", "lib_fs")) {
      return Role.FRANCE_SERVICES;
    }
    if (t.hasAll("code_commune", "thematique")) {
      return Role.NEEDS;
    }
    if (t.hasAll("nom", "code_commune", "thematiques")) {
      return Role.LOCAL_ACTORS;
    }
    if (t.hasAll("structure_id", "thematiques") || t.hasAll("structure_id", "nom", "source")) {
      return Role.DI_SERVICES;
    }
    if (t.hasAll("id", "nom", "source") || t.hasAll("siret", "nom", "code_insee")) {
      return Role.DI_STRUCTURES;
    }
    if (t.column("origin", "origine") >= 0
        && t.column("destination") >= 0
        && t.column("cost", "cout", "coût", "minutes", "temps", "duree", "durée") >= 0) {
      return Role.COSTS;
    }
    return null;
  }

  /**
   * The role a table is read as: a passage table in the communes layout ({@code CODGEO;COMPARENT},
   * no {@code CODE_ANCIEN}), such as a file of communes déléguées, is read as communes.
   */
  public static Role asRead(Role role, CsvTable t) {
    boolean communesLayout = t.hasAll("CODGEO", "COMPARENT") && !t.hasAll("CODE_ANCIEN");
    return role == Role.COG_PASSAGE && communesLayout ? Role.COMMUNES : role;
  }

  /**
   * A census or income file keyed by CODGEO: population when it gives the total population {@code
   * PNN_POP}, else households when it has households columns, else population for age bands alone,
   * else income (Filosofi).
   */
  private static Role figures(CsvTable t) {
    if (any(t, CENSUS_TOTAL)) {
      return Role.POPULATION;
    }
    if (any(t, HOUSEHOLDS)) {
      return Role.HOUSEHOLDS;
    }
    if (any(t, CENSUS_POP)) {
      return Role.POPULATION;
    }
    if (any(t, INCOME)) {
      return Role.INCOME;
    }
    return null;
  }

  private static boolean any(CsvTable t, Pattern p) {
    return t.headers().stream().anyMatch(h -> p.matcher(h.strip()).matches());
  }
}
