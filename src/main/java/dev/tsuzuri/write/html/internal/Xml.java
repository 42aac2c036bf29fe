package dev.tsuzuri.write.html.internal;

import dev.tsuzuri.diag.TsuzuriException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * XML plumbing: new empty documents and parsing of templates with every external-entity door
 * shut (no DOCTYPE at all, no XInclude, no external DTD or schema), so a template can never make
 * the parser read a file or open a connection.
 */
public final class Xml {
  /** The XHTML namespace every element we build lives in. */
  public static final String XHTML = "http://www.w3.org/1999/xhtml";

  private static final DocumentBuilderFactory FACTORY = secureFactory();

  private Xml() {}

  private static DocumentBuilderFactory secureFactory() {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    try {
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("XML parser cannot be secured", e);
    }
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return f;
  }

  private static DocumentBuilder builder() {
    try {
      DocumentBuilder b;
      synchronized (FACTORY) {
        b = FACTORY.newDocumentBuilder();
      }
      b.setEntityResolver((publicId, systemId) -> {
        throw new SAXException("external entities are not allowed: " + systemId);
      });
      b.setErrorHandler(new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      });
      return b;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A new, empty DOM document. */
  public static Document newDocument() {
    return builder().newDocument();
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
      return builder().parse(new ByteArrayInputStream(bytes));
    } catch (SAXParseException e) {
      throw new TsuzuriException(name, Math.max(0, e.getLineNumber()),
          "template is not well-formed XHTML: " + e.getMessage());
    } catch (SAXException | IOException e) {
      throw new TsuzuriException(name, 0, "cannot read template: " + e.getMessage());
    }
  }
}
