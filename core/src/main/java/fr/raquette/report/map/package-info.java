/**
 * The maps of a report: one SVG (or PNG) per theme and a synthesis map, in Lambert-93, from the
 * commune outlines, on a basemap built once per report ({@link fr.raquette.report.map.Basemaps})
 * and shared by its maps; the colours of the classes ({@link fr.raquette.report.map.Palette}) and
 * the characters an XML text may hold ({@link fr.raquette.report.map.XmlText}), which the HTML
 * report uses too. May use: {@code analysis}, {@code geo}, {@code i18n}, {@code territory}; not
 * {@code report}, which uses it: a map's words come through {@link fr.raquette.report.map.MapText}.
 */
package fr.raquette.report.map;
