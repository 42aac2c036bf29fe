package dev.tsuzuri.write.docx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;

/** The footnote ids are the ones POI's own (quadratic) {@code createFootnote()} gives. */
class NoteIdsTest {
  @Test
  void sameIdsAsPoiAfterTheTemplatesSeparators() throws Exception {
    assertEquals(poiIds(-1, 0), ours(-1, 0));
    assertEquals(List.of(BigInteger.valueOf(3), BigInteger.valueOf(4), BigInteger.valueOf(5),
        BigInteger.valueOf(6)), ours(-1, 0));
  }

  @Test
  void idsTheTemplateUsesAreSkipped() throws Exception {
    assertEquals(poiIds(-1, 0, 4, 6), ours(-1, 0, 4, 6));
    assertEquals(poiIds(), ours());
  }

  private static List<BigInteger> poiIds(long... template) throws Exception {
    try (XWPFDocument doc = document(template)) {
      List<BigInteger> ids = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        ids.add(doc.createFootnotes().createFootnote().getId());
      }
      return ids;
    }
  }

  private static List<BigInteger> ours(long... template) throws Exception {
    try (XWPFDocument doc = document(template)) {
      NoteIds ids = new NoteIds(doc);
      List<BigInteger> out = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        CTFtnEdn note = CTFtnEdn.Factory.newInstance();
        note.setType(STFtnEdn.NORMAL);
        BigInteger id = ids.next();
        note.setId(id);
        doc.createFootnotes().addFootnote(note);
        out.add(id);
      }
      return out;
    }
  }

  private static XWPFDocument document(long... template) {
    XWPFDocument doc = new XWPFDocument();
    for (long id : template) {
      CTFtnEdn note = CTFtnEdn.Factory.newInstance();
      note.setType(id < 1 ? STFtnEdn.SEPARATOR : STFtnEdn.NORMAL);
      note.setId(BigInteger.valueOf(id));
      doc.createFootnotes().addFootnote(note);
    }
    return doc;
  }
}
