/**
 * The diagnosis: for every theme and commune of the perimeter, supply, demand, costs, the
 * accessibility score, the nearest offer, and the class (trou, à renforcer, couvert, non évaluable)
 * with its severity, judged against a yardstick and checked at other catchments. The method is
 * documented in {@code docs/methode.md}; every rule of it lives here once. May use: {@code access},
 * {@code geo}, {@code load} (progress only), {@code territory}, {@code themes}.
 */
package fr.raquette.analysis;
