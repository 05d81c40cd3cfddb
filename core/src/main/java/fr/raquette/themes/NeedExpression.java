package fr.raquette.themes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a theme is for, counted in a commune: a sum of terms over the commune's figures, each term a
 * product of figures and of constants, e.g. {@code POP75P}, {@code POP1524 + POP2554 + POP5564} or
 * {@code MEN * TP60 / 100} (poor households: households × poverty rate). Figures are INSEE variable
 * names without their year ({@code POP80P_PSEUL}, {@code MENFAMMONO}, {@code TP60}…), or {@code
 * PMUN} for the commune's legal population. Division is by a number only.
 *
 * @param text the expression as written, normalised (single spaces, upper case)
 * @param terms the terms added up
 */
public record NeedExpression(String text, List<Term> terms) {

  // Before POPULATION, which parses with it.
  private static final Pattern TOKEN =
      Pattern.compile("\\s*(?:([A-Za-z][A-Za-z0-9_@]*)|([0-9]+(?:[.,][0-9]+)?)|([+*/]))");

  /** The name of the legal population (PMUN of the communes file) in an expression. */
  public static final String POPULATION_NAME = "PMUN";

  /** The whole population: the legal population of the commune. */
  public static final NeedExpression POPULATION = parse(POPULATION_NAME);

  /**
   * One term: {@code factor × figures[0] × figures[1] …}.
   *
   * @param factor the product of the term's constants (a division by 100 is 0.01)
   * @param figures the figures multiplied, as written
   */
  public record Term(double factor, List<String> figures) {
    public Term {
      figures = List.copyOf(figures);
    }
  }

  public NeedExpression {
    terms = List.copyOf(terms);
    if (terms.isEmpty()) {
      throw new IllegalArgumentException("an empty expression counts nobody");
    }
  }

  /**
   * Parses an expression.
   *
   * @throws IllegalArgumentException naming what is wrong and where
   */
  public static NeedExpression parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("an empty expression counts nobody");
    }
    List<Term> terms = new ArrayList<>();
    List<String> figures = new ArrayList<>();
    double factor = 1;
    boolean expectOperand = true;
    String op = "+";
    String s = text.strip();
    Matcher m = TOKEN.matcher(s);
    int at = 0;
    while (at < s.length()) {
      if (!m.find(at) || m.start() != at) {
        throw new IllegalArgumentException(
            "cannot read '" + s.substring(at).strip() + "' in '" + s + "'");
      }
      at = m.end();
      String name = m.group(1);
      String number = m.group(2);
      String sign = m.group(3);
      if (expectOperand == (sign != null)) {
        throw new IllegalArgumentException(
            (expectOperand ? "a figure or number is missing" : "an operator is missing")
                + " before '"
                + m.group().strip()
                + "' in '"
                + text.strip()
                + "'");
      }
      if (sign != null) {
        if (sign.equals("+")) {
          terms.add(new Term(factor, figures));
          figures = new ArrayList<>();
          factor = 1;
        }
        op = sign;
        expectOperand = true;
        continue;
      }
      expectOperand = false;
      factor = operand(name, number, op, factor, figures, text);
    }
    if (expectOperand) {
      throw new IllegalArgumentException("'" + text.strip() + "' ends with an operator");
    }
    terms.add(new Term(factor, figures));
    return new NeedExpression(normalise(text), terms);
  }

  /**
   * One operand after {@code op} ({@code *} or {@code /}; {@code +} starts a term): a figure joins
   * the term's figures, a number its factor. Returns the factor.
   */
  private static double operand(
      String name, String number, String op, double factor, List<String> figures, String text) {
    if (name != null) {
      if (op.equals("/")) {
        throw new IllegalArgumentException(
            "division by a figure ('" + name + "') is not supported: divide by a number");
      }
      figures.add(name.toUpperCase(Locale.ROOT));
      return factor;
    }
    double v = Double.parseDouble(number.replace(',', '.'));
    if (op.equals("/") && v == 0) {
      throw new IllegalArgumentException("division by 0 in '" + text.strip() + "'");
    }
    return op.equals("/") ? factor / v : factor * v;
  }

  private static String normalise(String text) {
    return text.strip()
        .replaceAll("\\s*([+*/])\\s*", " $1 ")
        .replaceAll("\\s+", " ")
        .toUpperCase(Locale.ROOT);
  }

  /** The sum of INSEE census age bands, as {@code ages: ["0014", "1529"]} wrote it. */
  public static NeedExpression ofAgeBands(List<String> bands) {
    if (bands.isEmpty()) {
      return POPULATION;
    }
    return parse(String.join(" + ", bands.stream().map(b -> "POP" + b).toList()));
  }

  /** The figures the expression reads. */
  public SortedSet<String> figures() {
    SortedSet<String> s = new TreeSet<>();
    terms.forEach(t -> s.addAll(t.figures()));
    return Collections.unmodifiableSortedSet(s);
  }

  /** Whether the expression is the legal population alone. */
  public boolean isPopulation() {
    return terms.size() == 1
        && terms.get(0).factor() == 1
        && terms.get(0).figures().equals(List.of(POPULATION_NAME));
  }

  /**
   * The value of the expression, or {@code null} when a figure it reads is unknown.
   *
   * @param figure the value of a figure by name, {@code null} when unknown
   */
  public Double evaluate(Function<String, Double> figure) {
    double sum = 0;
    for (Term t : terms) {
      double v = t.factor();
      for (String f : t.figures()) {
        Double x = figure.apply(f);
        if (x == null || x.isNaN()) {
          return null;
        }
        v *= x;
      }
      sum += v;
    }
    return sum;
  }

  @Override
  public String toString() {
    return text;
  }
}
