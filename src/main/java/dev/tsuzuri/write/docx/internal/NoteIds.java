package dev.tsuzuri.write.docx.internal;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Gives out footnote ids, the ones POI's {@code createFootnote()} would: one more than the number
 * of notes the document had, counting up, skipping ids the template's notes (separators) already
 * use. One per conversion.
 */
final class NoteIds {
  private final Set<Long> taken;
  private long next;

  /** Ids after the template's notes. */
  NoteIds(Set<Long> taken) {
    this.taken = taken;
    this.next = taken.size() + 1; // POI counts the new note too
  }

  /** Ids after the notes of an open document. */
  NoteIds(XWPFDocument doc) {
    this(taken(doc));
  }

  /** The ids of a document's footnotes and endnotes. */
  static Set<Long> taken(XWPFDocument doc) {
    Set<Long> taken = new HashSet<>();
    for (XWPFAbstractFootnoteEndnote n : doc.getFootnotes()) {
      taken.add(n.getId() == null ? null : n.getId().longValue());
    }
    for (XWPFAbstractFootnoteEndnote n : doc.getEndnotes()) {
      taken.add(n.getId() == null ? null : n.getId().longValue());
    }
    // a note without an id still counts, as POI counts it
    return java.util.Collections.unmodifiableSet(taken);
  }

  /** The id for the next new footnote. */
  BigInteger next() {
    while (taken.contains(next)) {
      next++;
    }
    return BigInteger.valueOf(next++);
  }
}
