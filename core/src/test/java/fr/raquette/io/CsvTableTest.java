package fr.raquette.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {
  private static CsvTable table(String text) {
    return CsvTable.of(TextFile.decode("t.csv", text.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<CsvRow> rows(CsvTable t) {
    List<CsvRow> rows = new ArrayList<>();
    t.forEach(rows::add);
    return rows;
  }

  @Test
  void detectsSemicolonCommaAndTab() {
    assertEquals(';', table("a;b,c\n1;2\n").delimiter());
    assertEquals(',', table("a,b,c\n1,2,3\n").delimiter());
    assertEquals('\t', table("a\tb\n1\t2\n").delimiter());
  }

  @Test
  void codesStayText() {
    CsvTable t = table("CODGEO;PMUN\n01001;800\n2A004;120\n");
    List<CsvRow> r = rows(t);
    assertEquals("01001", r.get(0).get(0));
    assertEquals("2A004", r.get(1).get(0));
  }

  @Test
  void quotedLineBreaksKeepPhysicalLineNumbers() {
    String csv =
        "\"id_fs\",\"lib_fs\",\"commentaire\"\n"
            + "\"1\",\"A\",\"line one\nline two\"\n"
            + "\"2\",\"B\",\"\"\n";
    List<CsvRow> r = rows(table(csv));
    assertEquals(2, r.size());
    assertEquals(2, r.get(0).line());
    assertEquals("line one\nline two", r.get(0).get(2));
    assertEquals(4, r.get(1).line());
  }

  @Test
  void commentLinesAreSkippedAndCounted() {
    CsvTable t =
        table("# illustrative data\n# second comment\ncode_commune;thematique\n23001;sante\n");
    assertEquals(List.of("code_commune", "thematique"), t.headers());
    assertEquals(4, rows(t).get(0).line());
  }

  @Test
  void duplicateColumnIsAnError() {
    DataException e = assertThrows(DataException.class, () -> table("a;b;a\n1;2;3\n"));
    assertTrue(e.getMessage().startsWith("t.csv:1:"), e.getMessage());
    assertTrue(e.getMessage().contains("appears twice"), e.getMessage());
  }

  @Test
  void missingColumnNamesWhatWasExpectedAndFound() {
    CsvTable t = table("DEPCOM;TYPEQU\n23001;D201\n");
    DataException e = assertThrows(DataException.class, () -> t.require("NB_EQUIP"));
    assertEquals("t.csv:1: missing column NB_EQUIP (found: DEPCOM, TYPEQU)", e.getMessage());
  }

  @Test
  void unbalancedQuoteGivesTheLine() {
    CsvTable t = table("a;b\n1;2\n3;\"oops\n4;5\n");
    DataException e = assertThrows(DataException.class, () -> t.forEach(r -> {}));
    assertTrue(e.getMessage().startsWith("t.csv:3"), e.getMessage());
  }

  @Test
  void emptyFileIsAnError() {
    DataException e = assertThrows(DataException.class, () -> table("  \n"));
    assertTrue(e.getMessage().contains("empty"), e.getMessage());
  }

  @Test
  void characterColumnOfAField() {
    CsvRow r = rows(table("DEPCOM;TYPEQU;NB_EQUIP\n23001;D201;x\n")).get(0);
    assertEquals(12, r.charColumn(2));
    assertEquals("t.csv:2:12: bad", r.error(2, "bad").toString());
  }

  @Test
  void decimalComma() {
    assertEquals(12.5, Numbers.parseDecimal("12,5"));
    assertEquals(1234.5, Numbers.parseDecimal("1\u202F234,5"));
    assertEquals(null, Numbers.parseDecimal("abc"));
    assertEquals(null, Numbers.parseDecimal("NaN"));
  }
}
