package fr.raquette.territory;

/**
 * A need declared by inhabitants or partners (consultation, ABS of a CCAS, field workers).
 *
 * @param commune commune code in the territory's COG
 * @param theme Raquette theme id ({@code sante}, {@code mobilite}...)
 * @param weight number of persons concerned, or a weight; 1 when not given
 * @param origin {@code file:line} it was read from
 */
public record DeclaredNeed(
    String commune,
    String theme,
    String publicConcerned,
    String description,
    String source,
    double weight,
    String date,
    String origin) {}
