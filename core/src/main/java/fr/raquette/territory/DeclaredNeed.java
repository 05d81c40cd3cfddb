package fr.raquette.territory;

/**
 * A need declared by inhabitants or partners (consultation, ABS of a CCAS, field workers).
 *
 * @param commune commune code in the territory's COG
 * @param theme Raquette theme id ({@code sante}, {@code mobilite}...)
 * @param weight number of persons concerned, or a weight; 1 when not given
 * @param origin the file and line it was read from
 * @param illustrative whether its file says its rows are invented to illustrate the format (a
 *     leading {@code # ILLUSTRATIF} comment): what rests on it is an example, not a finding
 */
public record DeclaredNeed(
    String commune,
    String theme,
    String publicConcerned,
    String description,
    String source,
    double weight,
    String date,
    fr.raquette.io.Origin origin,
    boolean illustrative) {}
