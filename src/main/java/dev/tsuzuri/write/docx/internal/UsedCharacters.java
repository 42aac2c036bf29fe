package dev.tsuzuri.write.docx.internal;

import dev.tsuzuri.write.internal.SafeXml;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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
 *
 * <p>Parts as POI saves them bind the WordprocessingML namespace to one prefix at the root and
 * hold no CDATA, and {@link TextScanner} reads those straight from the bytes; any other part goes
 * through a namespace-aware StAX reader, which gives the same characters, only slower.
 */
final class UsedCharacters {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private UsedCharacters() {}

  static Set<Integer> of(Map<String, byte[]> parts) throws XMLStreamException {
    Set<Integer> chars = new TreeSet<>();
    for (int c = 0x20; c < 0x7F; c++) {
      chars.add(c);
    }
    XMLInputFactory f = null;
    for (Map.Entry<String, byte[]> e : parts.entrySet()) {
      String name = e.getKey();
      if (!name.startsWith("word/") || !name.endsWith(".xml") || name.contains("/_rels/")
          || name.endsWith("styles.xml") || name.endsWith("fontTable.xml")
          || name.endsWith("settings.xml")) {
        continue;
      }
      if (!TextScanner.scan(e.getValue(), chars)) {
        if (f == null) {
          f = SafeXml.stax();
        }
        parse(f, e.getValue(), chars);
      }
    }
    return chars;
  }

  /** Whether the styles, body or numbering name a font family (as an attribute value). */
  static boolean mentions(Map<String, byte[]> parts, String family) {
    byte[] quoted = ("\"" + family + "\"").getBytes(StandardCharsets.UTF_8);
    for (String name : new String[] {"word/styles.xml", "word/document.xml",
        "word/numbering.xml"}) {
      byte[] part = parts.get(name);
      if (part != null && TextScanner.indexOf(part, quoted, 0) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The characters of {@code w:t}, {@code w:delText} and {@code w:lvlText/@w:val}. */
  static void parse(XMLInputFactory f, byte[] xml, Set<Integer> chars)
      throws XMLStreamException {
    XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(xml));
    try {
      boolean inText = false;
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())) {
          String local = r.getLocalName();
          inText = local.equals("t") || local.equals("delText");
          if (local.equals("lvlText")) {
            String v = r.getAttributeValue(W, "val");
            if (v != null) {
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
}
