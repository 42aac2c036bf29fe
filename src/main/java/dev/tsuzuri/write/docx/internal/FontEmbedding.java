package dev.tsuzuri.write.docx.internal;

import dev.tsuzuri.font.BundledFont;
import dev.tsuzuri.write.docx.internal.font.GlyphSubset;
import dev.tsuzuri.write.docx.internal.font.SfntFont;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Embeds the bundled fonts the document uses, subset to the characters it shows, in Word's
 * obfuscated-font format (ECMA-376 Part 1, 17.8.1): {@code word/fonts/fontN.odttf} parts whose
 * first 32 bytes are XORed with the font key, referenced from {@code fontTable.xml} by
 * {@code w:embedRegular}/{@code w:embedBold}. Word and LibreOffice then show the document in the
 * same font on a machine that does not have it.
 */
final class FontEmbedding {
  static final String R =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  static final String FONT_REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font";
  static final String FONT_TABLE_REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";
  static final String PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
  static final String TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
  static final String OBFUSCATED = "application/vnd.openxmlformats-officedocument.obfuscatedFont";

  /** The embeddable faces of each family, in the order of Word's embed elements. */
  private record Face(BundledFont font, String element) {}

  private FontEmbedding() {}

  /**
   * Embeds the fonts, or with {@code embed} false switches embedding off in the settings.
   *
   * @param codeCharacters the characters written in the code font; it is embedded only when
   *     there are some, subset to them
   */
  static void apply(Map<String, byte[]> whole, boolean embed, Set<Integer> codeCharacters,
      dev.tsuzuri.WarningSink warnings) {
    // work on a copy: a part of the template that cannot be edited leaves the package as it was
    Map<String, byte[]> parts = new java.util.LinkedHashMap<>(whole);
    try {
      edit(parts, embed, codeCharacters);
      whole.clear();
      whole.putAll(parts);
    } catch (Exception e) {
      warnings.warn("fonts not embedded: " + (e.getMessage() == null
          ? e.getClass().getSimpleName() : e.getMessage()));
    }
  }

  private static void edit(Map<String, byte[]> parts, boolean embed,
      Set<Integer> codeCharacters) throws IOException {
    try {
      settings(parts, embed);
      if (!embed) {
        return;
      }
      String text = new String(parts.getOrDefault("word/styles.xml", new byte[0]),
          StandardCharsets.UTF_8)
          + new String(parts.getOrDefault("word/document.xml", new byte[0]),
          StandardCharsets.UTF_8)
          + new String(parts.getOrDefault("word/numbering.xml", new byte[0]),
          StandardCharsets.UTF_8);
      Map<String, List<Face>> families = new java.util.LinkedHashMap<>();
      if (text.contains("\"" + Fonts.GOTHIC + "\"")) {
        families.put(Fonts.GOTHIC, List.of(new Face(BundledFont.GOTHIC, "embedRegular"),
            new Face(BundledFont.GOTHIC_BOLD, "embedBold")));
      }
      if (!codeCharacters.isEmpty() && text.contains("\"" + Fonts.MONO + "\"")) {
        families.put(Fonts.MONO, List.of(new Face(BundledFont.MONO, "embedRegular")));
      }
      if (families.isEmpty()) {
        return;
      }
      Set<Integer> chars = UsedCharacters.of(parts);
      Set<Integer> code = new java.util.TreeSet<>(codeCharacters);
      for (int c = 0x20; c < 0x7F; c++) {
        code.add(c);
      }
      embed(parts, families, chars, code);
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException("cannot embed fonts: " + e.getMessage(), e);
    }
  }

  private static void embed(Map<String, byte[]> parts, Map<String, List<Face>> families,
      Set<Integer> chars, Set<Integer> codeChars) throws Exception {
    String fontTableName = fontTable(parts);
    Document table = SafeXml.parse(parts.get(fontTableName));
    String relsName = fontTableName.replace("word/", "word/_rels/") + ".rels";
    Document rels = parts.containsKey(relsName) ? SafeXml.parse(parts.get(relsName))
        : emptyRelationships();
    int n = 1;
    List<String[]> added = new ArrayList<>();
    for (Map.Entry<String, List<Face>> family : families.entrySet()) {
      Element font = fontElement(table, family.getKey());
      for (Face face : family.getValue()) {
        String partName = "word/fonts/tsuzuri-font" + n + ".odttf";
        String relId = "rIdTsuzuriFont" + n;
        n++;
        String key = "{" + UUID.nameUUIDFromBytes(("tsuzuri font " + face.font().name())
            .getBytes(StandardCharsets.UTF_8)).toString().toUpperCase(Locale.ROOT) + "}";
        Set<Integer> kept = face.font() == BundledFont.MONO ? codeChars : chars;
        parts.put(partName, obfuscate(subset(face.font(), kept), key));
        added.add(new String[] {relId, partName});
        removeChildren(font, face.element());
        Element e = table.createElementNS(UsedCharacters.W, "w:" + face.element());
        e.setAttributeNS(R, "r:id", relId);
        e.setAttributeNS(UsedCharacters.W, "w:fontKey", key);
        e.setAttributeNS(UsedCharacters.W, "w:subsetted", "1");
        font.appendChild(e);
      }
    }
    for (String[] a : added) {
      Element rel = rels.createElementNS(PKG_RELS, "Relationship");
      rel.setAttribute("Id", a[0]);
      rel.setAttribute("Type", FONT_REL);
      rel.setAttribute("Target", a[1].substring("word/".length()));
      rels.getDocumentElement().appendChild(rel);
    }
    parts.put(fontTableName, SafeXml.write(table));
    parts.put(relsName, SafeXml.write(rels));
    contentType(parts);
  }

  /** The font table part, created (and linked from the document) when the template has none. */
  private static String fontTable(Map<String, byte[]> parts) throws Exception {
    String name = "word/fontTable.xml";
    if (parts.containsKey(name)) {
      return name;
    }
    parts.put(name, ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<w:fonts xmlns:w=\"" + UsedCharacters.W + "\" xmlns:r=\"" + R + "\"/>")
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

  private static Document emptyRelationships() throws Exception {
    return SafeXml.parse(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Relationships xmlns=\"" + PKG_RELS + "\"/>").getBytes(StandardCharsets.UTF_8));
  }

  private static Element fontElement(Document table, String family) {
    NodeList fonts = table.getElementsByTagNameNS(UsedCharacters.W, "font");
    for (int i = 0; i < fonts.getLength(); i++) {
      Element f = (Element) fonts.item(i);
      if (family.equals(f.getAttributeNS(UsedCharacters.W, "name"))) {
        return f;
      }
    }
    Element f = table.createElementNS(UsedCharacters.W, "w:font");
    f.setAttributeNS(UsedCharacters.W, "w:name", family);
    Element charset = table.createElementNS(UsedCharacters.W, "w:charset");
    charset.setAttributeNS(UsedCharacters.W, "w:val", "80");
    f.appendChild(charset);
    table.getDocumentElement().appendChild(f);
    return f;
  }

  private static void removeChildren(Element parent, String local) {
    for (Node c = parent.getFirstChild(); c != null; ) {
      Node next = c.getNextSibling();
      if (c instanceof Element e && UsedCharacters.W.equals(e.getNamespaceURI())
          && local.equals(e.getLocalName())) {
        parent.removeChild(c);
      }
      c = next;
    }
  }

  private static void contentType(Map<String, byte[]> parts) throws Exception {
    String name = "[Content_Types].xml";
    Document types = SafeXml.parse(parts.get(name));
    NodeList defaults = types.getElementsByTagNameNS(TYPES, "Default");
    for (int i = 0; i < defaults.getLength(); i++) {
      if ("odttf".equalsIgnoreCase(((Element) defaults.item(i)).getAttribute("Extension"))) {
        return;
      }
    }
    Element d = types.createElementNS(TYPES, "Default");
    d.setAttribute("Extension", "odttf");
    d.setAttribute("ContentType", OBFUSCATED);
    types.getDocumentElement().insertBefore(d, types.getDocumentElement().getFirstChild());
    parts.put(name, SafeXml.write(types));
  }

  /**
   * Turns {@code w:embedTrueTypeFonts} and {@code w:saveSubsetFonts} on or off in the settings,
   * placed where the schema's element order wants them.
   */
  private static void settings(Map<String, byte[]> parts, boolean embed) throws Exception {
    String name = "word/settings.xml";
    if (!parts.containsKey(name)) {
      return;
    }
    Document doc = SafeXml.parse(parts.get(name));
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
      Element embedFonts = doc.createElementNS(UsedCharacters.W, "w:embedTrueTypeFonts");
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
      root.insertBefore(doc.createElementNS(UsedCharacters.W, "w:saveSubsetFonts"), after);
    }
    parts.put(name, SafeXml.write(doc));
  }

  /** The font cut down to the characters (and the glyphs they need), glyph ids kept. */
  static byte[] subset(BundledFont font, Set<Integer> chars) {
    return GlyphSubset.of(SfntFont.of(font), chars);
  }

  /**
   * Word's font obfuscation: the key's 16 bytes are the GUID's hex digits read as bytes from the
   * last to the first; they are XORed over the font's first 32 bytes (twice 16).
   */
  static byte[] obfuscate(byte[] font, String guid) {
    String hex = guid.replaceAll("[^0-9A-Fa-f]", "");
    byte[] key = new byte[16];
    for (int i = 0; i < 16; i++) {
      int at = (15 - i) * 2;
      key[i] = (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
    }
    byte[] out = font.clone();
    for (int i = 0; i < 32 && i < out.length; i++) {
      out[i] ^= key[i % 16];
    }
    return out;
  }
}
