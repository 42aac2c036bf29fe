package dev.tsuzuri.write.docx.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** Lists collected as text give the numbering part POI itself saves for the same lists. */
class ListNumberingTest {
  @Test
  void textListsMatchPoisOwnNumbering() throws Exception {
    byte[] template = ReferenceDocx.bytes();
    // POI's way: definitions added, then a w:num per list, then saved
    byte[] poi;
    List<BigInteger> poiIds = new ArrayList<>();
    ListNumbering.Prepared prepared;
    byte[] preparedPart;
    try (XWPFDocument doc = TemplateLoader.open(template, "t")) {
      ListNumbering lists = new ListNumbering(doc);
      prepared = lists.prepared();
      preparedPart = numbering(doc);
      add(lists, poiIds);
      poi = numbering(doc);
    }
    assertTrue(ListNumbering.insertable(preparedPart));
    List<BigInteger> textIds = new ArrayList<>();
    ListNumbering text = new ListNumbering(prepared);
    add(text, textIds);
    assertEquals(poiIds, textIds);
    assertArrayEquals(poi, text.numberingPart(preparedPart),
        new String(text.numberingPart(preparedPart), StandardCharsets.UTF_8));
  }

  @Test
  void partsTextCannotBeAddedToAreRefused() {
    String w = UsedCharacters.W;
    assertFalse(ListNumbering.insertable(("<n:numbering xmlns:n=\"" + w + "\"></n:numbering>")
        .getBytes(StandardCharsets.UTF_8)));
    assertFalse(ListNumbering.insertable(("<w:numbering xmlns:w=\"" + w + "\"/>")
        .getBytes(StandardCharsets.UTF_8)));
    assertFalse(ListNumbering.insertable(("<w:numbering xmlns:w=\"" + w + "\"><w:num w:numId=\"1\">"
        + "<w:abstractNumId w:val=\"0\"/></w:num><w:numIdMacAtCleanup w:val=\"1\"/>"
        + "</w:numbering>").getBytes(StandardCharsets.UTF_8)));
    assertTrue(ListNumbering.insertable(("<w:numbering xmlns:w=\"" + w + "\">\n</w:numbering>")
        .getBytes(StandardCharsets.UTF_8)));
  }

  private static void add(ListNumbering lists, List<BigInteger> ids) {
    ids.add(BigInteger.valueOf(lists.newList(false, 1, 0)));
    ids.add(BigInteger.valueOf(lists.newList(true, 1, 0)));
    ids.add(BigInteger.valueOf(lists.newList(true, 7, 3)));
    ids.add(BigInteger.valueOf(lists.newList(false, 1, 8)));
    ids.add(BigInteger.valueOf(lists.newList(true, 0, 1)));
  }

  private static byte[] numbering(XWPFDocument doc) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.write(out);
    return Repackager.read(out.toByteArray()).get("word/numbering.xml");
  }
}
