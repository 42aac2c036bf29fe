package dev.tsuzuri.write.docx.internal;

import dev.tsuzuri.write.internal.SafeXml;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The XML edits font embedding makes outside POI: the settings' embedding switches, the font
 * table's {@code w:embed*} entries and their relationships, the {@code .odttf} content type. Each
 * depends only on the part's bytes and the fonts embedded, so {@link PartEditCache} remembers the
 * results and a batch on one template pays for the DOM round trips once.
 */
final class FontPartsXml {
  static final String W = UsedCharacters.W;
  static final String R =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  static final String FONT_REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font";
  static final String FONT_TABLE_REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";
  static final String PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
  static final String TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
  static final String OBFUSCATED = "application/vnd.openxmlformats-officedocument.obfuscatedFont";

  /**
   * One embedded face as the font table names it.
   *
   * @param family the {@code w:font}'s name
   * @param element {@code embedRegular} or {@code embedBold}
   * @param partName the {@code .odttf} part
   * @param relId its relationship id from the font table
   * @param key the obfuscation key, a GUID in braces
   */
  record Embedded(String family, String element, String partName, String relId, String key) {}

  private FontPartsXml() {}

  /** The font table with each face's {@code w:embed*} element (replacing any it had). */
  static byte[] fontTable(byte[] fontTable, List<Embedded> faces) throws Exception {
    Document table = SafeXml.parse(fontTable);
    for (Embedded face : faces) {
      Element font = fontElement(table, face.family());
      removeChildren(font, face.element());
      Element e = table.createElementNS(W, "w:" + face.element());
      e.setAttributeNS(R, "r:id", face.relId());
      e.setAttributeNS(W, "w:fontKey", face.key());
      e.setAttributeNS(W, "w:subsetted", "1");
      font.appendChild(e);
    }
    return SafeXml.write(table);
  }

  /** The font table's relationships (an empty array when it had none) with the faces'. */
  static byte[] fontRelationships(byte[] rels, List<Embedded> faces) throws Exception {
    Document doc = rels.length > 0 ? SafeXml.parse(rels) : emptyRelationships();
    for (Embedded face : faces) {
      Element rel = doc.createElementNS(PKG_RELS, "Relationship");
      rel.setAttribute("Id", face.relId());
      rel.setAttribute("Type", FONT_REL);
      rel.setAttribute("Target", face.partName().substring("word/".length()));
      doc.getDocumentElement().appendChild(rel);
    }
    return SafeXml.write(doc);
  }

  /** The font table part, created (and linked from the document) when the template has none. */
  static String ensureFontTable(Map<String, byte[]> parts) throws Exception {
    String name = "word/fontTable.xml";
    if (parts.containsKey(name)) {
      return name;
    }
    parts.put(name, ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<w:fonts xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\"/>")
        .getBytes(StandardCharsets.UTF_8));
    String docRels = "word/_rels/document.xml.rels";
    Document rels = parts.containsKey(docRels) ? SafeXml.parse(parts.get(docRels))
        : emptyRelationships();
    Element rel = rels.createElementNS(PKG_RELS, "Relationship");
    rel.setAttribute("Id", "rIdTsuzuriFontTable");
    rel.setAttribute("Type", FONT_TABLE_REL);
    rel.setAttribute("Target", "fontTable.xml");
    rels.getDocumentElement().appendChild(rel);
    parts.put(docRels, SafeXml.write(rels));
    Document types = SafeXml.parse(parts.get("[Content_Types].xml"));
    Element o = types.createElementNS(TYPES, "Override");
    o.setAttribute("PartName", "/word/fontTable.xml");
    o.setAttribute("ContentType",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml");
    types.getDocumentElement().appendChild(o);
    parts.put("[Content_Types].xml", SafeXml.write(types));
    return name;
  }

  static Document emptyRelationships() throws Exception {
    return SafeXml.parse(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Relationships xmlns=\"" + PKG_RELS + "\"/>").getBytes(StandardCharsets.UTF_8));
  }

  private static Element fontElement(Document table, String family) {
    NodeList fonts = table.getElementsByTagNameNS(W, "font");
    for (int i = 0; i < fonts.getLength(); i++) {
      Element f = (Element) fonts.item(i);
      if (family.equals(f.getAttributeNS(W, "name"))) {
        return f;
      }
    }
    Element f = table.createElementNS(W, "w:font");
    f.setAttributeNS(W, "w:name", family);
    Element charset = table.createElementNS(W, "w:charset");
    charset.setAttributeNS(W, "w:val", "80");
    f.appendChild(charset);
    table.getDocumentElement().appendChild(f);
    return f;
  }

  private static void removeChildren(Element parent, String local) {
    for (Node c = parent.getFirstChild(); c != null; ) {
      Node next = c.getNextSibling();
      if (c instanceof Element e && W.equals(e.getNamespaceURI())
          && local.equals(e.getLocalName())) {
        parent.removeChild(c);
      }
      c = next;
    }
  }

  /** The content types with the obfuscated-font type for {@code .odttf} parts. */
  static byte[] contentType(byte[] contentTypes) throws Exception {
    Document types = SafeXml.parse(contentTypes);
    NodeList defaults = types.getElementsByTagNameNS(TYPES, "Default");
    for (int i = 0; i < defaults.getLength(); i++) {
      if ("odttf".equalsIgnoreCase(((Element) defaults.item(i)).getAttribute("Extension"))) {
        return contentTypes;
      }
    }
    Element d = types.createElementNS(TYPES, "Default");
    d.setAttribute("Extension", "odttf");
    d.setAttribute("ContentType", OBFUSCATED);
    types.getDocumentElement().insertBefore(d, types.getDocumentElement().getFirstChild());
    return SafeXml.write(types);
  }

  /**
   * Turns {@code w:embedTrueTypeFonts} and {@code w:saveSubsetFonts} on or off in the settings,
   * placed where the schema's element order wants them.
   */
  static byte[] settings(byte[] settings, boolean embed) throws Exception {
    Document doc = SafeXml.parse(settings);
    Element root = doc.getDocumentElement();
    removeChildren(root, "embedTrueTypeFonts");
    removeChildren(root, "saveSubsetFonts");
    if (embed) {
      List<String> before = List.of("writeProtection", "view", "zoom",
          "removePersonalInformation", "removeDateAndTime", "doNotDisplayPageBoundaries",
          "displayBackgroundShape", "printPostScriptOverText", "printFractionalCharacterWidth",
          "printFormsData");
      Node at = root.getFirstChild();
      while (at != null && (!(at instanceof Element e)
          || before.contains(e.getLocalName()))) {
        at = at.getNextSibling();
      }
      Element embedFonts = doc.createElementNS(W, "w:embedTrueTypeFonts");
      root.insertBefore(embedFonts, at);
      Node after = embedFonts.getNextSibling();
      while (after instanceof Element e && "embedSystemFonts".equals(e.getLocalName())) {
        after = after.getNextSibling();
      }
      while (after != null && !(after instanceof Element)) {
        after = after.getNextSibling();
      }
      if (after instanceof Element e && "embedSystemFonts".equals(e.getLocalName())) {
        after = e.getNextSibling();
      }
      root.insertBefore(doc.createElementNS(W, "w:saveSubsetFonts"), after);
    }
    return SafeXml.write(doc);
  }
}
