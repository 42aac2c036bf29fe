package dev.tsuzuri.write.docx.internal;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The characters a package shows: the text of every run in the body, footnotes, headers and
 * footers, the list glyphs, and printable ASCII (page numbers, list numbers, fields Word fills in
 * later). Font subsets keep exactly these.
 */
final class UsedCharacters {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private UsedCharacters() {}

  static Set<Integer> of(Map<String, byte[]> parts) throws XMLStreamException {
    Set<Integer> chars = new TreeSet<>();
    for (int c = 0x20; c < 0x7F; c++) {
      chars.add(c);
    }
    XMLInputFactory f = SafeXml.stax();
    for (Map.Entry<String, byte[]> e : parts.entrySet()) {
      String name = e.getKey();
      if (!name.startsWith("word/") || !name.endsWith(".xml") || name.contains("/_rels/")
          || name.endsWith("styles.xml") || name.endsWith("fontTable.xml")
          || name.endsWith("settings.xml")) {
        continue;
      }
      XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(e.getValue()));
      try {
        boolean inText = false;
        while (r.hasNext()) {
          int ev = r.next();
          if (ev == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())) {
            String local = r.getLocalName();
            inText = local.equals("t") || local.equals("delText");
            if (local.equals("lvlText") || local.equals("sym")) {
              String v = r.getAttributeValue(W, local.equals("sym") ? "char" : "val");
              if (v != null && local.equals("lvlText")) {
                v.codePoints().forEach(chars::add);
              }
            }
          } else if (ev == XMLStreamConstants.END_ELEMENT) {
            inText = false;
          } else if (inText && (ev == XMLStreamConstants.CHARACTERS
              || ev == XMLStreamConstants.CDATA)) {
            r.getText().codePoints().forEach(chars::add);
          }
        }
      } finally {
        r.close();
      }
    }
    return chars;
  }
}
