/**
 * The maps of a report: one SVG per theme and a synthesis map, in Lambert-93, from the commune
 * outlines. May use: {@code analysis}, {@code geo}, {@code territory}, and {@code report} for the
 * wording of numbers.
 */
package fr.raquette.report.map;
