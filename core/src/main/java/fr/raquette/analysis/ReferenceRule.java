package fr.raquette.analysis;

/**
 * The yardstick "à renforcer" is judged against (docs/methode.md, "Référence"): the mean
 * accessibility score weighted by the target population, over the communes that <b>have</b> a
 * score. A commune with no supply within its catchment (no score: a "trou" or a commune under the
 * minimum) and a commune that cannot be evaluated (no source, no outline, outside the perimeter)
 * stay out: counting them as 0 would make every "trou" lower the bar for the others.
 */
public final class ReferenceRule {
  private ReferenceRule() {}

  /**
   * The population-weighted mean of the scores that are counted.
   *
   * @param demand each commune's target population
   * @param score each commune's score, {@code NaN} when it has none
   * @param counted whether the commune may enter the yardstick (evaluable, in the perimeter)
   * @return the mean, or {@code NaN} when no counted commune has a score and a population
   */
  public static double mean(double[] demand, double[] score, boolean[] counted) {
    Sum s = sum(demand, score, counted);
    return s.population() > 0 ? s.weighted() / s.population() : Double.NaN;
  }

  /**
   * What enters the mean: the population and the population × score of the counted communes with a
   * score, and how many communes were in and out.
   */
  public record Sum(double population, double weighted, int communesIn, int communesOut) {}

  public static Sum sum(double[] demand, double[] score, boolean[] counted) {
    double population = 0;
    double weighted = 0;
    int in = 0;
    int out = 0;
    for (int i = 0; i < demand.length; i++) {
      if (counted[i] && !Double.isNaN(score[i])) {
        population += demand[i];
        weighted += demand[i] * score[i];
        in++;
      } else {
        out++;
      }
    }
    return new Sum(population, weighted, in, out);
  }
}
