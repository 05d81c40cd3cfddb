/**
 * Geometry of the territory: commune outlines read from GeoJSON (streamed, validated, merged into
 * the target COG), interior points, landmasses and edges, a spatial index for distances, the
 * Lambert-93 projection and GeoJSON writing. May use: {@code io}, {@code territory}.
 */
package fr.raquette.geo;
