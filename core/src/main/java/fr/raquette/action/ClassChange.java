package fr.raquette.action;

import fr.raquette.analysis.Classification;

/**
 * A commune × theme whose class differs between two diagnoses.
 *
 * @param before its row in the first diagnosis
 * @param after its row in the second
 */
public record ClassChange(ClassRow before, ClassRow after) {

  /** How the change reads for a project leader. */
  public enum Kind {
    /** Was a gap (trou or à renforcer), is covered now. */
    CLOSED,
    /** Was covered, is a gap now. */
    OPENED,
    /** Still a gap, of the other kind (trou ⇄ à renforcer). */
    MOVED,
    /** To or from "non évaluable": a change of data, not of the territory. */
    EVALUATION
  }

  public ClassChange {
    if (!before.key().equals(after.key())) {
      throw new IllegalArgumentException("a change pairs one commune × theme: " + before.key());
    }
    if (before.classification() == after.classification()) {
      throw new IllegalArgumentException("no change of class for " + before.key());
    }
  }

  public Kind kind() {
    Classification a = before.classification();
    Classification b = after.classification();
    if (a == Classification.NON_EVALUABLE || b == Classification.NON_EVALUABLE) {
      return Kind.EVALUATION;
    }
    if (a.isGap() && b.isGap()) {
      return Kind.MOVED;
    }
    return a.isGap() ? Kind.CLOSED : Kind.OPENED;
  }

  /**
   * People newly covered by the change: the target population of a gap that closed, 0 otherwise (an
   * opened gap's people are counted by {@link #uncovered}).
   */
  public double covered() {
    return kind() == Kind.CLOSED && after.target() != null ? after.target() : 0;
  }

  /** People newly left without an answer: the target population of a gap that opened. */
  public double uncovered() {
    return kind() == Kind.OPENED && after.target() != null ? after.target() : 0;
  }
}
