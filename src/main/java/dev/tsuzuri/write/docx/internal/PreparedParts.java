package dev.tsuzuri.write.docx.internal;

import dev.tsuzuri.diag.TsuzuriException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A prepared template's parts as POI saved them, and where in them documents write: the main
 * part cut where the body's content goes (before the final {@code w:sectPr}), the footnotes part
 * cut before its end tag, the entries of the parts a document changes.
 *
 * @param parts every part by zip entry, in the order POI wrote them
 * @param documentEntry the main part's entry
 * @param bodyStart the main part up to where the body's content goes
 * @param bodyEnd the rest of the main part
 * @param footnotesEntry the footnotes part's entry, or null when the template has none
 * @param footnotesStart the footnotes part up to where new notes go, or null
 * @param footnotesEnd the rest of it, or null
 * @param stylesEntry the styles part's entry, or null
 * @param numberingEntry the numbering part's entry
 */
record PreparedParts(Map<String, byte[]> parts, String documentEntry, String bodyStart,
    String bodyEnd, String footnotesEntry, String footnotesStart, String footnotesEnd,
    String stylesEntry, String numberingEntry) {
  private static final Pattern RELATIONSHIP = Pattern.compile("<Relationship\\s[^>]*?/>");
  private static final String OFFICE_DOCUMENT =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
  private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/"
      + "relationships/";

  /** Finds the parts documents write in a saved package. */
  static PreparedParts of(Map<String, byte[]> saved, String name) {
    Map<String, byte[]> parts = Collections.unmodifiableMap(new LinkedHashMap<>(saved));
    String document = targets(parts.get("_rels/.rels"), "").get(OFFICE_DOCUMENT);
    if (document == null || !parts.containsKey(document)) {
      throw unusable(name, "it has no main document part");
    }
    String folder = document.contains("/") ? document.substring(0, document.lastIndexOf('/') + 1)
        : "";
    Map<String, String> related = targets(parts.get(relationshipsOf(document)), folder);
    String main = text(parts.get(document));
    String root = rootTag(main, "w:document");
    if (root == null || !root.contains("xmlns:w=\"" + WordXml.W + "\"")) {
      throw unusable(name, "its main part does not use the usual namespace prefix w");
    }
    // the body is empty: the first section properties are the body's own
    Matcher sectPr = Pattern.compile("<w:sectPr[\\s>/]").matcher(main);
    int sect = sectPr.find() ? sectPr.start() : -1;
    int bodyClose = main.lastIndexOf("</w:body>");
    int at;
    if (bodyClose < 0) {
      int emptyBody = main.lastIndexOf("<w:body/>");
      if (emptyBody < 0) {
        throw unusable(name, "its main part has no body");
      }
      main = main.substring(0, emptyBody) + "<w:body></w:body>"
          + main.substring(emptyBody + "<w:body/>".length());
      at = emptyBody + "<w:body>".length();
    } else {
      at = sect >= 0 && sect < bodyClose ? sect : bodyClose;
    }
    String footnotes = related.get(REL + "footnotes");
    String footStart = null;
    String footEnd = null;
    if (footnotes != null && parts.containsKey(footnotes)) {
      String f = text(parts.get(footnotes));
      String froot = rootTag(f, "w:footnotes");
      int close = f.lastIndexOf("</w:footnotes>");
      if (froot != null && froot.contains("xmlns:w=\"" + WordXml.W + "\"") && close > 0) {
        footStart = f.substring(0, close);
        footEnd = f.substring(close);
      } else if (froot != null && froot.contains("xmlns:w=\"" + WordXml.W + "\"")
          && froot.endsWith("/>")) {
        int end = f.indexOf(froot) + froot.length();
        footStart = f.substring(0, end - 2) + ">";
        footEnd = "</w:footnotes>" + f.substring(end);
      } else {
        throw unusable(name, "its footnotes part does not use the usual namespace prefix w");
      }
    } else {
      footnotes = null;
    }
    String numbering = related.get(REL + "numbering");
    if (numbering == null || !parts.containsKey(numbering)) {
      throw unusable(name, "its list numbering could not be prepared");
    }
    String styles = related.get(REL + "styles");
    return new PreparedParts(parts, document, main.substring(0, at), main.substring(at),
        footnotes, footStart, footEnd, parts.containsKey(styles) ? styles : null, numbering);
  }

  /** The entry of a part's relationships part. */
  static String relationshipsOf(String entry) {
    int slash = entry.lastIndexOf('/');
    return entry.substring(0, slash + 1) + "_rels/" + entry.substring(slash + 1) + ".rels";
  }

  /** Whether the main part's root element binds this prefix to this namespace. */
  boolean mainDeclares(String prefix, String uri) {
    String root = rootTag(bodyStart, "w:document");
    return root != null && root.contains(" xmlns:" + prefix + "=\"" + uri + "\"");
  }

  /** The main part's relationships' entry. */
  String documentRelationshipsEntry() {
    return relationshipsOf(documentEntry);
  }

  /** The start tag of the part's root element, or null when it is not this element. */
  static String rootTag(String xml, String element) {
    int start = xml.indexOf("<" + element);
    if (start < 0) {
      return null;
    }
    int end = xml.indexOf('>', start);
    return end < 0 ? null : xml.substring(start, end + 1);
  }

  /** Internal relationships' targets by type: the first of each type, as zip entries. */
  private static Map<String, String> targets(byte[] rels, String folder) {
    Map<String, String> byType = new HashMap<>();
    if (rels == null) {
      return byType;
    }
    Matcher m = RELATIONSHIP.matcher(text(rels));
    while (m.find()) {
      String r = m.group();
      String type = attribute(r, "Type");
      String target = attribute(r, "Target");
      if (type == null || target == null || r.contains("TargetMode=\"External\"")) {
        continue;
      }
      String entry = target.startsWith("/") ? target.substring(1) : folder + target;
      byType.putIfAbsent(type, entry);
    }
    return byType;
  }

  private static String attribute(String element, String name) {
    Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(element);
    return m.find() ? m.group(1).replace("&amp;", "&") : null;
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static TsuzuriException unusable(String name, String why) {
    return new TsuzuriException(name, 0, "not a usable Word (.docx) template: " + why);
  }
}
