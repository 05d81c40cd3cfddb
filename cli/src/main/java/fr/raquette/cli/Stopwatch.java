package fr.raquette.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Wall time per stage, for --timings and the benchmark. */
final class Stopwatch {
  private final Map<String, Long> laps = new LinkedHashMap<>();
  private long last = System.nanoTime();

  void lap(String stage) {
    long now = System.nanoTime();
    laps.merge(stage, now - last, Long::sum);
    last = now;
  }

  String summary() {
    StringBuilder sb = new StringBuilder("timings:");
    laps.forEach((k, v) -> sb.append(String.format(Locale.ROOT, " %s=%.3fs", k, v / 1e9)));
    return sb.toString();
  }
}
