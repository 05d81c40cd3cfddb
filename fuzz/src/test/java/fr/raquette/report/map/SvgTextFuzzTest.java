package fr.raquette.report.map;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/**
 * A name from the data as the SVG maps write it ({@link MapDrawing#esc}, used for every label,
 * title and tooltip). Property: the document stays well-formed XML, the text adds no element or
 * attribute, and reads back as the name without the characters XML forbids and the controls.
 */
class SvgTextFuzzTest {
  @FuzzTest(maxDuration = "2m")
  void svgText(String name) throws Exception {
    if (name == null) {
      return;
    }
    String e = MapDrawing.esc(name);
    String svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>"
            + e
            + "</title><text x=\"1\" aria-label=\""
            + e
            + "\">"
            + e
            + "</text></svg>";
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    Document doc =
        f.newDocumentBuilder()
            .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    var root = doc.getDocumentElement();
    if (root.getChildNodes().getLength() != 2
        || root.getElementsByTagName("*").getLength() != 2
        || ((org.w3c.dom.Element) root.getElementsByTagName("text").item(0))
                .getAttributes()
                .getLength()
            != 2) {
      throw new AssertionError("the name added markup: " + svg);
    }
    String expected = expected(name);
    String title = root.getElementsByTagName("title").item(0).getTextContent();
    if (!title.equals(expected)) {
      throw new AssertionError("«" + name + "» read back as «" + title + "»");
    }
  }

  private static String expected(String s) {
    StringBuilder sb = new StringBuilder();
    String clean = XmlText.clean(s);
    for (int i = 0; i < clean.length(); i++) {
      char c = clean.charAt(i);
      if (c >= 0x20 || c == '\n' || c == '\t') {
        sb.append(c);
      }
    }
    return sb.toString().replace("\r", "");
  }
}
