package fr.raquette.load;

import fr.raquette.geo.Outlines;
import fr.raquette.geo.OutlinesReader;
import fr.raquette.io.Problems;
import fr.raquette.territory.GeoPoint;
import fr.raquette.territory.InputFile;
import fr.raquette.territory.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Reads commune outlines and brings them to the target COG: outlines of communes that have since
 * merged are unioned into the new commune (our 2018 outlines against 2026 communes), and each
 * commune gets a point inside it for distances.
 */
final class OutlineStage {
  private OutlineStage() {}

  static void load(
      List<TerritoryLoader.OutlineSource> sources,
      CogReconciler cog,
      TerritoryLoader.Changes changes,
      Problems problems,
      List<InputFile> inputs,
      SortedMap<String, Geometry> outlines,
      SortedMap<String, GeoPoint> anchors) {
    Map<String, List<Geometry>> parts = new TreeMap<>();
    for (TerritoryLoader.OutlineSource s : sources) {
      Outlines o = OutlinesReader.read(s.file(), s.codeField(), problems);
      if (o.isDepartementOutline()) {
        inputs.add(input(s, Role.PERIMETER, o.byCode().size()));
        continue;
      }
      inputs.add(input(s, Role.OUTLINES, o.byCode().size()));
      o.byCode()
          .forEach(
              (code, g) -> {
                String to = changes.resolve(cog, s.file().displayName(), code, 1, 0);
                if (to != null) {
                  parts.computeIfAbsent(to, k -> new ArrayList<>()).add(g);
                }
              });
    }
    parts.forEach(
        (code, list) -> {
          Geometry g = list.size() == 1 ? list.get(0) : UnaryUnionOp.union(list);
          outlines.put(code, g);
          Point p = g.getInteriorPoint();
          anchors.put(code, new GeoPoint(p.getX(), p.getY()));
        });
  }

  private static InputFile input(TerritoryLoader.OutlineSource s, Role role, long records) {
    return new InputFile(
        s.file().displayName(),
        role,
        s.file().sha256(),
        s.file().bytes(),
        s.file().encodingLabel(),
        records,
        s.vintage());
  }
}
