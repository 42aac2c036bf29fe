package dev.tsuzuri.write.html.internal;

import dev.tsuzuri.diag.TsuzuriException;
import dev.tsuzuri.write.internal.SafeXml;
import java.io.IOException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * XML plumbing of the page: new empty documents and templates parsed through {@link SafeXml},
 * with messages that name the template and line.
 */
public final class Xml {
  /** The XHTML namespace every element we build lives in. */
  public static final String XHTML = "http://www.w3.org/1999/xhtml";

  private Xml() {}

  /** A new, empty DOM document. */
  public static Document newDocument() {
    return SafeXml.newDocument();
  }

  /**
   * Parses a well-formed XHTML template.
   *
   * @param bytes the template's bytes
   * @param name the template's name, for messages
   * @throws TsuzuriException naming the template and line when it is not well-formed or declares
   *     a DOCTYPE
   */
  public static Document parse(byte[] bytes, String name) {
    try {
      return SafeXml.parse(bytes);
    } catch (SAXParseException e) {
      throw new TsuzuriException(name, Math.max(0, e.getLineNumber()),
          "template is not well-formed XHTML: " + e.getMessage());
    } catch (SAXException | IOException e) {
      throw new TsuzuriException(name, 0, "cannot read template: " + e.getMessage());
    }
  }
}
