package fr.raquette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Creuse's raquette.xlsx, read back as a spreadsheet would: typed cells, same figures. */
class XlsxTest {
  @Test
  void creuseWorkbookHasTypedCellsAndTheFiguresOfTheCsv(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("rapport");
    Cli r = Cli.run("diagnose", Cli.sample("creuse"), "-o", out.toString(), "--format", "xlsx,csv");
    assertEquals(0, r.code(), r.err());
    List<String> csv = Files.readAllLines(out.resolve("indicateurs.csv"), StandardCharsets.UTF_8);
    try (ReadableWorkbook wb = new ReadableWorkbook(out.resolve("raquette.xlsx").toFile())) {
      assertEquals(
          List.of("synthèse", "indicateurs", "trous", "acteurs", "sources"),
          wb.getSheets().map(Sheet::getName).toList());
      List<Row> rows = wb.findSheet("indicateurs").orElseThrow().read();
      assertEquals(csv.size(), rows.size(), "one row a line of indicateurs.csv");
      assertEquals("Code commune", rows.get(0).getCellText(0));
      assertEquals("Commune", rows.get(0).getCellText(1));
      Row first = rows.get(1);
      assertEquals(CellType.STRING, first.getCell(0).getType());
      assertEquals("23001", first.getCell(0).asString());
      int scored = 0;
      for (int i = 1; i < rows.size(); i++) {
        String[] fields = csv.get(i).split(";", -1);
        Row row = rows.get(i);
        assertEquals(fields[0], row.getCellText(0), "code, line " + i);
        for (int c : new int[] {3, 5, 7, 9, 10, 15}) {
          Cell cell = row.getOptionalCell(c).orElse(null);
          if (fields[c].isEmpty()) {
            assertTrue(cell == null || cell.getType() == CellType.EMPTY, "empty, line " + i);
            continue;
          }
          assertEquals(CellType.NUMBER, cell.getType(), "column " + c + ", line " + i);
          assertEquals(
              0,
              new BigDecimal(fields[c].replace(',', '.')).compareTo(cell.asNumber()),
              "column " + c + ", line " + i + ": " + fields[c] + " vs " + cell.asNumber());
          scored += c == 9 ? 1 : 0;
        }
      }
      assertTrue(scored > 100, "scores read: " + scored);
      List<Row> gaps = wb.findSheet("trous").orElseThrow().read();
      assertFalse(gaps.size() < 2, "gaps");
      assertEquals(CellType.NUMBER, gaps.get(1).getCell(5).getType(), "severity is a number");
    }
  }

  @Test
  void csvDialectsWriteTheirDecimalMark(@TempDir Path tmp) throws IOException {
    Path fr = tmp.resolve("fr");
    Path rfc = tmp.resolve("rfc");
    assertEquals(
        0,
        Cli.run("diagnose", Cli.sample("creuse"), "-o", fr.toString(), "--format", "csv").code());
    assertEquals(
        0,
        Cli.run(
                "diagnose",
                Cli.sample("creuse"),
                "-o",
                rfc.toString(),
                "--format",
                "csv",
                "--csv-dialect",
                "rfc4180")
            .code());
    // The reason of a gap and its columns say the same figures.
    // A basket's reason quotes each element ("la plus proche : Guéret, 23,4 km" or "à 14,6 km :
    // Bord-Saint-Georges"); the column gives the deciding element's, one of those quoted.
    java.util.regex.Pattern nearest =
        java.util.regex.Pattern.compile(
            "(?:l[ae] plus proche : [^,]+, |\\(à )([0-9]+,[0-9]) km[ )]");
    int checked = 0;
    List<String> lines = Files.readAllLines(fr.resolve("trous.csv"), StandardCharsets.UTF_8);
    int km = List.of(lines.get(0).split(";")).indexOf("distance_plus_proche_km");
    for (String line : lines) {
      String[] f = line.split(";", -1);
      java.util.regex.Matcher m = nearest.matcher(line);
      List<String> quoted = new java.util.ArrayList<>();
      while (m.find()) {
        quoted.add(m.group(1));
      }
      if (line.contains("(dans la commune)")) {
        quoted.add("0,0");
      }
      if (!quoted.isEmpty() && !f[km].isEmpty()) {
        assertTrue(quoted.contains(f[km]), f[km] + " not in " + quoted + ": " + line);
        checked++;
      }
    }
    assertTrue(checked > 10, "reasons checked: " + checked);
    String excel = Files.readString(fr.resolve("indicateurs.csv"));
    String plain = Files.readString(rfc.resolve("indicateurs.csv"));
    assertTrue(excel.contains("\n23001;Ahun;sante;1394;lu;6;0;0,0;"), excel.substring(0, 400));
    assertTrue(plain.contains("\n23001,Ahun,sante,1394,lu,6,0,0.0,"), plain.substring(0, 400));
  }
}
