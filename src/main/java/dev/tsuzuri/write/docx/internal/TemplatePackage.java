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
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyles;

/**
 * A reference package prepared once per process: its parts inflated and stored uncompressed,
 * the names and ids of its styles, and its styles part as each document language leaves it.
 * Documents then open the template with an empty stand-in for the styles part — parsing and saving the
 * styles again for every document was a tenth of the writer's time — and the prepared styles
 * go into the written package. A document that needs a style the template lacks loads the real
 * styles ({@link StyleMap#realStyles}) and has them saved with the rest. Thread-safe.
 */
final class TemplatePackage {
  /** Bounds what a long-lived process with many templates keeps. */
  private static final int LIMIT = 8;
  private static final Map<ByteBuffer, TemplatePackage> PREPARED = new ConcurrentHashMap<>();
  private static final byte[] EMPTY_STYLES = ("<?xml version=\"1.0\" encoding=\"UTF-8\" "
      + "standalone=\"yes\"?>\n<w:styles xmlns:w=\"" + UsedCharacters.W + "\"/>")
      .getBytes(StandardCharsets.UTF_8);

  private final Map<String, byte[]> parts;
  /** The package to open documents on: the styles stood in for, every entry stored. */
  private final byte[] stubbed;
  private final String stylesEntry;
  private final StyleMap.Known styles;
  private final Map<String, byte[]> stylesByLanguage = new ConcurrentHashMap<>();

  private TemplatePackage(Map<String, byte[]> parts, String stylesEntry, StyleMap.Known styles) {
    this.parts = parts;
    this.stylesEntry = stylesEntry;
    this.styles = styles;
    Map<String, byte[]> s = new LinkedHashMap<>(parts);
    if (stylesEntry != null) {
      s.put(stylesEntry, EMPTY_STYLES);
    }
    this.stubbed = Repackager.stored(s);
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
      XWPFStyles s = doc.getStyles();
      String entry = s == null ? null
          : s.getPackagePart().getPartName().getName().substring(1);
      if (entry == null || !parts.containsKey(entry)) {
        return new TemplatePackage(parts, null, null);
      }
      TemplatePackage t = new TemplatePackage(parts, entry, StyleMap.known(s));
      // the same open document gives the first language's styles, saving a cold second parse
      t.stylesByLanguage.put(DocumentSetup.wordLanguage(language), styles(doc, language, entry));
      return t;
    } catch (IOException e) {
      throw new TsuzuriException(name, 0, "not a usable Word (.docx) template: "
          + e.getMessage(), e);
    }
  }

  private static byte[] styles(XWPFDocument doc, String language, String entry)
      throws IOException {
    DocumentSetup.languageAndFonts(doc.getStyles(), language);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.write(out);
    return Repackager.read(out.toByteArray()).get(entry);
  }

  /** A fresh document on the template, body emptied, styles left out when they can be. */
  XWPFDocument open(String name) {
    return TemplateLoader.open(stubbed, name);
  }

  /** The template's style names and ids, or null when it has no styles part to leave out. */
  StyleMap.Known styles() {
    return stylesEntry == null ? null : styles;
  }

  /** The zip entry of the styles part that {@link #stylesFor} replaces. */
  String stylesEntry() {
    return stylesEntry;
  }

  /** The template's real styles part, for a document that has to add a style to it. */
  byte[] realStyles() {
    return parts.get(stylesEntry);
  }

  /**
   * The styles part as a document in this language writes it: made once per language by
   * opening the whole template and saving it, so the bytes are POI's own.
   *
   * @param language the note's {@code lang} as the front matter gives it
   */
  byte[] stylesFor(String language, String name) {
    return stylesByLanguage.computeIfAbsent(DocumentSetup.wordLanguage(language), l -> {
      try (XWPFDocument doc = TemplateLoader.open(Repackager.stored(parts), name)) {
        return styles(doc, language, stylesEntry);
      } catch (IOException e) {
        throw new TsuzuriException(name, 0, "cannot save the template's styles: "
            + e.getMessage(), e);
      }
    });
  }
}
