/**
 * The accessibility engine: the floating catchment family (FCA, 2SFCA, E2SFCA, 3SFCA) on plain
 * arrays of demand, capacity and sparse costs, as {@code raquette access} and the diagnosis use it.
 * Owns the formulas, the distance bands and the cost matrix; knows nothing of communes or themes.
 * May use: {@code io}.
 */
package fr.raquette.access;
