package fr.raquette.load;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Brings a commune code of any COG vintage to the territory's target COG: arrondissements
 * municipaux to their commune, communes déléguées and associées to their parent, retired codes
 * through the passage table (following chains of mergers). A code that cannot be placed gets a
 * reason instead of being dropped silently.
 */
public final class CogReconciler {
  /** Why a code was changed or dropped; rendered in words by the reports. */
  public enum Reason {
    ARRONDISSEMENT,
    DELEGUEE,
    PASSAGE,
    OUTSIDE,
    AMBIGUOUS,
    UNKNOWN
  }

  /** Where a code goes: {@code to} is null when dropped. {@code reason} is null when unchanged. */
  public record Resolution(String to, Reason reason) {}

  private static final int MAX_HOPS = 8;

  private final Set<String> targets;
  private final Set<String> allCommunes;
  private final Map<String, String> parentOf;
  private final Map<String, String> parentType;
  private final Map<String, TreeSet<String>> passage;
  private final Set<String> targetDepartements;

  /**
   * @param targets communes of the territory (COM codes, in the perimeter)
   * @param allCommunes every COM code the communes files know, also outside the perimeter
   * @param parentOf ARM, COMD and COMA codes → their commune
   * @param parentType the TYPECOM of each code of {@code parentOf}
   * @param passage retired code → commune(s) that took it
   */
  public CogReconciler(
      Set<String> targets,
      Set<String> allCommunes,
      Map<String, String> parentOf,
      Map<String, String> parentType,
      Map<String, TreeSet<String>> passage) {
    // Looked up for every code of every file: hash sets, whatever order the caller keeps.
    this.targets = new HashSet<>(targets);
    this.allCommunes = new HashSet<>(allCommunes);
    this.parentOf = parentOf;
    this.parentType = parentType;
    this.passage = passage;
    this.targetDepartements = new TreeSet<>();
    for (String t : targets) {
      targetDepartements.add(Codes.departement(t));
    }
  }

  public Resolution resolve(String code) {
    if (targets.contains(code)) {
      return new Resolution(code, null);
    }
    String cur = code;
    Reason reason = null;
    for (int hop = 0; hop < MAX_HOPS; hop++) {
      if (targets.contains(cur)) {
        return new Resolution(cur, reason);
      }
      if (allCommunes.contains(cur)) {
        return new Resolution(null, Reason.OUTSIDE);
      }
      String parent = parentOf.get(cur);
      Reason step = null;
      if (parent != null) {
        step = "ARM".equals(parentType.get(cur)) ? Reason.ARRONDISSEMENT : Reason.DELEGUEE;
      } else if ((parent = builtInArrondissement(cur)) != null) {
        step = Reason.ARRONDISSEMENT;
      } else {
        TreeSet<String> to = passage.get(cur);
        if (to != null) {
          if (to.size() == 1) {
            parent = to.first();
          } else {
            // Two communes claim the code in the COG history: take the one in the territory if
            // exactly one is, otherwise the code cannot be placed.
            String only = null;
            int inside = 0;
            for (String t : to) {
              if (targets.contains(t)) {
                only = t;
                inside++;
              }
            }
            if (inside != 1) {
              return new Resolution(null, inside == 0 ? Reason.OUTSIDE : Reason.AMBIGUOUS);
            }
            parent = only;
          }
          step = Reason.PASSAGE;
        }
      }
      if (parent == null || parent.equals(cur)) {
        break;
      }
      reason = reason == null ? step : reason;
      cur = parent;
    }
    if (targets.contains(cur)) {
      return new Resolution(cur, reason);
    }
    boolean foreign = !targetDepartements.contains(Codes.departement(code));
    return new Resolution(
        null, foreign || allCommunes.contains(cur) ? Reason.OUTSIDE : Reason.UNKNOWN);
  }

  /**
   * Paris, Lyon and Marseille arrondissements are stable COG facts, so they roll up even when no
   * arrondissements file is given.
   */
  static String builtInArrondissement(String code) {
    if (code.length() != 5 || !Character.isDigit(code.charAt(0))) {
      return null;
    }
    int n;
    try {
      n = Integer.parseInt(code);
    } catch (NumberFormatException e) {
      return null;
    }
    if (n >= 75101 && n <= 75120) {
      return "75056";
    }
    if (n >= 69381 && n <= 69389) {
      return "69123";
    }
    if (n >= 13201 && n <= 13216) {
      return "13055";
    }
    return null;
  }
}
