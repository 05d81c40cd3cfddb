/**
 * The model of a loaded territory: communes and their figures, equipment, actors, declared needs,
 * the files read and the COG changes. Immutable records, sorted maps, no behaviour beyond lookups.
 * May use: {@code io} (problems).
 */
package fr.raquette.territory;
