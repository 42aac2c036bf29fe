package dev.tsuzuri.write.docx.internal;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Gives out footnote ids, the ones POI's {@code createFootnote()} would: one more than the number
 * of notes the document had, counting up, skipping ids the template's notes (separators) already
 * use. POI reads every note's id again for each new note, which is quadratic in their number:
 * 10,000 footnotes took most of a 13 s conversion. One per conversion.
 */
final class NoteIds {
  private final XWPFDocument doc;
  private Set<BigInteger> taken;
  private long next;

  NoteIds(XWPFDocument doc) {
    this.doc = doc;
  }

  /** The id for the next new footnote. */
  BigInteger next() {
    if (taken == null) {
      taken = new HashSet<>();
      for (XWPFAbstractFootnoteEndnote n : doc.getFootnotes()) {
        taken.add(n.getId());
      }
      for (XWPFAbstractFootnoteEndnote n : doc.getEndnotes()) {
        taken.add(n.getId());
      }
      next = taken.size() + 1; // POI counts the new note too
    }
    while (taken.contains(BigInteger.valueOf(next))) {
      next++;
    }
    return BigInteger.valueOf(next++);
  }
}
