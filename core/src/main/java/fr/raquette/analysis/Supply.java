package fr.raquette.analysis;

import fr.raquette.territory.Actor;
import fr.raquette.territory.GeoPoint;
import fr.raquette.territory.Territory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * What supplies one theme, and where: the BPE equipment of its types in each commune (one offer per
 * commune, at the commune's anchor, the amounts summed) and the actors that supply it (one offer
 * each, at their position, amount 1).
 *
 * <p>Offers are numbered equipment first, in commune order, then actors in their order: the cost
 * rows ({@link ThemeCosts}) and the nearest-offer ties ({@link NearestOffer}) rely on that order.
 */
final class Supply {
  /** A place where supply is: a commune's equipment at its anchor, or an actor at its position. */
  record Offer(String commune, GeoPoint at, double amount, String what) {}

  final List<Offer> offers = new ArrayList<>();

  /** The offer of commune i's equipment, or -1 when it has none (or no anchor). */
  final int[] atCommune;

  /** The offer of actor k, or -1 when the actor does not supply the theme. */
  final int[] ofActor;

  /** Equipment of the theme in commune i. */
  final double[] localEquipment;

  /** Actors of the theme in commune i. */
  final int[] localActors;

  /** The TYPEQU codes looked for, in the vintages the territory has. */
  final List<String> lookedFor;

  /** Equipment of the theme in the perimeter (the context ring's is supply, not counted). */
  double equipment;

  /** Actors of the theme in the perimeter. */
  int actors;

  /** Whether an actor, of the perimeter or of its context ring, offers the theme. */
  private boolean actorOffers;

  // What the reader is told is in the commune: its first offer, equipment before actors.
  private final Map<String, String> firstWhat = new HashMap<>();

  private Supply(int communes, int actorCount, List<String> lookedFor) {
    atCommune = new int[communes];
    Arrays.fill(atCommune, -1);
    ofActor = new int[actorCount];
    Arrays.fill(ofActor, -1);
    localEquipment = new double[communes];
    localActors = new int[communes];
    this.lookedFor = List.copyOf(lookedFor);
  }

  /**
   * The supply of one theme, or one element of a theme's basket, in the territory.
   *
   * @param codes the BPE types that supply it in a BPE file of a given vintage
   * @param supplier whether an actor supplies it
   * @param label the label of a TYPEQU code, for the reader
   */
  static Supply of(
      IntFunction<List<String>> codes,
      Predicate<Actor> supplier,
      CommuneTable table,
      Territory territory,
      UnaryOperator<String> label) {
    Set<Integer> vintages = new TreeSet<>(territory.equipmentVintage().values());
    List<String> lookedFor =
        new ArrayList<>(
            new TreeSet<>(vintages.stream().flatMap(v -> codes.apply(v).stream()).toList()));
    Supply s = new Supply(table.size(), territory.actors().size(), lookedFor);
    s.addEquipment(wantedTypes(codes, table, territory), table, label);
    s.addActors(supplier, table, territory.actors());
    for (Offer o : s.offers) {
      s.firstWhat.putIfAbsent(o.commune(), o.what());
    }
    return s;
  }

  /** Which of the table's type codes supply the theme, in the vintage the territory has them. */
  private static boolean[] wantedTypes(
      IntFunction<List<String>> codes, CommuneTable table, Territory territory) {
    Set<String> wanted = new TreeSet<>();
    territory
        .equipmentVintage()
        .forEach(
            (typequ, vintage) -> {
              if (codes.apply(vintage).contains(typequ)) {
                wanted.add(typequ);
              }
            });
    boolean[] wantedType = new boolean[table.typeCodes.size()];
    for (int t = 0; t < wantedType.length; t++) {
      wantedType[t] = wanted.contains(table.typeCodes.get(t));
    }
    return wantedType;
  }

  private void addEquipment(boolean[] wantedType, CommuneTable table, UnaryOperator<String> label) {
    // Each commune's amounts summed in type code order (types are numbered in that order), the
    // entries of the wanted types only; its first type with some, for the reader.
    double[] amount = new double[table.size()];
    int[] firstType = new int[table.size()];
    Arrays.fill(firstType, -1);
    for (int t = 0; t < wantedType.length; t++) {
      if (!wantedType[t]) {
        continue;
      }
      for (int e = table.typeStart[t]; e < table.typeStart[t + 1]; e++) {
        double v = table.typeAmount[e];
        if (v > 0) {
          int i = table.typeCommune[e];
          amount[i] += v;
          if (firstType[i] < 0) {
            firstType[i] = t;
          }
        }
      }
    }
    for (int i = 0; i < table.size(); i++) {
      double n = amount[i];
      if (n > 0 && table.anchors[i] != null) {
        atCommune[i] = offers.size();
        offers.add(
            new Offer(
                table.codes.get(i),
                table.anchors[i],
                n,
                label.apply(table.typeCodes.get(firstType[i]))));
      }
      localEquipment[i] = n;
      if (table.reported[i]) {
        equipment += n;
      }
    }
  }

  private void addActors(Predicate<Actor> supplier, CommuneTable table, List<Actor> all) {
    for (int k = 0; k < all.size(); k++) {
      Actor a = all.get(k);
      if (supplier.test(a)) {
        actorOffers = true;
        ofActor[k] = offers.size();
        offers.add(new Offer(a.commune(), a.position(), 1, a.name()));
        Integer i = table.indexOf(a.commune());
        if (i != null) {
          localActors[i]++;
        }
        if (i == null || table.reported[i]) {
          actors++;
        }
      }
    }
  }

  /** Whether commune i has supply of its own (equipment or an actor). */
  boolean local(int i) {
    return localEquipment[i] > 0 || localActors[i] > 0;
  }

  /** What the reader is told is in the commune: its first offer, equipment before actors. */
  String firstWhat(String commune) {
    return firstWhat.get(commune);
  }

  /** The amount of every offer, in offer order: the capacities of the accessibility engine. */
  double[] capacity() {
    return offers.stream().mapToDouble(Offer::amount).toArray();
  }

  /**
   * Whether some actor supplies the theme, in the perimeter or in its context ring (the ring's
   * supply serves the perimeter's communes near the border, as its equipment does).
   */
  boolean anyActor() {
    return actorOffers;
  }
}
