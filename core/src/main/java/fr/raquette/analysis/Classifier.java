package fr.raquette.analysis;

/**
 * The classification of one commune × theme (docs/methode.md, "Classement" and "Sévérité"), as a
 * pure function of the facts measured about it. No territory, no theme, no I/O: every rule can be
 * checked on a table of facts.
 */
public final class Classifier {
  private Classifier() {}

  /**
   * What is known about one commune × theme when it is classified.
   *
   * @param evaluable a source can tell an absence here (else: non évaluable)
   * @param target the target population, rounded
   * @param score accessibility, null when no supply is within the catchment
   * @param reference the yardstick the score is compared with; ≤ 0 means none (no ratio)
   * @param reinforceBelow the ratio below which supply is "à renforcer" ({@code seuil_renforcer})
   * @param belowMinimum the target population is under the theme's minimum
   * @param needs declared needs count
   * @param needsWeight persons concerned by the declared needs
   * @param nearestKm distance to the nearest offer, null when there is none anywhere
   * @param catchmentKm the catchment (last band, km), which scales a gap's remoteness
   */
  public record Facts(
      boolean evaluable,
      long target,
      Double score,
      double reference,
      double reinforceBelow,
      boolean belowMinimum,
      int needs,
      double needsWeight,
      Double nearestKm,
      double catchmentKm) {}

  /**
   * The outcome.
   *
   * @param classification the class
   * @param ratio score / reference, null when there is no score or no reference
   * @param severity inhabitants concerned, to rank gaps; 0 unless a gap or weak answer
   */
  public record Verdict(Classification classification, Double ratio, double severity) {}

  public static Verdict classify(Facts f) {
    if (!f.evaluable()) {
      return new Verdict(Classification.NON_EVALUABLE, null, 0);
    }
    if (f.score() == null) {
      if (f.needs() > 0 || !f.belowMinimum()) {
        return new Verdict(Classification.TROU, null, gapSeverity(f));
      }
      return new Verdict(Classification.COUVERT, null, 0);
    }
    Double ratio = f.reference() <= 0 ? null : f.score() / f.reference();
    if (ratio != null && ratio < f.reinforceBelow() && !f.belowMinimum()) {
      return new Verdict(
          Classification.RENFORCER, ratio, f.target() * (1 - ratio) + f.needsWeight());
    }
    if (f.needs() > 0) {
      return new Verdict(Classification.RENFORCER, ratio, f.needsWeight());
    }
    return new Verdict(Classification.COUVERT, ratio, 0);
  }

  /**
   * The class {@link #classify} gives an evaluable commune, from primitives, with no object: for
   * the sensitivity, which only needs the class of every commune at each scale ({@link
   * ScaledClasses}). {@code ClassifierTest} checks it on every row of the method's table.
   *
   * @param score the score, NaN when no supply is within the catchment
   */
  static Classification classOf(
      double score, double reference, double reinforceBelow, boolean belowMinimum, int needs) {
    if (Double.isNaN(score)) {
      return needs > 0 || !belowMinimum ? Classification.TROU : Classification.COUVERT;
    }
    if (reference > 0 && score / reference < reinforceBelow && !belowMinimum || needs > 0) {
      return Classification.RENFORCER;
    }
    return Classification.COUVERT;
  }

  /**
   * A gap's severity: {@code P × (1 + e / D) + W}, where e is how far beyond the catchment D the
   * nearest offer is, capped at D (e = D when there is no offer at all).
   */
  private static double gapSeverity(Facts f) {
    double max = f.catchmentKm();
    Double nearest = f.nearestKm();
    double excess = nearest == null ? max : Math.min(max, Math.max(0, nearest - max));
    return f.target() * (1 + excess / max) + f.needsWeight();
  }

  /**
   * What is known about a home service (SSIAD, aide à domicile, portage de repas...) for one
   * commune: where a provider is, at the scale of the EPCI and of the département.
   *
   * @param target the target population, rounded
   * @param belowMinimum the target population is under the theme's minimum
   * @param needs declared needs count
   * @param needsWeight persons concerned by the declared needs
   * @param inEpci a provider is located in the commune's EPCI
   * @param inDepartement a provider is located in the commune's département
   */
  public record HomeFacts(
      long target,
      boolean belowMinimum,
      int needs,
      double needsWeight,
      boolean inEpci,
      boolean inDepartement) {}

  /** A home service's class, severity and the rule used (EPCI, département, absent). */
  public record HomeVerdict(
      Classification classification, double severity, ElementOutcome.Basis basis) {}

  /**
   * Home services (docs/methode.md, "Services à domicile"): a provider in the commune's EPCI, or
   * elsewhere in its département, covers it — a provider's area of intervention is not in the data,
   * and such services are authorised for areas wider than their seat, so the reason says which rule
   * was used rather than calling it a weak answer; declared needs despite a provider make it "à
   * renforcer" with severity W.
   *
   * <p>No provider in the whole département is <em>not</em> a gap but "non évaluable": every
   * département has home nursing, home help and meal delivery, and the BPE 2013 records them
   * unevenly (meal delivery, D405, in 49 of 101 départements, none in Paris; home help, D403, none
   * in the Eure, the Lozère or the Seine-Maritime). An absence at that scale says more about the
   * source than about the territory.
   */
  public static HomeVerdict classifyHome(HomeFacts f) {
    if (f.inEpci()) {
      return f.needs() > 0
          ? new HomeVerdict(Classification.RENFORCER, f.needsWeight(), ElementOutcome.Basis.EPCI)
          : new HomeVerdict(Classification.COUVERT, 0, ElementOutcome.Basis.EPCI);
    }
    if (f.inDepartement()) {
      return f.needs() > 0
          ? new HomeVerdict(
              Classification.RENFORCER, f.needsWeight(), ElementOutcome.Basis.DEPARTEMENT)
          : new HomeVerdict(Classification.COUVERT, 0, ElementOutcome.Basis.DEPARTEMENT);
    }
    return new HomeVerdict(Classification.NON_EVALUABLE, 0, ElementOutcome.Basis.ABSENT);
  }

  /**
   * Whether a commune × theme is a gap or weak answer only because of declared needs: a "trou"
   * under the minimum population that declared needs made one, or a "réponse à renforcer" whose
   * supply is not below the yardstick (its severity is then the persons of the declared needs
   * alone, see {@link #classify} and {@link #classifyHome}). The synthesis lists such findings
   * after the measured ones and says what they rest on: a declared-needs file is a local, often
   * partial, record, not a statistic.
   */
  public static boolean restsOnDeclaredNeeds(Indicator i) {
    if (i.needs() == 0) {
      return false;
    }
    return switch (i.classification()) {
      case TROU -> i.belowMinimum();
      case RENFORCER -> i.severity() == i.needsWeight();
      default -> false;
    };
  }
}
