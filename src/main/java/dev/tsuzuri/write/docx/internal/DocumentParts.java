package dev.tsuzuri.write.docx.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Puts one document's parts into the prepared template's: the body into the main part, its
 * footnotes, lists, pictures, relationships, content types, styles (per language, or its own
 * when it had to add styles) and core properties.
 */
final class DocumentParts {
  private static final String FOOTNOTES_TYPE =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml";

  private DocumentParts() {}

  /**
   * The document's parts, by zip entry.
   *
   * @param saved the template's parts as prepared
   * @param body the body's content
   */
  static Map<String, byte[]> assemble(Conversion cx, PreparedParts saved, StringBuilder body,
      String stem, String language) throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>(saved.parts());
    ContentTypes types = null;
    boolean added = false;
    if (!cx.pictures.added().isEmpty()) {
      types = new ContentTypes(parts.get("[Content_Types].xml"));
      for (Pictures.Media m : cx.pictures.added()) {
        parts.put(m.entry(), m.bytes());
        types.add(m.entry(), m.extension(), m.contentType());
      }
      added = true;
    }
    if (!cx.footnoteXml.isEmpty()) {
      String entry = saved.footnotesEntry();
      String start = saved.footnotesStart();
      String end = saved.footnotesEnd();
      if (entry == null) {
        // the template has no footnotes part: one as POI creates it
        entry = "word/footnotes.xml";
        start = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<w:footnotes xmlns:w=\""
            + WordXml.W + "\">";
        end = "</w:footnotes>";
        cx.documentRelationships.internal("footnotes.xml", Relationships.FOOTNOTES);
        if (types == null) {
          types = new ContentTypes(parts.get("[Content_Types].xml"));
        }
        types.override("/" + entry, FOOTNOTES_TYPE);
        added = true;
      }
      if (cx.footnoteRelationships.changed()) {
        start = declare(start, "w:footnotes", "r", WordXml.R);
        String rels = PreparedParts.relationshipsOf(entry);
        added |= !parts.containsKey(rels);
        parts.put(rels, cx.footnoteRelationships.bytes());
      }
      parts.put(entry, (start + cx.footnoteXml + end).getBytes(StandardCharsets.UTF_8));
    }
    String head = saved.bodyStart();
    if (!cx.pictures.added().isEmpty()) {
      head = declare(head, "w:document", "wp", WordXml.WP);
    }
    if (cx.documentRelationships.changed()) {
      head = declare(head, "w:document", "r", WordXml.R);
      parts.put(saved.documentRelationshipsEntry(), cx.documentRelationships.bytes());
    }
    parts.put(saved.documentEntry(), (head + body + saved.bodyEnd())
        .getBytes(StandardCharsets.UTF_8));
    parts.put(saved.numberingEntry(), cx.lists.numberingPart(parts.get(saved.numberingEntry())));
    if (saved.stylesEntry() != null) {
      parts.put(saved.stylesEntry(), cx.styles.loaded() ? cx.styles.part(language)
          : cx.template.stylesFor(language));
    }
    parts.put("docProps/core.xml", CoreXml.of(cx.source, stem, cx.template.core()));
    if (types != null) {
      parts.put("[Content_Types].xml", types.bytes());
    }
    return added ? PartOrder.sorted(parts) : parts;
  }

  /** The part's start with a namespace declared on its root element, unless it already is. */
  private static String declare(String start, String root, String prefix, String uri) {
    String tag = PreparedParts.rootTag(start, root);
    if (tag == null || tag.contains(" xmlns:" + prefix + "=")) {
      return start;
    }
    int at = start.indexOf(tag) + tag.length() - (tag.endsWith("/>") ? 2 : 1);
    return start.substring(0, at) + " xmlns:" + prefix + "=\"" + uri + "\"" + start.substring(at);
  }
}
