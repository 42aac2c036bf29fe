package dev.tsuzuri.write.docx.internal;

import dev.tsuzuri.outline.Footnote;
import java.math.BigInteger;
import java.util.function.Supplier;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFFootnotes;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;

/** Writes a note's footnote as a real Word footnote, the first time it is referenced. */
final class Footnotes {
  private Footnotes() {}

  /** Creates the footnote and returns its id. */
  static BigInteger create(Conversion cx, Footnote note) {
    XWPFFootnotes part = cx.doc.createFootnotes();
    // not part.createFootnote(): it reads every note's id to find a free one, quadratic in the notes
    CTFtnEdn created = CTFtnEdn.Factory.newInstance();
    created.setType(STFtnEdn.NORMAL);
    BigInteger id = cx.noteIds.next();
    created.setId(id);
    XWPFFootnote fn = part.addFootnote(created);
    cx.footnotes.put(note.label(), id);
    var ct = fn.getCTFtnEdn();
    // POI may have added an empty paragraph; start from nothing
    while (ct.sizeOfPArray() > 0) {
      ct.removeP(0);
    }
    boolean[] first = {true};
    Supplier<CTP> paragraphs = () -> {
      CTP p = ct.addNewP();
      if (first[0]) {
        // the footnote's own number mark and a space open its first paragraph
        first[0] = false;
        CTR mark = p.addNewR();
        mark.addNewRPr().addNewRStyle().setVal(cx.style(StyleNames.FOOTNOTE_REFERENCE));
        mark.addNewFootnoteRef();
        InlineWriter.setText(p.addNewR().addNewT(), " ");
      }
      return p;
    };
    Target target = new Target(paragraphs, ct::addNewTbl, fn, part);
    BlockWriter writer = BlockWriter.forFootnote(cx, target);
    writer.blocks(note.blocks());
    if (first[0]) {
      writer.emptyParagraph();
    }
    return id;
  }
}
