package dev.tsuzuri.write.docx.internal;

import dev.tsuzuri.write.ooxml.XmlText;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One part's relationships as a document adds to them: the template's, then hyperlinks and
 * pictures with ids given out the way POI's package gives them ("rId" and one more than the
 * number there were, skipping ids taken), written sorted by id as POI writes them. One per part
 * and document.
 */
final class Relationships {
  static final String HYPERLINK =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";
  static final String IMAGE =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";
  static final String FOOTNOTES =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes";
  private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
  private static final Pattern ELEMENT = Pattern.compile("<Relationship\\s[^>]*?/>");
  private static final Pattern ID = Pattern.compile("\\sId=\"([^\"]*)\"");

  /** The elements by id, each as written. */
  private final TreeMap<String, String> elements = new TreeMap<>();
  private final Map<String, String> byTarget = new HashMap<>();
  private long next = -1;
  private boolean changed;

  /**
   * The relationships of a saved part.
   *
   * @param saved the {@code .rels} part as POI saved it, or null when the part has none
   */
  Relationships(byte[] saved) {
    if (saved != null) {
      Matcher m = ELEMENT.matcher(new String(saved, StandardCharsets.UTF_8));
      while (m.find()) {
        Matcher id = ID.matcher(m.group());
        if (id.find()) {
          elements.put(id.group(1), m.group());
        }
      }
    }
  }

  /** Whether POI's form of relationship parts can hold these (nothing but elements read). */
  static boolean readable(byte[] saved) {
    String s = new String(saved, StandardCharsets.UTF_8);
    return s.startsWith(HEAD) && s.endsWith("</Relationships>")
        && ELEMENT.matcher(s).replaceAll("").equals(HEAD + "</Relationships>");
  }

  /** The id of an external hyperlink to this address, added at its first use. */
  String hyperlink(String url) {
    return byTarget.computeIfAbsent("\u0000" + url, k -> add(url, true, HYPERLINK));
  }

  /** The id of an internal relationship to a target part (relative to this part's folder). */
  String internal(String target, String type) {
    return byTarget.computeIfAbsent(target, k -> add(target, false, type));
  }

  private String add(String target, boolean external, String type) {
    if (next < 0) {
      next = elements.size() + 1;
    }
    String id;
    do {
      id = "rId" + next++;
    } while (elements.containsKey(id));
    StringBuilder b = new StringBuilder("<Relationship Id=\"").append(id).append("\" Target=\"");
    XmlText.attribute(b, target).append('"');
    if (external) {
      b.append(" TargetMode=\"External\"");
    }
    b.append(" Type=\"").append(type).append("\"/>");
    elements.put(id, b.toString());
    changed = true;
    return id;
  }

  /** Whether relationships were added. */
  boolean changed() {
    return changed;
  }

  /** The relationships part. */
  byte[] bytes() {
    StringBuilder b = new StringBuilder(HEAD);
    elements.values().forEach(b::append);
    return b.append("</Relationships>").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The ids in use, for tests. */
  List<String> ids() {
    return List.copyOf(elements.keySet());
  }
}
