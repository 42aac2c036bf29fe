package dev.tsuzuri.write.html.internal;

import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Writes a DOM as an HTML5 document: void elements without end tags, every other element with
 * one (an XML serialiser would write {@code <a/>}, which browsers read as an open tag), text and
 * attributes escaped, {@code <style>} content raw. Comments and processing instructions are left
 * out.
 */
public final class XhtmlSerializer {
  private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr",
      "img", "input", "link", "meta", "source", "track", "wbr");
  private static final Set<String> BLOCKISH = Set.of("html", "head", "body", "header", "main",
      "nav", "section", "div", "p", "ul", "ol", "li", "table", "thead", "tbody", "tr", "pre",
      "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "meta", "title", "style");

  private XhtmlSerializer() {}

  /** The document as HTML5 text. */
  public static String serialize(Document doc) {
    StringBuilder out = new StringBuilder("<!DOCTYPE html>\n");
    element(doc.getDocumentElement(), out, true);
    return out.append('\n').toString();
  }

  private static void element(Element e, StringBuilder out, boolean root) {
    String name = e.getLocalName() != null ? e.getLocalName() : e.getTagName();
    out.append('<').append(name);
    if (root) {
      out.append(" xmlns=\"").append(Xml.XHTML).append('"');
    }
    NamedNodeMap attrs = e.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      Node a = attrs.item(i);
      String an = a.getNodeName();
      if (an.equals("xmlns") || an.startsWith("xmlns:")) {
        continue;
      }
      out.append(' ').append(an).append("=\"").append(escape(a.getNodeValue(), true))
          .append('"');
    }
    out.append('>');
    if (VOID.contains(name)) {
      return;
    }
    boolean raw = name.equals("style");
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      switch (n.getNodeType()) {
        case Node.ELEMENT_NODE -> {
          Element child = (Element) n;
          if (BLOCKISH.contains(child.getLocalName()) && !name.equals("pre")) {
            out.append('\n');
          }
          element(child, out, false);
        }
        case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> out.append(raw
            ? n.getNodeValue().replace("</", "<\\/") : escape(n.getNodeValue(), false));
        default -> { }
      }
    }
    out.append("</").append(name).append('>');
  }

  private static String escape(String s, boolean attribute) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append(attribute ? "&quot;" : "\"");
        case '\u00a0' -> b.append("&nbsp;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
