package dev.tsuzuri.write.docx.internal;

import dev.tsuzuri.TsuzuriException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFStyles;

/**
 * A reference package prepared once per process: its parts inflated and stored uncompressed,
 * the names and ids of its styles, and the parts no document changes as POI saves them — the
 * styles (per document language), the settings, headers, footers, extended and custom
 * properties. Documents open the
 * template with empty stand-ins for those parts, because parsing and saving them again for every
 * document was a sixth of the writer's time, and {@link #restore} puts the prepared bytes into
 * the written package. A document that needs a style the template lacks loads the real styles
 * ({@link StyleMap}) and has them saved itself; a document with a table of contents opens the
 * real settings, which its field changes. Thread-safe.
 */
final class TemplatePackage {
  /** Bounds what a long-lived process with many templates keeps. */
  private static final int LIMIT = 8;
  private static final Map<ByteBuffer, TemplatePackage> PREPARED = new ConcurrentHashMap<>();

  /** Package relationship types of the properties parts left out, with their namespaces. */
  private static final String[][] PROPERTIES = {
      {PackageRelationshipTypes.EXTENDED_PROPERTIES,
          "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"},
      {PackageRelationshipTypes.CUSTOM_PROPERTIES,
          "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"}};

  private final Map<String, byte[]> parts;
  private final String stylesEntry;
  private final String settingsEntry;
  private final StyleMap.Known styles;
  private final String numberingEntry;
  private final ListNumbering.Prepared lists;
  /** Header and footer (and settings) parts as POI saves them, by zip entry. */
  private final Map<String, byte[]> constant;
  /** The package to open documents on: stand-ins for styles, settings, headers, footers. */
  private final byte[] stubbed;
  /** The same with the real settings, for documents with a table of contents. */
  private final byte[] stubbedButSettings;
  private final Map<String, byte[]> stylesByLanguage = new ConcurrentHashMap<>();

  private TemplatePackage(Map<String, byte[]> parts, String stylesEntry, String settingsEntry,
      StyleMap.Known styles, String numberingEntry, ListNumbering.Prepared lists,
      Map<String, byte[]> constant, Map<String, byte[]> stubs) {
    this.parts = parts;
    this.numberingEntry = numberingEntry;
    this.lists = lists;
    this.stylesEntry = stylesEntry;
    this.settingsEntry = settingsEntry;
    this.styles = styles;
    this.constant = constant;
    Map<String, byte[]> all = new LinkedHashMap<>(parts);
    all.putAll(stubs);
    this.stubbed = Repackager.stored(all);
    if (settingsEntry != null) {
      all.put(settingsEntry, parts.get(settingsEntry));
    }
    this.stubbedButSettings = Repackager.stored(all);
  }

  /**
   * The prepared template for these package bytes, prepared at their first use.
   *
   * @param zip the .docx (or .dotx) package, already checked by {@link ZipGuard} when a user's
   * @param name how to name it in messages
   * @param language the first document's language, whose styles are made while preparing
   * @throws TsuzuriException when POI cannot read it as a Word document
   */
  static TemplatePackage of(byte[] zip, String name, String language) {
    TemplatePackage t = PREPARED.get(ByteBuffer.wrap(zip));
    if (t == null) {
      t = prepare(zip, name, language);
      if (PREPARED.size() >= LIMIT) {
        PREPARED.clear();
      }
      PREPARED.put(ByteBuffer.wrap(zip.clone()), t);
    }
    return t;
  }

  private static TemplatePackage prepare(byte[] zip, String name, String language) {
    // opening it the ordinary way first gives a broken template the same errors as ever
    try (XWPFDocument doc = TemplateLoader.open(zip, name)) {
      Map<String, byte[]> parts = Collections.unmodifiableMap(Repackager.read(zip));
      Map<String, byte[]> stubs = new LinkedHashMap<>();
      XWPFStyles s = doc.getStyles();
      String styles = stub(s, parts, "styles", stubs);
      String settings = null;
      for (PackageRelationship r : doc.getPackagePart()
          .getRelationshipsByType(XWPFRelation.SETTINGS.getRelation())) {
        settings = stub(doc.getRelationById(r.getId()), parts, "settings", stubs);
      }
      for (var header : doc.getHeaderList()) {
        stub(header, parts, "hdr", stubs);
      }
      for (var footer : doc.getFooterList()) {
        stub(footer, parts, "ftr", stubs);
      }
      // the numbering, once tsuzuri's two list definitions are in it; lists are added as text
      String numbering = stub(doc.getNumbering(), parts, "numbering", stubs);
      ListNumbering.Prepared lists = numbering == null ? null : new ListNumbering(doc).prepared();
      // the extended and custom properties, which POI parses and saves again unchanged
      for (String[] props : PROPERTIES) {
        for (PackageRelationship r : doc.getPackage().getRelationshipsByType(props[0])) {
          String entry = r.getTargetURI().getPath().replaceFirst("^/", "");
          if (parts.containsKey(entry) && !stubs.containsKey(entry)) {
            stubs.put(entry, ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Properties xmlns=\"" + props[1] + "\"/>").getBytes(StandardCharsets.UTF_8));
          }
        }
      }
      // the same open document, saved, gives the constant parts and the first language's styles
      Map<String, byte[]> saved = styles == null ? save(doc) : styles(doc, language);
      // a part POI's save leaves out is not stood in for: nothing could be put back
      stubs.keySet().removeIf(entry -> !saved.containsKey(entry));
      if (!stubs.containsKey(styles)) {
        styles = null;
      }
      if (!stubs.containsKey(settings)) {
        settings = null;
      }
      if (numbering != null && (!stubs.containsKey(numbering)
          || !ListNumbering.insertable(saved.get(numbering)))) {
        // POI saves the real numbering with each document's lists, as before
        stubs.remove(numbering);
        numbering = null;
      }
      Map<String, byte[]> constant = new LinkedHashMap<>();
      for (String entry : stubs.keySet()) {
        if (!entry.equals(styles)) {
          constant.put(entry, saved.get(entry));
        }
      }
      TemplatePackage t = new TemplatePackage(parts, styles, settings,
          styles == null ? null : StyleMap.known(s), numbering,
          numbering == null ? null : lists, constant, stubs);
      if (styles != null) {
        t.stylesByLanguage.put(DocumentSetup.wordLanguage(language), saved.get(styles));
      }
      return t;
    } catch (IOException | InvalidFormatException e) {
      throw new TsuzuriException(name, 0, "not a usable Word (.docx) template: "
          + e.getMessage(), e);
    }
  }

  /** Notes an empty stand-in for a part, when it is one the package holds; its entry or null. */
  private static String stub(POIXMLDocumentPart part, Map<String, byte[]> parts, String root,
      Map<String, byte[]> stubs) {
    if (part == null) {
      return null;
    }
    String entry = part.getPackagePart().getPartName().getName().substring(1);
    if (!parts.containsKey(entry) || stubs.containsKey(entry)) {
      return null;
    }
    stubs.put(entry, ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:"
        + root + " xmlns:w=\"" + UsedCharacters.W + "\"/>").getBytes(StandardCharsets.UTF_8));
    return entry;
  }

  /** A fresh document on the template, body emptied, constant parts left out. */
  XWPFDocument open(String name, boolean toc) {
    return TemplateLoader.open(toc ? stubbedButSettings : stubbed, name);
  }

  /** The template's style names and ids, or null when it has no styles part to leave out. */
  StyleMap.Known styles() {
    return stylesEntry == null ? null : styles;
  }

  /**
   * The template's list definitions when documents write their lists as text into the prepared
   * numbering part ({@link ListNumbering#numberingPart}), or null when POI keeps the numbering.
   */
  ListNumbering.Prepared lists() {
    return lists;
  }

  /** The template's real styles part, for a document that has to add a style to it. */
  byte[] realStyles() {
    return parts.get(stylesEntry);
  }

  /**
   * Puts the prepared parts in place of the stand-ins a document was opened with.
   *
   * @param written the saved document's parts, by zip entry
   * @param language the note's {@code lang}
   * @param stylesLoaded whether the document loaded and saved the real styles itself
   * @param toc whether it was opened with the real settings
   * @param documentLists the document's lists, which write its numbering part when collected
   *     as text
   */
  void restore(Map<String, byte[]> written, String language, boolean stylesLoaded, boolean toc,
      ListNumbering documentLists, String name) {
    for (Map.Entry<String, byte[]> e : constant.entrySet()) {
      if (!(toc && e.getKey().equals(settingsEntry))) {
        written.put(e.getKey(), e.getValue());
      }
    }
    if (stylesEntry != null && !stylesLoaded) {
      written.put(stylesEntry, stylesFor(language, name));
    }
    if (numberingEntry != null) {
      written.put(numberingEntry, documentLists.numberingPart(constant.get(numberingEntry)));
    }
  }

  /**
   * The styles part as a document in this language writes it: made once per language by
   * opening the whole template and saving it, so the bytes are POI's own.
   */
  private byte[] stylesFor(String language, String name) {
    return stylesByLanguage.computeIfAbsent(DocumentSetup.wordLanguage(language), l -> {
      try (XWPFDocument doc = TemplateLoader.open(Repackager.stored(parts), name)) {
        return styles(doc, language).get(stylesEntry);
      } catch (IOException e) {
        throw new TsuzuriException(name, 0, "cannot save the template's styles: "
            + e.getMessage(), e);
      }
    });
  }

  private static Map<String, byte[]> styles(XWPFDocument doc, String language)
      throws IOException {
    DocumentSetup.languageAndFonts(doc.getStyles(), language);
    return save(doc);
  }

  private static Map<String, byte[]> save(XWPFDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.write(out);
    return Repackager.read(out.toByteArray());
  }
}
