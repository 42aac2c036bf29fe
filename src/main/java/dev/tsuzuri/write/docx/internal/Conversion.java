package dev.tsuzuri.write.docx.internal;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.write.LinkPolicy;
import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.outline.Footnote;
import dev.tsuzuri.outline.Section;
import dev.tsuzuri.write.Resources;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The state of one document's conversion: its styles and lists, bookmarks for headings, the
 * footnotes and pictures written so far, the relationships of the parts being written. Made per
 * conversion; never shared between threads.
 */
final class Conversion {
  final TemplatePackage template;
  final Document source;
  final StyleMap styles;
  final ListNumbering lists;
  final WarningSink warnings;
  final Resources resources;
  /** Which link targets become hyperlinks. */
  final LinkPolicy links;
  final boolean japanese;
  /** Section id → Word bookmark name. */
  final Map<String, String> bookmarks = new HashMap<>();
  /** Footnote label → Word footnote id, once written. */
  final Map<String, Long> footnotes = new HashMap<>();
  /** Ids for new footnotes. */
  final NoteIds noteIds;
  /** The {@code w:footnote} elements written, in order. */
  final StringBuilder footnoteXml = new StringBuilder();
  /** The relationships of the main part and of the footnotes part. */
  final Relationships documentRelationships;
  final Relationships footnoteRelationships;
  /** The pictures placed, as new media parts. */
  final Pictures pictures;
  /** The characters written in the code font, for its embedded subset. */
  final Set<Integer> codeCharacters = new java.util.TreeSet<>();
  /** The source's footnotes by label, made at the first reference. */
  private Map<String, Footnote> footnotesByLabel;
  private final Set<String> warnedOnce = new HashSet<>();
  private long nextBookmarkId;
  private int line;

  Conversion(TemplatePackage template, Document source, WarningSink warnings,
      Resources resources, LinkPolicy links) {
    this.links = links;
    this.template = template;
    this.source = source;
    this.warnings = warnings;
    this.resources = resources;
    this.styles = new StyleMap(template.styles(), template.realStyles(), warnings);
    this.lists = new ListNumbering(template.lists());
    this.noteIds = new NoteIds(template.noteIdsTaken());
    this.japanese = source.metadata().isJapanese();
    this.documentRelationships = new Relationships(template.documentRelationships());
    this.footnoteRelationships = new Relationships(template.footnoteRelationships());
    this.pictures = new Pictures(template.pictureParts());
    collectBookmarks(source.blocks(), new HashSet<>());
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
    return template.layout().textWidth();
  }

  /** The height of the text area, in twentieths of a point. */
  long textHeightTwips() {
    return template.layout().textHeight();
  }

  /** Notes text written in the code font. */
  void codeText(String text) {
    text.codePoints().forEach(codeCharacters::add);
  }

  /** A new bookmark id, unique in the document. */
  long bookmarkId() {
    return nextBookmarkId++;
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
