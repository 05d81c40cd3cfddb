package fr.raquette.actors;

import fr.raquette.themes.Theme;
import java.util.List;

/**
 * The actors a query found, in their final order, with what the filters were resolved to and a
 * summary.
 *
 * @param territory the territory's name
 * @param query the query as given
 * @param theme the theme the filter names, or {@code null} (no filter, or a data·inclusion value of
 *     no theme)
 * @param thematique the data·inclusion value actors are matched on, when the filter is one rather
 *     than a theme; else {@code null}
 * @param commune the commune of {@code --commune}, or {@code null}
 * @param near the commune of {@code --near}, or {@code null}
 * @param rows actors, then equipment, in order
 * @param byTheme for every theme of the catalogue, how many listed actors supply it
 * @param byCommune listed actors by commune, communes with at least one, by code
 * @param withoutActor the communes in scope (the territory, or the {@code --commune}, or the
 *     communes whose anchor is within the radius) where no listed actor is located
 */
public record ActorListing(
    String territory,
    ActorQuery query,
    Theme theme,
    String thematique,
    Place commune,
    Place near,
    List<ActorRow> rows,
    List<ThemeCount> byTheme,
    List<CommuneCount> byCommune,
    List<Place> withoutActor) {

  public ActorListing {
    rows = List.copyOf(rows);
    byTheme = List.copyOf(byTheme);
    byCommune = List.copyOf(byCommune);
    withoutActor = List.copyOf(withoutActor);
  }

  /** A commune, by code and name. */
  public record Place(String code, String name) {
    @Override
    public String toString() {
      return name + " (" + code + ")";
    }
  }

  /** How many listed actors supply a theme. */
  public record ThemeCount(Theme theme, int actors) {}

  /** How many listed actors a commune has. */
  public record CommuneCount(Place commune, int actors) {}

  /** The number of actor rows (equipment rows left out). */
  public int actorCount() {
    return (int) rows.stream().filter(r -> !r.isEquipment()).count();
  }

  /** The number of equipment rows (commune × type). */
  public int equipmentRowCount() {
    return rows.size() - actorCount();
  }

  /** The number of equipment the equipment rows add up to. */
  public double equipmentCount() {
    return rows.stream().filter(ActorRow::isEquipment).mapToDouble(ActorRow::count).sum();
  }
}
