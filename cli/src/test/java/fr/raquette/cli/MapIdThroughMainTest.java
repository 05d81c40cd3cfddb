package fr.raquette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A custom theme may bear any id, even that of the summary map: with {@code id: overview} the run
 * announced 12 maps while cartes/ held 11, the theme's map overwritten by (or overwriting) the
 * summary. Maps now have a typed id (report.MapId); the theme whose id is the summary's file name
 * gets {@code cartes/theme-<id>}.
 */
class MapIdThroughMainTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "theme id {0}, --lang {1}")
  @CsvSource({
    "overview, fr, cartes/synthese.svg, cartes/overview.svg",
    "overview, en, cartes/overview.svg, cartes/theme-overview.svg",
    "synthese, fr, cartes/synthese.svg, cartes/theme-synthese.svg",
  })
  void aThemeNamedLikeTheSummaryMapGetsItsOwnMap(
      String id, String lang, String summary, String theme) throws IOException {
    Path folder = dir.resolve("territoire");
    Path base = BadInputsTest.CORPUS.resolve("_base");
    Files.createDirectories(folder);
    try (Stream<Path> s = Files.list(base)) {
      for (Path p : s.toList()) {
        Files.copy(p, folder.resolve(p.getFileName().toString()));
      }
    }
    Files.writeString(
        folder.resolve("themes.yaml"),
        "themes:\n  - id: "
            + id
            + "\n    label_fr: Théâtre\n    label_en: Theatre\n"
            + "    bpe: { \"2013\": [B101] }\n");
    Path out = dir.resolve("out");
    Cli r =
        Cli.run(
            "diagnose",
            folder.toString(),
            "-o",
            out.toString(),
            "--format",
            "md,svg,html",
            "--lang",
            lang);
    assertEquals(0, r.code(), r.err());

    List<String> maps;
    try (Stream<Path> s = Files.list(out.resolve("cartes"))) {
      maps = s.map(p -> "cartes/" + p.getFileName()).sorted().toList();
    }
    Matcher announced = Pattern.compile("(\\d+) (cartes|maps) ").matcher(r.out());
    assertTrue(announced.find(), r.out());
    assertEquals(maps.size(), Integer.parseInt(announced.group(1)), r.out() + maps);
    assertTrue(maps.contains(summary) && maps.contains(theme), maps.toString());
    String summarySvg = Files.readString(out.resolve(summary));
    String themeSvg = Files.readString(out.resolve(theme));
    assertNotEquals(summarySvg, themeSvg, "the theme has its own map, not the summary's");
    assertTrue(themeSvg.contains("Théâtre") || themeSvg.contains("Theatre"), themeSvg);

    String md = Files.readString(out.resolve("rapport.md"));
    assertTrue(md.contains("(" + summary + ")") && md.contains("(" + theme + ")"), md);
    String html = Files.readString(out.resolve("rapport.html"));
    Matcher figures = Pattern.compile("<figure class=\"map\" id=\"([^\"]+)\"").matcher(html);
    List<String> ids = figures.results().map(m -> m.group(1)).toList();
    assertEquals(ids.size(), ids.stream().distinct().count(), ids.toString());
    assertEquals(maps.size(), ids.size(), ids.toString());
  }
}
