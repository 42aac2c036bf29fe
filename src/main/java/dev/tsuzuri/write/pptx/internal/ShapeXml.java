package dev.tsuzuri.write.pptx.internal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;

/**
 * A shape or part of the template saved once as XML text with a hole where its paragraphs go, so
 * that every slide made from it is a copy of strings instead of an XMLBeans tree.
 *
 * @param before the XML up to the paragraphs (the shape id already replaced by {@link #ID})
 * @param after the XML after the paragraphs
 */
record ShapeXml(String before, String after) {
  /** Stands for the shape id in {@link #before}; no real id is this large. */
  static final long ID = 4000000001L;
  /** The text of the paragraph that marks the hole while saving. */
  static final String MARK = "tsuzuri-paragraphs-go-here";
  private static final String ID_TEXT = "id=\"" + ID + "\"";
  private static final Pattern PARAGRAPH_START = Pattern.compile("<([\\w.-]+:)?p[\\s>]");
  private static final Pattern PARAGRAPH_END = Pattern.compile("</([\\w.-]+:)?p>");

  /** Saves an element (whose text is one {@link #MARK} paragraph) and cuts out that paragraph. */
  static ShapeXml of(XmlObject element) {
    return cut(save(element));
  }

  /** The shape as XML with the given id and these paragraphs. */
  void write(StringBuilder out, int id, CharSequence paragraphs) {
    int at = before.indexOf(ID_TEXT);
    if (at < 0) {
      out.append(before);
    } else {
      out.append(before, 0, at).append("id=\"").append(id).append('"')
          .append(before, at + ID_TEXT.length(), before.length());
    }
    out.append(paragraphs).append(after);
  }

  /** Saves a part's root (whose text is one {@link #MARK} paragraph) under this element name. */
  static ShapeXml ofPart(XmlObject root, javax.xml.namespace.QName element) {
    XmlOptions o = options();
    o.setSaveSyntheticDocumentElement(element);
    return cut(root.xmlText(o));
  }

  /** An element's XML with the usual prefixes and its namespaces declared on itself. */
  static String save(XmlObject element) {
    XmlOptions o = options();
    o.setSaveOuter();
    return element.xmlText(o);
  }

  private static XmlOptions options() {
    XmlOptions o = new XmlOptions();
    o.setSaveAggressiveNamespaces();
    o.setSaveNoXmlDecl();
    o.setSaveSuggestedPrefixes(Map.of(
        "http://schemas.openxmlformats.org/drawingml/2006/main", "a",
        "http://schemas.openxmlformats.org/presentationml/2006/main", "p",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships", "r"));
    return o;
  }

  static ShapeXml cut(String xml) {
    int mark = xml.indexOf(MARK);
    if (mark < 0) {
      throw new IllegalStateException("no paragraph mark in the saved shape");
    }
    int start = -1;
    Matcher m = PARAGRAPH_START.matcher(xml);
    while (m.find() && m.start() < mark) {
      start = m.start();
    }
    Matcher e = PARAGRAPH_END.matcher(xml);
    if (start < 0 || !e.find(mark)) {
      throw new IllegalStateException("no paragraph around the mark in the saved shape");
    }
    return new ShapeXml(xml.substring(0, start), xml.substring(e.end()));
  }
}
