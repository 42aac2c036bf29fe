package dev.tsuzuri.write.docx.internal;

import dev.tsuzuri.WarningSink;
import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.outline.Footnote;
import dev.tsuzuri.outline.Section;
import dev.tsuzuri.write.Resources;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;

/**
 * The state of one document's conversion: the POI document, its styles and lists, bookmarks for
 * headings, footnotes written so far. Made per conversion; never shared between threads.
 */
final class Conversion {
  final XWPFDocument doc;
  final Document source;
  final StyleMap styles;
  final ListNumbering lists;
  final WarningSink warnings;
  final Resources resources;
  final boolean japanese;
  /** Section id → Word bookmark name. */
  final Map<String, String> bookmarks = new HashMap<>();
  /** Footnote label → Word footnote id, once written. */
  final Map<String, BigInteger> footnotes = new HashMap<>();
  /** Ids for new footnotes. */
  final NoteIds noteIds;
  /** The source's footnotes by label, made at the first reference. */
  private Map<String, Footnote> footnotesByLabel;
  /** The characters written in the code font, for its embedded subset. */
  final Set<Integer> codeCharacters = new java.util.TreeSet<>();
  private final Map<String, String> relationships = new HashMap<>();
  private final Set<String> warnedOnce = new HashSet<>();
  private final long textWidth;
  private final long textHeight;
  private long nextBookmarkId;
  private int nextPicture = 1;
  private int line;

  Conversion(XWPFDocument doc, TemplatePackage template, Document source, WarningSink warnings,
      Resources resources) {
    this.doc = doc;
    this.source = source;
    this.warnings = warnings;
    this.resources = resources;
    this.styles = template.styles() == null ? new StyleMap(doc, warnings)
        : new StyleMap(doc, template.styles(), template.realStyles(), warnings);
    this.lists = template.lists() == null ? new ListNumbering(doc)
        : new ListNumbering(template.lists());
    this.noteIds = new NoteIds(doc);
    this.japanese = source.metadata().isJapanese();
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
    this.textWidth = Math.max(1440, pageW - left - right);
    this.textHeight = Math.max(1440, pageH - top - bottom);
    Set<String> taken = new HashSet<>();
    collectBookmarks(source.blocks(), taken);
  }

  /** Notes the source line of the block being written, for warnings about its inlines. */
  void atLine(int blockLine) {
    line = blockLine;
  }

  /** The source line of the block being written (0 when unknown). */
  int line() {
    return line;
  }

  /**
   * The source's footnote with this label. A map, not {@link Document#footnote}'s search, which
   * for each of thousands of references would go through all the footnotes again.
   */
  Optional<Footnote> sourceFootnote(String label) {
    if (footnotesByLabel == null) {
      footnotesByLabel = new HashMap<>();
      for (Footnote f : source.footnotes()) {
        footnotesByLabel.putIfAbsent(f.label(), f);
      }
    }
    return Optional.ofNullable(footnotesByLabel.get(label));
  }

  /** The id of the style with this name. */
  String style(String name) {
    return styles.id(name);
  }

  /** The width of the text area, in twentieths of a point. */
  long textWidthTwips() {
    return textWidth;
  }

  /** The height of the text area, in twentieths of a point. */
  long textHeightTwips() {
    return textHeight;
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

  /** Notes text written in the code font. */
  void codeText(String text) {
    text.codePoints().forEach(codeCharacters::add);
  }

  /** A new bookmark id, unique in the document. */
  BigInteger bookmarkId() {
    return BigInteger.valueOf(nextBookmarkId++);
  }

  /** A number for a picture's name. */
  int pictureNumber() {
    return nextPicture++;
  }

  /** The relationship id of an external hyperlink from a part, made once per part and URL. */
  String hyperlink(POIXMLDocumentPart part, String url) {
    String key = part.getPackagePart().getPartName().getName() + "\u0000" + url;
    return relationships.computeIfAbsent(key, k -> part.getPackagePart()
        .addExternalRelationship(url, XWPFRelation.HYPERLINK.getRelation()).getId());
  }

  /** Warns once per kind of problem (the message doubles as the key). */
  void warnOnce(int line, String message) {
    if (warnedOnce.add(message)) {
      warnings.warn(line, message);
    }
  }

  private void collectBookmarks(List<Block> blocks, Set<String> taken) {
    for (Block b : blocks) {
      if (b instanceof Section s) {
        bookmarks.put(s.id(), bookmarkName(s.id(), taken));
        collectBookmarks(s.blocks(), taken);
      }
    }
  }

  /** Word bookmark names: a letter first, then letters, digits and '_', at most 40 long. */
  private static String bookmarkName(String id, Set<String> taken) {
    StringBuilder b = new StringBuilder("h_");
    id.codePoints().limit(34)
        .forEach(cp -> b.appendCodePoint(Character.isLetterOrDigit(cp) ? cp : '_'));
    String base = b.toString();
    String name = base;
    for (int n = 2; !taken.add(name); n++) {
      name = base + "_" + n;
    }
    return name;
  }
}
