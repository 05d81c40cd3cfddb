package fr.raquette.actors;

import fr.raquette.report.Text;
import java.util.List;

/**
 * A filter that names nothing, or several things, in the territory: a usage error, with what the
 * user may have meant.
 */
public final class ActorQueryException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Kind {
    /** No commune of the territory has this code or name. */
    UNKNOWN_COMMUNE,
    /** Several communes of the territory have this name. */
    AMBIGUOUS_COMMUNE,
    /** The commune of {@code --near} has no outline, so no point to measure from. */
    NO_ANCHOR,
    /** Neither a theme nor a data·inclusion value known to the catalogue or the actors. */
    UNKNOWN_THEME
  }

  private final Kind kind;
  private final String given;
  private final List<String> candidates;

  ActorQueryException(Kind kind, String given, List<String> candidates) {
    super(kind + ": " + given + " " + candidates);
    this.kind = kind;
    this.given = given;
    this.candidates = List.copyOf(candidates);
  }

  public Kind kind() {
    return kind;
  }

  /** The text the user gave. */
  public String given() {
    return given;
  }

  /**
   * The communes it may mean ({@code Chénérailles (23061)}), or the themes ({@code sante (Santé)}).
   */
  public List<String> candidates() {
    return candidates;
  }

  /** The message for the user, in the report language. */
  public String message(Text x) {
    String list = String.join(", ", candidates);
    return switch (kind) {
      case AMBIGUOUS_COMMUNE -> x.msg("actors.query.ambiguous", given, list);
      case UNKNOWN_COMMUNE ->
          candidates.isEmpty()
              ? x.msg("actors.query.unknown.commune", given)
              : x.msg("actors.query.unknown.commune.near", given, list);
      case NO_ANCHOR -> x.msg("actors.query.no.outline", list);
      case UNKNOWN_THEME -> x.msg("actors.query.unknown.theme", given, list);
    };
  }
}
