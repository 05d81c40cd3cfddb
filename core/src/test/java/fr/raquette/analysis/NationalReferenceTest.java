package fr.raquette.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.raquette.access.Method;
import fr.raquette.io.DataException;
import fr.raquette.io.TextFile;
import fr.raquette.themes.Theme;
import fr.raquette.themes.ThemeCatalog;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class NationalReferenceTest {
  static final String DEF = NationalReference.definition(List.of("D201"), false, "total", "5:1");

  static NationalReference sample() {
    return new NationalReference(
        "ref.csv",
        "raquette reference --from france",
        "1.0",
        new TreeSet<>(List.of(2013, 2018)),
        List.of(new NationalReference.Input("bpe.csv", "ab12")),
        List.of(
            new NationalReference.Row(
                "sante", "sante", Method.E2SFCA, 1, DEF, 2.494243651, 34865, 104, 68344967),
            new NationalReference.Row(
                "sante", "sante", Method.E2SFCA, 1.5, DEF, 0.1 + 0.2, 10, 0, 1000)));
  }

  static NationalReference parse(String text) {
    return NationalReference.parse(
        TextFile.decode("ref.csv", text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void writtenThenReadGivesTheSameValues() {
    NationalReference r = sample();
    NationalReference back = parse(r.format());
    assertEquals(r.command(), back.command());
    assertEquals(r.bpeVintages(), back.bpeVintages());
    assertEquals(r.inputs(), back.inputs());
    assertEquals(r.rows().get(0), back.rows().get(0));
    // Ten significant digits: 0.30000000000000004 is written 0.3.
    assertEquals(0.3, back.rows().get(1).value());
    assertEquals(back.format(), parse(back.format()).format());
  }

  @Test
  void theHeaderSaysHowToRecomputeIt() {
    String text = sample().format();
    assertTrue(text.contains("# commande: raquette reference --from france\n"), text);
    assertTrue(text.contains("# entree: bpe.csv sha256=ab12\n"), text);
    assertTrue(text.contains("\nsante;sante;e2sfca;1.5;"), text);
  }

  @Test
  void badFilesAreLocated() {
    String header = NationalReference.HEADER + "\n";
    record Bad(String text, String where, String what) {}
    List<Bad> bad =
        List.of(
            new Bad("theme;valeur\n", "ref.csv:1:1", "expected the header"),
            new Bad("# only comments\n", "ref.csv:", "no header line"),
            new Bad(header + "sante;sante;e2sfca;1\n", "ref.csv:2:1", "expected 9 fields"),
            new Bad(header + "sante;sante;fca2;1;d;2;1;0;5\n", "ref.csv:2:1", "inconnue"),
            new Bad(header + "sante;sante;e2sfca;1;d;abc;1;0;5\n", "ref.csv:2:", "cannot read"),
            new Bad(header + "sante;sante;e2sfca;1;d;-2;1;0;5\n", "ref.csv:2:", "≥ 0"),
            new Bad("# millesimes_bpe: deux mille\n" + header, "ref.csv:1:1", "years"));
    for (Bad b : bad) {
      DataException e = assertThrows(DataException.class, () -> parse(b.text()), b.text());
      String m = e.problem().toString();
      assertTrue(m.startsWith(b.where()) && m.contains(b.what()), b.text() + " -> " + m);
    }
  }

  @Test
  void theShippedReferenceCoversEveryBuiltInThemeAndMethodAndScale() {
    NationalReference r = NationalReference.builtIn();
    assertFalse(r.command().isBlank());
    assertFalse(r.inputs().isEmpty());
    int rows = 0;
    for (Theme t : ThemeCatalog.builtIn().all()) {
      for (fr.raquette.themes.Element e : t.elements()) {
        if (!e.scale().byDistance()) {
          continue; // judged by presence, against no yardstick
        }
        for (Method m : ReferenceComputation.METHODS) {
          for (double s : ReferenceComputation.scales()) {
            String what = t.id() + "/" + e.id() + " " + m + " " + s;
            assertTrue(r.row(t.id(), e.id(), m, s).isPresent(), what);
            rows++;
          }
        }
      }
    }
    assertTrue(rows >= 100, "rows: " + rows);
  }

  /** The yardstick's choice: a table of cases. */
  record Choice(
      String why,
      Yardstick y,
      Method method,
      double scale,
      String definition,
      Set<Integer> vintages,
      Yardstick.Kind kind,
      Yardstick.Fallback note,
      double value) {}

  @Test
  void theNationalValueAppliesOnlyToTheSameIndicator() {
    Yardstick nat = new Yardstick(sample());
    Set<Integer> v2013 = Set.of(2013);
    List<Choice> cases =
        List.of(
            new Choice(
                "same theme, method, scale, definition, vintage",
                nat,
                Method.E2SFCA,
                1,
                DEF,
                v2013,
                Yardstick.Kind.NATIONAL,
                Yardstick.Fallback.NONE,
                2.494243651),
            new Choice(
                "--reference territoire",
                Yardstick.territory(),
                Method.E2SFCA,
                1,
                DEF,
                v2013,
                Yardstick.Kind.TERRITORY,
                Yardstick.Fallback.ASKED,
                7),
            new Choice(
                "another method: no value in the file",
                nat,
                Method.THREE_SFCA,
                1,
                DEF,
                v2013,
                Yardstick.Kind.TERRITORY,
                Yardstick.Fallback.NO_VALUE,
                7),
            new Choice(
                "another scale: no value in the file",
                nat,
                Method.E2SFCA,
                0.75,
                DEF,
                v2013,
                Yardstick.Kind.TERRITORY,
                Yardstick.Fallback.NO_VALUE,
                7),
            new Choice(
                "a theme overridden here (other codes)",
                nat,
                Method.E2SFCA,
                1,
                NationalReference.definition(List.of("D201", "D113"), false, "total", "5:1"),
                v2013,
                Yardstick.Kind.TERRITORY,
                Yardstick.Fallback.OTHER_DEFINITION,
                7),
            new Choice(
                "a BPE vintage the reference was not computed from",
                nat,
                Method.E2SFCA,
                1,
                DEF,
                Set.of(2013, 2024),
                Yardstick.Kind.TERRITORY,
                Yardstick.Fallback.OTHER_VINTAGE,
                7));
    for (Choice c : cases) {
      Yardstick.Used u =
          c.y().choose("sante", "sante", c.method(), c.scale(), c.definition(), c.vintages(), 7);
      assertEquals(c.kind(), u.kind(), c.why());
      assertEquals(c.note(), u.note(), c.why());
      assertEquals(c.value(), u.value(), c.why());
      assertEquals(7, u.territoryMean(), c.why());
    }
  }
}
