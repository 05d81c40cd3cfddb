package fr.raquette.load;

import fr.raquette.territory.CogChange.Reason;
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
  /** Where a code goes: {@code to} is null when dropped. {@code reason} is null when unchanged. */
  public record Resolution(String to, Reason reason) {}

  private static final int MAX_HOPS = 8;

  private final Set<String> targets;
  private final Set<String> allCommunes;
  private final Map<String, String> parentOf;
  private final Map<String, String> parentType;
  private final Map<String, TreeSet<String>> passage;
  private final Set<String> targetDepartements;
  private final Set<String> splitCities;

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
    this(targets, allCommunes, parentOf, parentType, passage, Set.of());
  }

  /**
   * @param splitCities cities diagnosed by arrondissement ({@link Arrondissements}): a code of one
   *     of them is dropped (its arrondissements are the communes), and its arrondissements do not
   *     roll up into it
   */
  public CogReconciler(
      Set<String> targets,
      Set<String> allCommunes,
      Map<String, String> parentOf,
      Map<String, String> parentType,
      Map<String, TreeSet<String>> passage,
      Set<String> splitCities) {
    this.splitCities = Set.copyOf(splitCities);
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
      if (splitCities.contains(cur)) {
        // The city itself, or one of its arrondissements left out of the perimeter.
        return new Resolution(null, cur.equals(code) ? Reason.CITY_SPLIT : Reason.OUTSIDE);
      }
      String parent = parentOf.get(cur);
      Reason step = null;
      if (parent != null) {
        step =
            CommunesReader.ARM.equals(parentType.get(cur))
                ? Reason.ARRONDISSEMENT
                : Reason.DELEGUEE;
      } else if ((parent = builtInArrondissement(cur)) != null) {
        step = Reason.ARRONDISSEMENT;
      } else {
        TreeSet<String> to = passage.get(cur);
        if (to != null) {
          if (to.size() == 1) {
            parent = to.first();
          } else {
            Resolution claim = claimed(to);
            if (claim.to() == null) {
              return claim;
            }
            parent = claim.to();
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
   * A retired code two communes or more claim in the COG history: the one in the territory if
   * exactly one is, otherwise the code cannot be placed (outside, or ambiguous).
   */
  private Resolution claimed(TreeSet<String> to) {
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
    return new Resolution(only, Reason.PASSAGE);
  }

  /**
   * Paris, Lyon and Marseille arrondissements are stable COG facts, so they roll up even when no
   * arrondissements file is given.
   */
  static String builtInArrondissement(String code) {
    Arrondissements.City c = Arrondissements.cityOfArrondissement(code);
    return c == null ? null : c.code();
  }

  /** Whether the code is a city diagnosed by arrondissement. */
  public boolean isSplitCity(String code) {
    return splitCities.contains(code);
  }
}
