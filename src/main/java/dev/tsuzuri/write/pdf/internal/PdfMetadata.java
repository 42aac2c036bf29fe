package dev.tsuzuri.write.pdf.internal;

import dev.tsuzuri.outline.Document;
import dev.tsuzuri.outline.Metadata;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Writes the document information dictionary and the XMP packet from the note's front matter,
 * keeping the two in agreement (PDF/A requires it): title, authors, description as subject, tags
 * as keywords, the front-matter date as creation date, the language, and the PDF/A
 * identification when one is asked for.
 */
public final class PdfMetadata {
  private PdfMetadata() {}

  /**
   * Applies the metadata to a finished document, just before it is saved.
   *
   * @param fallbackTitle the title when the note has neither a title nor a heading
   * @param pdfaPart 2 for PDF/A-2u, 0 for none
   */
  public static void apply(PDDocument pdf, Document note, String fallbackTitle, int pdfaPart)
      throws IOException {
    Metadata meta = note.metadata();
    PDDocumentInformation info = pdf.getDocumentInformation();
    String title = note.title().isBlank() ? fallbackTitle : note.title();
    String author = String.join(", ", meta.authors());
    String keywords = String.join(", ", meta.tags());
    Calendar created = calendar(meta.date());
    Calendar modified = calendar(meta.lastmodValue().orElse(null));
    if (created == null) {
      created = info.getCreationDate() != null ? info.getCreationDate() : Calendar.getInstance();
    }
    if (modified == null) {
      modified = created;
    }
    info.setTitle(title);
    info.setAuthor(author.isEmpty() ? null : author);
    info.setSubject(meta.description().isEmpty() ? null : meta.description());
    info.setKeywords(keywords.isEmpty() ? null : keywords);
    info.setCreator("tsuzuri");
    info.setCreationDate(created);
    info.setModificationDate(modified);

    PDDocumentCatalog catalog = pdf.getDocumentCatalog();
    if (!meta.lang().isBlank()) {
      catalog.setLanguage(meta.lang());
    }
    PDViewerPreferences prefs = catalog.getViewerPreferences();
    if (prefs == null) {
      prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
      catalog.setViewerPreferences(prefs);
    }
    prefs.setDisplayDocTitle(true);

    XMPMetadata xmp = existing(catalog);
    DublinCoreSchema dc = xmp.getDublinCoreSchema() != null ? xmp.getDublinCoreSchema()
        : xmp.createAndAddDublinCoreSchema();
    dc.setTitle(title);
    dc.setFormat("application/pdf");
    replace(dc, "creator", meta.authors());
    replace(dc, "subject", meta.tags());
    if (!meta.description().isEmpty()) {
      dc.setDescription(meta.description());
    }
    if (!meta.lang().isBlank() && (dc.getLanguages() == null || dc.getLanguages().isEmpty())) {
      dc.addLanguage(meta.lang());
    }
    AdobePDFSchema pdfSchema = xmp.getAdobePDFSchema() != null ? xmp.getAdobePDFSchema()
        : xmp.createAndAddAdobePDFSchema();
    if (info.getProducer() != null) {
      pdfSchema.setProducer(info.getProducer());
    }
    if (!keywords.isEmpty()) {
      pdfSchema.setKeywords(keywords);
    }
    XMPBasicSchema basic = xmp.getXMPBasicSchema() != null ? xmp.getXMPBasicSchema()
        : xmp.createAndAddXMPBasicSchema();
    basic.setCreateDate(created);
    basic.setModifyDate(modified);
    basic.setMetadataDate(modified);
    basic.setCreatorTool("tsuzuri");
    if (pdfaPart > 0 && xmp.getPDFAIdentificationSchema() == null) {
      PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
      id.setPart(pdfaPart);
      try {
        id.setConformance("U");
      } catch (org.apache.xmpbox.type.BadFieldValueException e) {
        throw new IOException(e);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new XmpSerializer().serialize(xmp, out, true);
    } catch (javax.xml.transform.TransformerException e) {
      throw new IOException("cannot write XMP metadata: " + e.getMessage(), e);
    }
    PDMetadata m = new PDMetadata(pdf);
    m.importXMPMetadata(out.toByteArray());
    catalog.setMetadata(m);
  }

  private static void replace(DublinCoreSchema dc, String property, List<String> values) {
    List<String> old = property.equals("creator") ? dc.getCreators() : dc.getSubjects();
    if (old != null) {
      for (String v : List.copyOf(old)) {
        if (property.equals("creator")) {
          dc.removeCreator(v);
        } else {
          dc.removeSubject(v);
        }
      }
    }
    for (String v : values) {
      if (property.equals("creator")) {
        dc.addCreator(v);
      } else {
        dc.addSubject(v);
      }
    }
  }

  private static XMPMetadata existing(PDDocumentCatalog catalog) {
    PDMetadata m = catalog.getMetadata();
    if (m != null) {
      try (InputStream in = m.exportXMPMetadata()) {
        DomXmpParser parser = new DomXmpParser();
        parser.setStrictParsing(false);
        return parser.parse(in);
      } catch (Exception e) {
        // fall through: an unreadable packet is replaced by a fresh one
      }
    }
    return XMPMetadata.createXMPMetadata();
  }

  private static Calendar calendar(OffsetDateTime t) {
    return t == null ? null : GregorianCalendar.from(t.toZonedDateTime());
  }
}
