package fr.raquette.analysis;

import fr.raquette.themes.Element;

/**
 * A département-scale element (CHRS, IME, ESAT...) in one département of the perimeter: judged by
 * its presence and its count per 100,000 of the theme's target population, never commune by
 * commune.
 *
 * @param element the element
 * @param departement the département's code
 * @param targetPopulation the theme's target population in the département's loaded communes
 * @param count equipment (BPE count) and actors of the element in the département
 * @param per100k count per 100,000 of the target population, null when the target is 0
 * @param nearestKm when absent: distance from the département's nearest commune to the nearest
 *     offer outside it, null when there is none or when present
 * @param nearestPlace the commune of that offer
 */
public record DepartementRow(
    Element element,
    String departement,
    long targetPopulation,
    double count,
    Double per100k,
    Double nearestKm,
    String nearestPlace) {

  public boolean present() {
    return count > 0;
  }
}
