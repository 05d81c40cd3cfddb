package fr.raquette.territory;

/**
 * A commune code of an input file that was brought to the territory's COG, or could not be.
 *
 * @param file the input file
 * @param from the code as written in the file
 * @param to the code in the target COG, or {@code null} when dropped
 * @param reason why ({@code commune déléguée de 23149}, {@code arrondissement de Lyon}, {@code hors
 *     périmètre}, {@code code inconnu})
 * @param records how many records carried that code
 * @param amount the quantity they carried (equipment count, population...), summed
 */
public record CogChange(
    String file, String from, String to, String reason, long records, double amount) {

  public boolean dropped() {
    return to == null;
  }
}
