package dev.tsuzuri.write.pptx.internal;

import dev.tsuzuri.write.ooxml.XmlText;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Map;

/** The relationships of one slide or notes part, numbered as they are added. */
final class SlideRels {
  static final String BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  static final String LAYOUT = BASE + "slideLayout";
  static final String IMAGE = BASE + "image";
  static final String HYPERLINK = BASE + "hyperlink";
  static final String NOTES = BASE + "notesSlide";
  static final String NOTES_MASTER = BASE + "notesMaster";
  static final String SLIDE = BASE + "slide";

  private final StringBuilder xml = new StringBuilder(256);
  private final Map<String, String> links = new HashMap<>();
  private int count;

  /** Adds a relationship to another part (a target relative to this part); returns its id. */
  String add(String type, String target) {
    String id = "rId" + (++count);
    xml.append("<Relationship Id=\"").append(id).append("\" Type=\"").append(type)
        .append("\" Target=\"");
    XmlText.attribute(xml, target).append("\"/>");
    return id;
  }

  /**
   * The id of a hyperlink to an address, added on first use; null for an address a package
   * cannot hold (not a URI), whose text is then written without a link.
   */
  String hyperlink(String address) {
    String id = links.get(address);
    if (id != null || links.containsKey(address)) {
      return id;
    }
    try {
      String target = new URI(address).toString();
      id = "rId" + (++count);
      xml.append("<Relationship Id=\"").append(id).append("\" Type=\"").append(HYPERLINK)
          .append("\" Target=\"");
      XmlText.attribute(xml, target).append("\" TargetMode=\"External\"/>");
    } catch (URISyntaxException e) {
      id = null;
    }
    links.put(address, id);
    return id;
  }

  /** The .rels part. */
  byte[] bytes() {
    String s = Xml.DECLARATION
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + xml + "</Relationships>";
    return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
