package dev.tsuzuri.write.docx.internal;

import dev.tsuzuri.write.ooxml.XmlText;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.outline.Metadata;
import dev.tsuzuri.write.XmlChars;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The core properties part (title, author, subject, keywords, category, dates, language from the
 * front matter) written as POI's package writes it. Dates come from the note, never from the
 * clock.
 */
final class CoreXml {
  private static final DateTimeFormatter W3CDTF =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  /**
   * The core properties a document keeps from its template (POI leaves them as they were).
   *
   * @param contentStatus null when absent, as are the others
   * @param lastPrinted the {@code cp:lastPrinted} date as written
   */
  record Kept(String contentStatus, String contentType, String identifier, String lastPrinted,
      String version) {}

  private CoreXml() {}

  /** What the template's core properties give every document. */
  static Kept kept(XWPFDocument doc) {
    PackagePropertiesPart part = doc.getProperties().getCoreProperties()
        .getUnderlyingProperties();
    return new Kept(part.getContentStatusProperty().orElse(null),
        part.getContentTypeProperty().orElse(null), part.getIdentifierProperty().orElse(null),
        part.getLastPrintedProperty().isPresent() ? part.getLastPrintedPropertyString() : null,
        part.getVersionProperty().orElse(null));
  }

  /** The part for a document. */
  static byte[] of(Document source, String fallbackTitle, Kept kept) {
    Metadata m = source.metadata();
    String title = source.title().isBlank() ? fallbackTitle : source.title();
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" "
        + "standalone=\"yes\"?><cp:coreProperties"
        + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
        + " xmlns:dcterms=\"http://purl.org/dc/terms/\""
        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
    int contentStart = b.length();
    element(b, "cp:category", text(String.join(", ", m.categories())));
    element(b, "cp:contentStatus", Optional.ofNullable(kept.contentStatus()));
    element(b, "cp:contentType", Optional.ofNullable(kept.contentType()));
    date(b, "dcterms:created", m.dateValue().map(d -> Date.from(d.toInstant())));
    element(b, "dc:creator", text(String.join("; ", m.authors())));
    element(b, "dc:identifier", Optional.ofNullable(kept.identifier()));
    element(b, "cp:keywords", text(String.join(", ", m.tags())));
    element(b, "dc:language", text(DocumentSetup.wordLanguage(m.lang())));
    element(b, "cp:lastPrinted", Optional.ofNullable(kept.lastPrinted()));
    date(b, "dcterms:modified", m.lastmodValue().map(d -> Date.from(d.toInstant())));
    element(b, "dc:subject", text(m.description()));
    element(b, "dc:title", Optional.of(XmlChars.clean(title)));
    element(b, "cp:version", Optional.ofNullable(kept.version()));
    WordXml.close(b, contentStart, "cp:coreProperties");
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void element(StringBuilder b, String name, Optional<String> value) {
    if (value.isPresent()) {
      b.append('<').append(name).append('>');
      XmlText.text(b, value.get()).append("</").append(name).append('>');
    }
  }

  private static void date(StringBuilder b, String name, Optional<Date> value) {
    value.ifPresent(d -> b.append('<').append(name).append(" xsi:type=\"dcterms:W3CDTF\">")
        .append(W3CDTF.format(d.toInstant())).append("</").append(name).append('>'));
  }

  private static Optional<String> text(String s) {
    String c = XmlChars.clean(s).strip();
    return c.isEmpty() ? Optional.empty() : Optional.of(c);
  }
}
