package fr.raquette.geo;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Geometry;

/**
 * Outlines read from a GeoJSON file, in WGS84 (longitude, latitude).
 *
 * @param byCode polygonal outline (Polygon or MultiPolygon) per code, sorted by code
 * @param names name per code, for the features that carry one, sorted by code
 * @param codeProperty the property the codes were read from, as spelled in the file; {@code null}
 *     only when the file has no feature
 * @param features how many features the file holds, skipped ones included
 * @param skipped how many features were left out (no code, no usable geometry...)
 */
public record Outlines(
    Map<String, Geometry> byCode,
    Map<String, String> names,
    String codeProperty,
    int features,
    int skipped) {

  public Outlines {
    byCode = Collections.unmodifiableMap(new TreeMap<>(byCode));
    names = Collections.unmodifiableMap(new TreeMap<>(names));
  }

  /**
   * Whether these are département outlines rather than communes: every code has 2 or 3 characters
   * ({@code 23}, {@code 2A}, {@code 971}), where commune codes have 5. The loader then takes them
   * as the perimeter of the territory.
   */
  public boolean isDepartementOutline() {
    return !byCode.isEmpty()
        && byCode.keySet().stream().allMatch(c -> c.length() >= 2 && c.length() <= 3);
  }
}
