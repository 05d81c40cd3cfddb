/**
 * Acting on a diagnosis: scenarios of services added or removed and the diagnosis re-run with them
 * ({@code raquette simulate}), sites chosen by maximal covering ({@code raquette suggest}), and the
 * class changes between two diagnoses ({@code raquette compare}). Owns the comparison of commune ×
 * theme classes and the covering algorithms; writes nothing (see {@code report}). May use: {@code
 * analysis}, {@code territory}, {@code themes}, {@code io}.
 */
package fr.raquette.action;
