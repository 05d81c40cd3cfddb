/**
 * Loading a territory folder: the manifest, the role of each file (declared, or recognised from its
 * header), one reader per role, the reconciliation of commune codes to one COG, and the assembly of
 * an immutable {@link fr.raquette.territory.Territory}. Problems are collected, never thrown,
 * unless a file cannot be read at all. May use: {@code geo}, {@code io}, {@code territory}.
 */
package fr.raquette.load;
