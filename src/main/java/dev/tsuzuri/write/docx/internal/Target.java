package dev.tsuzuri.write.docx.internal;

/**
 * Where blocks go: the document body, a footnote or a table cell. Per document; the footnote's
 * number mark waits here for the note's first paragraph.
 */
final class Target {
  final StringBuilder out;
  /** Whether tables can go here (not inside a table cell). */
  final boolean tables;
  /** Whether pictures can go here (only the body holds their relationships). */
  final boolean pictures;
  /** The relationships of the part being written, for hyperlinks. */
  final Relationships relationships;
  /** How wide content may be here, in twips; 0 for the text width. */
  final long widthTwips;
  private String pendingMark;

  Target(StringBuilder out, boolean tables, boolean pictures, Relationships relationships) {
    this(out, tables, pictures, relationships, 0);
  }

  private Target(StringBuilder out, boolean tables, boolean pictures,
      Relationships relationships, long widthTwips) {
    this.out = out;
    this.tables = tables;
    this.pictures = pictures;
    this.relationships = relationships;
    this.widthTwips = widthTwips;
  }

  /** The same place without tables, for the content of a table cell. */
  Target cell() {
    return new Target(out, false, pictures, relationships, widthTwips);
  }

  /** The content of a table cell this many twips wide (pictures are scaled to fit it). */
  Target cell(long width) {
    return new Target(out, false, pictures, relationships, Math.max(144, width));
  }

  /** Runs to open the next paragraph with, after its properties (a footnote's number mark). */
  void markNextParagraph(String runs) {
    pendingMark = runs;
  }

  /** Whether a mark is still waiting for a paragraph. */
  boolean markPending() {
    return pendingMark != null;
  }

  /** Writes the waiting mark, if any, into the paragraph just opened. */
  void writeMark() {
    if (pendingMark != null) {
      out.append(pendingMark);
      pendingMark = null;
    }
  }
}
