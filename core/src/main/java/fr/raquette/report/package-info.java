/**
 * Writing what people read and open: the Markdown and HTML reports, the CSV and spreadsheet files,
 * the gap exports, the validation summary, and the output folder written in one block (a failure
 * leaves the previous report intact). Owns escaping per format and the wording of numbers. May use:
 * {@code action}, {@code analysis}, {@code geo}, {@code io}, {@code report.map}, {@code territory}.
 */
package fr.raquette.report;
