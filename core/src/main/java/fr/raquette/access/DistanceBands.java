package fr.raquette.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Distance-decay bands of the enhanced floating catchment methods (Luo &amp; Qi 2009): a cost up to
 * and including the first band's limit weighs that band's weight, and so on; beyond the last limit
 * the weight is 0, so the last limit is the catchment. Immutable, validated at construction.
 *
 * @param limits increasing band limits (km or minutes), all positive
 * @param weights weight of each band, in ]0, 1]
 */
public record DistanceBands(double[] limits, double[] weights) {

  /** The E2SFCA default of Raquette: 0–5 km: 1, 5–10 km: 0.68, 10–20 km: 0.22. */
  public static final DistanceBands DEFAULT =
      new DistanceBands(new double[] {5, 10, 20}, new double[] {1, 0.68, 0.22});

  public DistanceBands {
    if (limits == null
        || weights == null
        || limits.length == 0
        || limits.length != weights.length) {
      throw new IllegalArgumentException(fr.raquette.i18n.Messages.current().get("bands.count"));
    }
    limits = limits.clone();
    weights = weights.clone();
    for (int i = 0; i < limits.length; i++) {
      if (!(limits[i] > 0) || !Double.isFinite(limits[i])) {
        throw new IllegalArgumentException(
            fr.raquette.i18n.Messages.current().get("bands.limit.positive", limits[i]));
      }
      if (i > 0 && limits[i] <= limits[i - 1]) {
        throw new IllegalArgumentException(
            fr.raquette.i18n.Messages.current().get("bands.increase", limits[i - 1], limits[i]));
      }
      if (!(weights[i] > 0 && weights[i] <= 1)) {
        throw new IllegalArgumentException(
            fr.raquette.i18n.Messages.current().get("bands.weight", weights[i]));
      }
    }
  }

  @Override
  public double[] limits() {
    return limits.clone();
  }

  @Override
  public double[] weights() {
    return weights.clone();
  }

  /** One band: weight 1 up to {@code max}, the plain 2SFCA catchment. */
  public static DistanceBands single(double max) {
    return new DistanceBands(new double[] {max}, new double[] {1});
  }

  /** Parses {@code "5:1,10:0.68,20:0.22"} (limit:weight, comma separated). */
  public static DistanceBands parse(String text) {
    List<double[]> pairs = new ArrayList<>();
    for (String part : text.split(",")) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      String[] lw = p.split(":");
      if (lw.length != 2) {
        throw new IllegalArgumentException(
            fr.raquette.i18n.Messages.current().get("bands.syntax", p));
      }
      try {
        pairs.add(
            new double[] {Double.parseDouble(lw[0].strip()), Double.parseDouble(lw[1].strip())});
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            fr.raquette.i18n.Messages.current().get("bands.not.a.number", p));
      }
    }
    double[] l = new double[pairs.size()];
    double[] w = new double[pairs.size()];
    for (int i = 0; i < l.length; i++) {
      l[i] = pairs.get(i)[0];
      w[i] = pairs.get(i)[1];
    }
    return new DistanceBands(l, w);
  }

  /** The same weights with every limit multiplied by {@code factor}; this when it is 1. */
  public DistanceBands scaled(double factor) {
    if (factor == 1) {
      return this;
    }
    double[] l = limits.clone();
    for (int i = 0; i < l.length; i++) {
      l[i] *= factor;
    }
    return new DistanceBands(l, weights);
  }

  /** The catchment: the last band's limit. */
  public double max() {
    return limits[limits.length - 1];
  }

  /** The weight of a cost; inclusive limits, 0 beyond the catchment. */
  public double weight(double cost) {
    for (int i = 0; i < limits.length; i++) {
      if (cost <= limits[i]) {
        return weights[i];
      }
    }
    return 0;
  }

  /** {@code 5:1,10:0.68,20:0.22}, the form {@link #parse} reads. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < limits.length; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(fmt(limits[i])).append(':').append(fmt(weights[i]));
    }
    return sb.toString();
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%s", d);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DistanceBands b
        && java.util.Arrays.equals(limits, b.limits)
        && java.util.Arrays.equals(weights, b.weights);
  }

  @Override
  public int hashCode() {
    return 31 * java.util.Arrays.hashCode(limits) + java.util.Arrays.hashCode(weights);
  }
}
