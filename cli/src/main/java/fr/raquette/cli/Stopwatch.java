package fr.raquette.cli;

import fr.raquette.analysis.Diagnoser;
import fr.raquette.load.TerritoryLoader;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Wall time per stage, for --timings and the benchmark. */
final class Stopwatch {
  private final Map<String, Long> laps = new LinkedHashMap<>();
  private long last = System.nanoTime();

  void lap(String stage) {
    stage("");
    long now = System.nanoTime();
    laps.merge(stage, now - last, Long::sum);
    last = now;
  }

  private final Map<String, Long> stages = new LinkedHashMap<>();
  private String stage;
  private long stageStart;

  /** A finer stage inside the current lap (a file being read...), timed until the next one. */
  void stage(String name) {
    if (name.equals(stage)) {
      return;
    }
    long now = System.nanoTime();
    if (stage != null && !stage.isEmpty()) {
      stages.merge(stage, now - stageStart, Long::sum);
    }
    stage = name;
    stageStart = now;
  }

  /** The finer stages, one per line, for --timings --verbose. */
  String details() {
    StringBuilder sb = new StringBuilder();
    stages.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  %-60s %.3fs%n", k, v / 1e9)));
    return sb.toString();
  }

  String summary() {
    StringBuilder sb = new StringBuilder("timings:");
    laps.forEach((k, v) -> sb.append(String.format(Locale.ROOT, " %s=%.3fs", k, v / 1e9)));
    Map<String, Long> groups = new LinkedHashMap<>();
    stages.forEach((k, v) -> groups.merge(group(k), v, Long::sum));
    if (!groups.isEmpty()) {
      sb.append(System.lineSeparator()).append("stages:");
      groups.forEach((k, v) -> sb.append(String.format(Locale.ROOT, " %s=%.3fs", k, v / 1e9)));
    }
    return sb.toString();
  }

  /**
   * The stage of the benchmark (docs/performance.md) a finer stage belongs to. The outlines are
   * parsed on their own thread while the tables are read: "outlines" is only the wait for them and
   * their merge into the target COG.
   */
  static String group(String stage) {
    if (stage.startsWith(TerritoryLoader.STAGE_READ)) {
      return "read";
    }
    return switch (stage) {
      case TerritoryLoader.STAGE_RECONCILE, TerritoryLoader.STAGE_ACTORS -> "reconcile";
      case TerritoryLoader.STAGE_OUTLINES -> "outlines";
      case Diagnoser.STAGE_DISTANCES -> "index";
      case Diagnoser.STAGE_ACCESSIBILITY -> "accessibility";
      case Diagnoser.STAGE_SENSITIVITY -> "sensitivity";
      case Diagnoser.STAGE_ACTORS -> "actors";
      default -> "other";
    };
  }
}
