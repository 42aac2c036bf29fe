package dev.tsuzuri.write.html.internal;

import dev.tsuzuri.write.XmlChars;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Small conveniences for building an XHTML DOM: namespaced elements, cleaned text. */
public final class Dom {
  private final Document doc;

  /** Builds into this document. */
  public Dom(Document doc) {
    this.doc = doc;
  }

  /** The document being built. */
  public Document document() {
    return doc;
  }

  /** A new XHTML element. */
  public Element element(String name) {
    return doc.createElementNS(Xml.XHTML, name);
  }

  /** A new XHTML element with a class. */
  public Element element(String name, String cssClass) {
    Element e = element(name);
    e.setAttribute("class", cssClass);
    return e;
  }

  /** Appends a new element to a parent and returns it. */
  public Element add(Element parent, String name) {
    Element e = element(name);
    parent.appendChild(e);
    return e;
  }

  /** Appends a new element with a class to a parent and returns it. */
  public Element add(Element parent, String name, String cssClass) {
    Element e = element(name, cssClass);
    parent.appendChild(e);
    return e;
  }

  /** Appends text (cleaned of characters XML cannot hold) to a parent. */
  public void text(Element parent, String text) {
    String t = XmlChars.clean(text);
    if (!t.isEmpty()) {
      parent.appendChild(doc.createTextNode(t));
    }
  }

  /** Appends a new element holding text and returns it. */
  public Element add(Element parent, String name, String cssClass, String text) {
    Element e = cssClass == null ? add(parent, name) : add(parent, name, cssClass);
    text(e, text);
    return e;
  }
}
