package dev.tsuzuri.write.html.internal;

import dev.tsuzuri.diag.TsuzuriException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The page structure a document is poured into: a well-formed XHTML file with slots.
 *
 * <p>Slots are elements with a {@code data-tsuzuri} attribute: {@code content} (required: the
 * note's body), {@code title-block} (title, description, author, date, tags from the front
 * matter), {@code toc} (the table of contents, removed unless asked for) and {@code footnotes}.
 * Text and attribute values may use the variables {@code {{title}}}, {@code {{lang}}}, {@code
 * {{date}}}, {@code {{author}}}, {@code {{description}}} and {@code {{tags}}}; they are replaced as
 * text, never parsed as markup. A DOCTYPE is refused (no external entities, ever).
 */
public final class PageTemplate {
  /** The resource path of the default template. */
  public static final String DEFAULT_RESOURCE = "/templates/pdf/page.xhtml";

  private static volatile PageTemplate defaultTemplate;

  private final byte[] bytes;
  private final String name;

  private PageTemplate(byte[] bytes, String name) {
    this.bytes = bytes;
    this.name = name;
    Document probe = Xml.parse(bytes, name);
    if (slot(probe, "content") == null) {
      throw new TsuzuriException(name, 0,
          "template has no element with data-tsuzuri=\"content\" for the note's body");
    }
  }

  /** The default template, read from the class path once per process. */
  public static PageTemplate defaults() {
    PageTemplate t = defaultTemplate;
    if (t == null) {
      synchronized (PageTemplate.class) {
        if (defaultTemplate == null) {
          defaultTemplate = new PageTemplate(resource(DEFAULT_RESOURCE), "page.xhtml");
        }
        t = defaultTemplate;
      }
    }
    return t;
  }

  /** A template from a file the user named ({@code --template}). */
  public static PageTemplate load(Path file) {
    try {
      return new PageTemplate(Files.readAllBytes(file), file.toString());
    } catch (IOException e) {
      throw new TsuzuriException(file.toString(), 0, "cannot read template: " + e.getMessage());
    }
  }

  /** A template from bytes (for tests and embedding programs). */
  public static PageTemplate of(byte[] xhtml, String name) {
    return new PageTemplate(xhtml.clone(), name);
  }

  /** A fresh DOM of the template, for one document to fill in. */
  Document instantiate() {
    return Xml.parse(bytes, name);
  }

  /** The first element with {@code data-tsuzuri="name"}, or null. */
  static Element slot(Document doc, String slotName) {
    NodeList all = doc.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (slotName.equals(e.getAttribute("data-tsuzuri"))) {
        return e;
      }
    }
    return null;
  }

  /** Reads a class-path resource of the templates folder. */
  static byte[] resource(String path) {
    try (InputStream in = PageTemplate.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new TsuzuriException("missing from the class path: " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new TsuzuriException("cannot read " + path + ": " + e.getMessage());
    }
  }
}
