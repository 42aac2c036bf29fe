package dev.tsuzuri.write.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The one way writers parse XML they did not write (templates, reference documents): every
 * external-entity door shut (no DOCTYPE at all, no XInclude, no external DTD or schema, no entity
 * resolution), so a template can never make the parser read a file or open a connection; and
 * serialisation of a DOM back to bytes.
 */
public final class SafeXml {
  private static final DocumentBuilderFactory FACTORY = secureFactory();

  private SafeXml() {}

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
   * Parses well-formed XML, refusing any document type declaration.
   *
   * @throws SAXParseException with the line when the XML is not well-formed or has a DOCTYPE
   */
  public static Document parse(byte[] xml) throws SAXException, IOException {
    return builder().parse(new ByteArrayInputStream(xml));
  }

  /** A DOM as UTF-8 bytes with a standalone declaration, as Office parts are written. */
  public static byte[] write(Document doc) throws TransformerException {
    TransformerFactory tf = TransformerFactory.newInstance();
    tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
    Transformer t = tf.newTransformer();
    t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
    t.setOutputProperty(OutputKeys.STANDALONE, "yes");
    doc.setXmlStandalone(true);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    t.transform(new DOMSource(doc), new StreamResult(out));
    return out.toByteArray();
  }

  /** A StAX factory that neither reads document types nor resolves entities. */
  public static XMLInputFactory stax() {
    XMLInputFactory f = XMLInputFactory.newInstance();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return f;
  }
}
