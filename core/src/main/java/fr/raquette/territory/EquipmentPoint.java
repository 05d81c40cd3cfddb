package fr.raquette.territory;

/** One BPE equipment with its own coordinates (per-equipment BPE layouts). */
public record EquipmentPoint(String commune, String typequ, GeoPoint position) {}
