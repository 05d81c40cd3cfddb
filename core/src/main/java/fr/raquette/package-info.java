/**
 * Raquette: a territorial diagnosis from French open data. The flow of {@code raquette diagnose} is
 * {@code load} (a folder becomes a territory) → {@code analysis} (classes per commune × theme) →
 * {@code report} (files people read); {@code docs/architecture.md} says where to add a theme, a
 * reader or an output format.
 */
package fr.raquette;
