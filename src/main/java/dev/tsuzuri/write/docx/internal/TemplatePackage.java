package dev.tsuzuri.write.docx.internal;

import dev.tsuzuri.diag.TsuzuriException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * A reference package prepared once per process, so that documents are written as text on it
 * without POI: the template opened by POI, its body emptied, tsuzuri's list definitions added to
 * its numbering, and saved — every part as POI saves it, the main part's body then filled by each
 * document ({@link DocumentParts}) — with what documents need to know of it: style names and ids,
 * list ids, page layout, footnote ids, pictures. Thread-safe.
 *
 * <p>The bundled reference document is prepared at build time instead ({@link TemplateSnapshot}):
 * {@link #bundled} restores it without POI, which keeps POI off a one-note run's start.
 */
final class TemplatePackage {
  /** Bounds what a long-lived process with many templates keeps. */
  private static final int LIMIT = 8;
  private static final Map<ByteBuffer, TemplatePackage> PREPARED = new ConcurrentHashMap<>();
  /** How messages name the bundled reference document. */
  static final String BUNDLED_NAME = "tsuzuri reference.docx";
  private static volatile TemplatePackage bundled;

  /**
   * The text area of the template's page.
   *
   * @param textWidth page width less the side margins, in twips
   * @param textHeight page height less the top and bottom margins, in twips
   */
  record Layout(long textWidth, long textHeight) {}

  private final Supplier<byte[]> original;
  private final String name;
  private final PreparedParts saved;
  private final PreparedParts savedForToc;
  private final StyleMap.Known styles;
  private final ListNumbering.Prepared lists;
  private final Layout layout;
  private final Set<Long> noteIdsTaken;
  private final Set<String> pictureParts;
  private final CoreXml.Kept core;
  private final Map<String, byte[]> stylesByLanguage = new ConcurrentHashMap<>();

  /**
   * A prepared template from what preparing it found.
   *
   * @param original the package's bytes, needed only to make the styles of another language
   */
  TemplatePackage(Supplier<byte[]> original, String name, PreparedParts saved,
      PreparedParts savedForToc, StyleMap.Known styles, ListNumbering.Prepared lists,
      Layout layout, Set<Long> noteIdsTaken, CoreXml.Kept core) {
    this.original = original;
    this.name = name;
    this.saved = saved;
    this.savedForToc = savedForToc;
    this.styles = styles;
    this.lists = lists;
    this.layout = layout;
    this.noteIdsTaken = noteIdsTaken;
    this.core = core;
    Set<String> pictures = new TreeSet<>();
    for (String entry : saved.parts().keySet()) {
      if (entry.startsWith("word/media/")) {
        pictures.add(entry);
      }
    }
    this.pictureParts = Collections.unmodifiableSet(pictures);
  }

  /**
   * The bundled reference document prepared: restored from the build's snapshot, or prepared by
   * POI like a user's template when the snapshot is missing or was made from other parts.
   *
   * @param language the first document's language, used only when POI prepares it
   */
  static TemplatePackage bundled(String language) {
    TemplatePackage t = bundled;
    if (t == null) {
      synchronized (TemplatePackage.class) {
        if (bundled == null) {
          TemplatePackage restored = TemplateSnapshot.restoreBundled();
          bundled = restored != null ? restored
              : of(ReferenceDocx.bytes(), BUNDLED_NAME, language);
        }
        t = bundled;
      }
    }
    return t;
  }

  /**
   * The prepared template for these package bytes, prepared at their first use.
   *
   * @param zip the .docx (or .dotx) package, already checked by {@link
   *     dev.tsuzuri.write.ooxml.ZipGuard} when a user's
   * @param name how to name it in messages
   * @param language the first document's language, whose styles are made while preparing
   * @throws TsuzuriException when POI cannot read it as a Word document
   */
  static TemplatePackage of(byte[] zip, String name, String language) {
    TemplatePackage t = PREPARED.get(ByteBuffer.wrap(zip));
    if (t != null) {
      return t;
    }
    if (PREPARED.size() >= LIMIT) {
      PREPARED.clear();
    }
    byte[] copy = zip.clone();
    // one thread prepares a template; the others asking for it wait instead of repeating it
    return PREPARED.computeIfAbsent(ByteBuffer.wrap(copy), k -> prepareUncached(copy, name, language));
  }

  /** Whether these package bytes are prepared already. */
  static boolean isPrepared(byte[] zip) {
    return PREPARED.containsKey(ByteBuffer.wrap(zip));
  }

  /** Prepares a template by POI, outside the per-process cache (the build's snapshot uses it). */
  static TemplatePackage prepareUncached(byte[] zip, String name, String language) {
    try (XWPFDocument doc = TemplateLoader.open(zip, name);
        XWPFDocument tocDoc = TemplateLoader.open(zip, name)) {
      boolean hadStyles = doc.getStyles() != null;
      StyleMap.Known known = hadStyles ? StyleMap.known(doc.getStyles())
          : new StyleMap.Known(Map.of(), Set.of());
      // a template without styles or numbering gets them in the order documents made them
      ensureStyles(doc);
      ensureStyles(tocDoc);
      ListNumbering.Prepared lists = new ListNumbering(doc).prepared();
      Layout layout = layout(doc);
      Set<Long> noteIds = NoteIds.taken(doc);
      CoreXml.Kept core = CoreXml.kept(doc);
      PreparedParts saved = PreparedParts.of(
          saveWithLanguage(doc, hadStyles ? language : null), name);
      // the same with the settings a table of contents changes
      new ListNumbering(tocDoc);
      tocDoc.enforceUpdateFields();
      PreparedParts savedForToc = PreparedParts.of(
          saveWithLanguage(tocDoc, hadStyles ? language : null), name);
      TemplatePackage t = new TemplatePackage(() -> zip, name, saved, savedForToc,
          hadStyles ? known : new StyleMap.Known(Map.of(), Set.of()), lists, layout, noteIds,
          core);
      if (hadStyles && saved.stylesEntry() != null) {
        t.stylesByLanguage.put(DocumentSetup.wordLanguage(language),
            saved.parts().get(saved.stylesEntry()));
      }
      return t;
    } catch (IOException e) {
      throw new TsuzuriException(name, 0, "not a usable Word (.docx) template: "
          + e.getMessage(), e);
    }
  }

  private static void ensureStyles(XWPFDocument doc) {
    if (doc.getStyles() == null) {
      doc.createStyles();
    }
  }

  /**
   * Saves the document, its styles' defaults set for the language unless null (the bare styles
   * part a template without one is given, which documents adding styles start from).
   */
  private static Map<String, byte[]> saveWithLanguage(XWPFDocument doc, String language)
      throws IOException {
    ensureStyles(doc);
    if (language != null) {
      DocumentSetup.languageAndFonts(doc.getStyles().getCtStyles(), language);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.write(out);
    return Repackager.read(out.toByteArray());
  }

  private static Layout layout(XWPFDocument doc) {
    var sect = doc.getDocument().getBody().getSectPr();
    long pageW = 11906;
    long pageH = 16838;
    long left = 1418;
    long right = 1418;
    long top = 1418;
    long bottom = 1418;
    if (sect != null && sect.isSetPgSz()) {
      pageW = twips(sect.getPgSz().getW(), pageW);
      pageH = twips(sect.getPgSz().getH(), pageH);
    }
    if (sect != null && sect.isSetPgMar()) {
      left = twips(sect.getPgMar().getLeft(), left);
      right = twips(sect.getPgMar().getRight(), right);
      top = Math.abs(twips(sect.getPgMar().getTop(), top));
      bottom = Math.abs(twips(sect.getPgMar().getBottom(), bottom));
    }
    return new Layout(Math.max(1440, pageW - left - right), Math.max(1440, pageH - top - bottom));
  }

  private static long twips(Object value, long fallback) {
    if (value == null) {
      return fallback;
    }
    try {
      return Long.parseLong(value.toString().trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** The saved parts documents start from, with or without a table of contents. */
  PreparedParts saved(boolean toc) {
    return toc ? savedForToc : saved;
  }

  /** The template's style names and ids. */
  StyleMap.Known styles() {
    return styles;
  }

  /** The template's styles part as saved, for a document that has to add a style to it. */
  byte[] realStyles() {
    return saved.stylesEntry() == null ? null : saved.parts().get(saved.stylesEntry());
  }

  /** The ids of the list definitions and the first free {@code w:numId}. */
  ListNumbering.Prepared lists() {
    return lists;
  }

  /** The text area of the page. */
  Layout layout() {
    return layout;
  }

  /** The ids of the template's footnotes and endnotes. */
  Set<Long> noteIdsTaken() {
    return noteIdsTaken;
  }

  /** The zip entries of the template's pictures. */
  Set<String> pictureParts() {
    return pictureParts;
  }

  /** The styles parts made so far, by Word language (a snapshot keeps them). */
  Map<String, byte[]> stylesByLanguage() {
    return Collections.unmodifiableMap(stylesByLanguage);
  }

  /** Keeps a styles part made ahead, as {@link #stylesFor} would have made it. */
  void keepStyles(String wordLanguage, byte[] part) {
    stylesByLanguage.put(wordLanguage, part);
  }

  /** How messages name the template. */
  String name() {
    return name;
  }

  /** The core properties a document keeps from the template. */
  CoreXml.Kept core() {
    return core;
  }

  /** The main part's relationships as saved. */
  byte[] documentRelationships() {
    return saved.parts().get(saved.documentRelationshipsEntry());
  }

  /** The footnotes part's relationships as saved, or null. */
  byte[] footnoteRelationships() {
    String entry = saved.footnotesEntry();
    return entry == null ? null : saved.parts().get(PreparedParts.relationshipsOf(entry));
  }

  /**
   * The styles part as a document in this language writes it: made once per language by
   * opening the whole template and saving it, so the bytes are POI's own.
   */
  byte[] stylesFor(String language) {
    return stylesByLanguage.computeIfAbsent(DocumentSetup.wordLanguage(language), l -> {
      try (XWPFDocument doc = TemplateLoader.open(original.get(), name)) {
        new ListNumbering(doc);
        return saveWithLanguage(doc, language).get(saved.stylesEntry());
      } catch (IOException e) {
        throw new TsuzuriException(name, 0, "cannot save the template's styles: "
            + e.getMessage(), e);
      }
    });
  }
}
