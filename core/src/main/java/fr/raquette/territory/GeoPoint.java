package fr.raquette.territory;

/** A WGS84 position, longitude first as in GeoJSON. */
public record GeoPoint(double lon, double lat) {
  private static final double EARTH_RADIUS_KM = 6371.0088;

  /** Great-circle distance in km (haversine, mean Earth radius). */
  public double distanceKm(GeoPoint o) {
    double p1 = Math.toRadians(lat);
    double p2 = Math.toRadians(o.lat);
    double dp = p2 - p1;
    double dl = Math.toRadians(o.lon - lon);
    double a =
        Math.sin(dp / 2) * Math.sin(dp / 2)
            + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
