package fr.raquette.report;

import fr.raquette.analysis.Classification;
import fr.raquette.analysis.Diagnosis;
import fr.raquette.analysis.Indicator;
import fr.raquette.analysis.ThemeResult;
import fr.raquette.i18n.Messages;
import fr.raquette.territory.Actor;
import fr.raquette.territory.Commune;
import fr.raquette.territory.InputFile;
import java.io.IOException;
import java.io.OutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * {@code raquette.xlsx}: the diagnosis as a workbook for a spreadsheet, one sheet a table —
 * synthèse (one row a theme), indicateurs and trous (the same rows and figures as the CSV files),
 * acteurs, sources. Cells are typed: codes stay text ({@code 01001}), figures are numbers.
 */
public final class XlsxReport {
  /** The file's name in the report folder. */
  public static final String FILE = "raquette.xlsx";

  private XlsxReport() {}

  /** Writes the workbook; the stream stays open. */
  public static void write(Diagnosis d, Text x, OutputStream stream) throws IOException {
    Messages m = x.messages();
    Workbook wb = new Workbook(new NonClosing(stream), "Raquette", null);
    try {
      sheet(wb, m, "xlsx.sheet.summary", s -> summary(d, x, s));
      sheet(wb, m, "xlsx.sheet.indicators", s -> CsvReports.indicators(d, s));
      sheet(wb, m, "xlsx.sheet.gaps", s -> CsvReports.gaps(d, x, s, x.french() ? ',' : '.'));
      sheet(wb, m, "xlsx.sheet.actors", s -> actors(d, s));
      sheet(wb, m, "xlsx.sheet.sources", s -> sources(d, s));
    } finally {
      wb.finish();
    }
  }

  private interface Filler {
    void fill(TableSink sink) throws IOException;
  }

  private static void sheet(Workbook wb, Messages m, String nameKey, Filler filler)
      throws IOException {
    Worksheet ws = wb.newWorksheet(m.get(nameKey));
    XlsxRows rows = new XlsxRows(ws, m);
    filler.fill(rows);
    rows.finish();
    ws.finish();
  }

  private static void summary(Diagnosis d, Text x, TableSink s) throws IOException {
    s.header(
        "theme",
        "libelle",
        "communes",
        "trous",
        "a_renforcer",
        "couvertes",
        "non_evaluables",
        "population_trous",
        "severite_totale",
        "equipements",
        "acteurs",
        "score_reference");
    for (ThemeResult r : d.themes()) {
      long troubled = 0;
      double severity = 0;
      long communes = 0;
      long[] byClass = new long[Classification.values().length];
      for (Indicator i : r.indicators()) {
        if (!d.territory().inPerimeter(i.commune())) {
          continue;
        }
        communes++;
        byClass[i.classification().ordinal()]++;
        severity += i.severity();
        if (i.classification() == Classification.TROU) {
          troubled += i.targetPopulation();
        }
      }
      s.text(r.theme().id())
          .text(r.theme().label(x.french() ? java.util.Locale.FRENCH : java.util.Locale.ENGLISH))
          .integer(communes)
          .integer(byClass[Classification.TROU.ordinal()])
          .integer(byClass[Classification.RENFORCER.ordinal()])
          .integer(byClass[Classification.COUVERT.ordinal()])
          .integer(byClass[Classification.NON_EVALUABLE.ordinal()])
          .integer(troubled)
          .number(severity, 1)
          .number(r.equipment(), 0)
          .integer(r.actors())
          .number(r.referenceScore(), 4)
          .end();
    }
  }

  private static void actors(Diagnosis d, TableSink s) throws IOException {
    s.header(
        "nom",
        "type",
        "code_commune",
        "commune",
        "thematiques",
        "publics",
        "adresse",
        "contact",
        "siret",
        "sources",
        "latitude",
        "longitude");
    for (Actor a : d.territory().actors()) {
      Commune c = d.territory().communes().get(a.commune());
      s.text(a.name())
          .text(a.type())
          .text(a.commune())
          .text(c == null ? null : c.name())
          .text(String.join(", ", a.thematiques()))
          .text(String.join(", ", a.publics()))
          .text(a.address())
          .text(a.contact())
          .text(a.siret())
          .text(String.join(", ", a.sources()))
          .number(a.position() == null ? null : a.position().lat(), 6)
          .number(a.position() == null ? null : a.position().lon(), 6)
          .end();
    }
  }

  private static void sources(Diagnosis d, TableSink s) throws IOException {
    s.header("fichier", "role", "encodage", "enregistrements", "octets", "millesime", "sha256");
    for (InputFile f : d.territory().inputs()) {
      s.text(f.path())
          .text(f.role() == null ? null : f.role().id())
          .text(f.encoding())
          .integer(f.records())
          .integer(f.bytes())
          .text(f.vintage() > 0 ? Integer.toString(f.vintage()) : null)
          .text(f.sha256())
          .end();
    }
  }

  /** The report folder closes its own streams: the workbook must not. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
