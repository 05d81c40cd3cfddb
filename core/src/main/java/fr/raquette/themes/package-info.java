/**
 * The themes referential: what supplies each theme (BPE types per vintage, data·inclusion
 * thematiques, France services), who it is for, its catchment and thresholds; built in from {@code
 * themes.yaml} and overridable per territory. May use: {@code access} (distance bands), {@code io}.
 */
package fr.raquette.themes;
