package dev.tsuzuri.write.docx.internal;

import dev.tsuzuri.write.ooxml.XmlText;
import dev.tsuzuri.outline.Footnote;
import java.math.BigInteger;

/** Writes a note's footnote as a real Word footnote, the first time it is referenced. */
final class Footnotes {
  private Footnotes() {}

  /** Writes the footnote into the conversion's footnotes and returns its id. */
  static BigInteger create(Conversion cx, Footnote note) {
    if (cx.footnotes.isEmpty() && cx.template.saved(false).footnotesEntry() == null) {
      // POI related the part it created for the first note at this point, before later links
      cx.documentRelationships.internal("footnotes.xml", Relationships.FOOTNOTES);
    }
    BigInteger id = cx.noteIds.next();
    cx.footnotes.put(note.label(), id.longValue());
    StringBuilder out = cx.footnoteXml;
    out.append("<w:footnote w:type=\"normal\" w:id=\"").append(id).append("\">");
    Target target = new Target(out, true, false, cx.footnoteRelationships);
    // the footnote's own number mark and a space open its first paragraph
    StringBuilder mark = new StringBuilder("<w:r><w:rPr><w:rStyle w:val=\"");
    XmlText.attribute(mark, cx.style(StyleNames.FOOTNOTE_REFERENCE));
    mark.append("\"/></w:rPr><w:footnoteRef/></w:r><w:r>");
    InlineWriter.t(mark, " ").append("</w:r>");
    target.markNextParagraph(mark.toString());
    BlockWriter writer = BlockWriter.forFootnote(cx, target);
    writer.blocks(note.blocks());
    if (target.markPending()) {
      writer.emptyParagraph();
    }
    out.append("</w:footnote>");
    return id;
  }
}
