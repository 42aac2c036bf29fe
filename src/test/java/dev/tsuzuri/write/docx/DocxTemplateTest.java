package dev.tsuzuri.write.docx;

import dev.tsuzuri.write.docx.internal.DocxReference;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.diag.TsuzuriException;
import dev.tsuzuri.diag.WarningSink;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxTemplateTest {

  /**
   * A reference document as a Japanese Word saves it: heading styles under the ids "1", "2" …,
   * Normal under "a", headings in red, a header, and no "Link Card" style at all.
   */
  static Path localizedTemplate(Path dir) throws Exception {
    Path file = dir.resolve("会社テンプレート.docx");
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DocxReference.bytes()))) {
      var styles = doc.getStyles().getCtStyles();
      Map<String, String> renamed = new HashMap<>();
      for (var s : styles.getStyleList()) {
        String name = s.getName().getVal();
        if (name.startsWith("heading ")) {
          renamed.put(s.getStyleId(), name.substring("heading ".length()));
        } else if (name.equals("Normal")) {
          renamed.put(s.getStyleId(), "a");
        }
      }
      for (int i = styles.sizeOfStyleArray() - 1; i >= 0; i--) {
        var s = styles.getStyleArray(i);
        if (s.getName().getVal().equals("Link Card")) {
          styles.removeStyle(i);
          continue;
        }
        if (renamed.containsKey(s.getStyleId())) {
          s.setStyleId(renamed.get(s.getStyleId()));
        }
        if (s.isSetBasedOn() && renamed.containsKey(s.getBasedOn().getVal())) {
          s.getBasedOn().setVal(renamed.get(s.getBasedOn().getVal()));
        }
        if (s.isSetNext() && renamed.containsKey(s.getNext().getVal())) {
          s.getNext().setVal(renamed.get(s.getNext().getVal()));
        }
        if (s.getName().getVal().startsWith("heading ")) {
          var rpr = s.getRPr();
          rpr.getColorArray(0).setVal("C00000");
        }
      }
      doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("社外秘");
      try (OutputStream out = Files.newOutputStream(file)) {
        doc.write(out);
      }
    }
    return file;
  }

  @Test
  void localizedTemplateRestylesTheOutput(@TempDir Path dir) throws Exception {
    Path template = localizedTemplate(dir);
    WarningSink warnings = WarningSink.collecting("t");
    byte[] docx = Fixtures.write(Fixtures.seminar(), DocxOptions.builder().template(template).build(),
        warnings);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      XWPFParagraph h1 = find(doc, "このドキュメントについて");
      XWPFParagraph h3 = find(doc, "設計");
      assertEquals("1", h1.getStyleID());
      assertEquals("3", h3.getStyleID());
      XWPFStyle style = doc.getStyles().getStyle("1");
      assertEquals("heading 1", style.getName());
      assertEquals("C00000", style.getCTStyle().getRPr().getColorArray(0).xgetVal().getStringValue());
      // the template's header survives, its sample text does not
      assertEquals("社外秘", doc.getHeaderList().get(0).getText().strip());
      assertTrue(doc.getParagraphs().stream()
          .noneMatch(p -> p.getText().contains("Only the styles")));
      // a style the template lacks is added from tsuzuri's, with a warning
      XWPFParagraph card = find(doc, "JAWS DAYS 2018\nhttps://jawsdays2018.jaws-ug.jp/");
      assertEquals("Link Card", doc.getStyles().getStyle(card.getStyleID()).getName());
      assertTrue(warnings.warnings().stream()
          .anyMatch(w -> w.message().contains("Link Card")), warnings.warnings().toString());
    }
  }

  static XWPFParagraph find(XWPFDocument doc, String text) {
    return doc.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no paragraph " + text));
  }

  @Test
  void missingTemplateIsAClearError(@TempDir Path dir) {
    Path template = dir.resolve("nope.docx");
    TsuzuriException e = assertThrows(TsuzuriException.class, () -> Fixtures.write(
        Fixtures.seminar(), DocxOptions.builder().template(template).build(), WarningSink.collecting("t")));
    assertTrue(e.describe().contains("nope.docx"), e.describe());
  }

  @Test
  void corruptTemplateIsAClearError(@TempDir Path dir) throws Exception {
    Path garbage = dir.resolve("broken.docx");
    Files.write(garbage, "this is not a zip file at all".getBytes(StandardCharsets.UTF_8));
    TsuzuriException e = assertThrows(TsuzuriException.class, () -> Fixtures.write(
        Fixtures.seminar(), DocxOptions.builder().template(garbage).build(), WarningSink.collecting("t")));
    assertTrue(e.describe().contains("broken.docx"), e.describe());

    Path notWord = dir.resolve("other.docx");
    Files.write(notWord, zip(Map.of("hello.txt", "hi".getBytes(StandardCharsets.UTF_8))));
    e = assertThrows(TsuzuriException.class, () -> Fixtures.write(Fixtures.seminar(),
        DocxOptions.builder().template(notWord).build(), WarningSink.collecting("t")));
    assertTrue(e.describe().contains("other.docx"), e.describe());
  }

  @Test
  void zipBombTemplateIsRefused(@TempDir Path dir) throws Exception {
    Path bomb = dir.resolve("bomb.docx");
    Map<String, byte[]> parts = new java.util.LinkedHashMap<>(referenceParts());
    parts.put("word/media/zeros.bin", new byte[40 * 1024 * 1024]);
    Files.write(bomb, zip(parts));
    assertTrue(Files.size(bomb) < 1024 * 1024);
    TsuzuriException e = assertThrows(TsuzuriException.class, () -> Fixtures.write(
        Fixtures.seminar(), DocxOptions.builder().template(bomb).build(), WarningSink.collecting("t")));
    assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
  }

  @Test
  void templateWithExternalEntityDoesNotLeakFiles(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-PASSWORD");
    Map<String, byte[]> parts = new java.util.LinkedHashMap<>(referenceParts());
    String styles = new String(parts.get("word/styles.xml"), StandardCharsets.UTF_8);
    styles = styles.replace("<w:styles ", "<!DOCTYPE w:styles [<!ENTITY xxe SYSTEM \""
        + secret.toUri() + "\">]>\n<w:styles ")
        .replace("<w:name w:val=\"Title\"/>", "<w:name w:val=\"Title\"/><w:aliases w:val=\"&xxe;\"/>");
    parts.put("word/styles.xml", styles.getBytes(StandardCharsets.UTF_8));
    String fonts = new String(parts.get("word/fontTable.xml"), StandardCharsets.UTF_8);
    parts.put("word/fontTable.xml", fonts.replace("<w:fonts ", "<!DOCTYPE w:fonts [<!ENTITY xxe"
        + " SYSTEM \"" + secret.toUri() + "\">]>\n<w:fonts ").replace("BIZ UDPゴシック", "&xxe;")
        .getBytes(StandardCharsets.UTF_8));
    Path template = dir.resolve("xxe.docx");
    Files.write(template, zip(parts));
    byte[] out;
    try {
      out = Fixtures.write(Fixtures.seminar(), DocxOptions.builder().template(template).build(),
          WarningSink.collecting("t"));
    } catch (TsuzuriException refused) {
      assertTrue(refused.describe().contains("xxe.docx"), refused.describe());
      return;
    }
    for (byte[] part : DocxFontEmbeddingTest.unzip(out).values()) {
      assertFalse(new String(part, StandardCharsets.ISO_8859_1).contains("TOP-SECRET"));
    }
  }

  @Test
  void exportedReferenceIsAWordDocumentWithEveryStyle() throws Exception {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DocxReference.bytes()))) {
      for (String name : List.of("Normal", "Title", "heading 1", "heading 6", "List Paragraph",
          "Source Code", "Verbatim Char", "Hyperlink", "footnote text", "Link Card", "Table")) {
        assertNotNull(doc.getStyles().getStyleWithName(name), name);
      }
      assertEquals(2, doc.getNumbering().getAbstractNums().size());
    }
  }

  static Map<String, byte[]> referenceParts() throws Exception {
    return DocxFontEmbeddingTest.unzip(DocxReference.bytes());
  }

  static byte[] zip(Map<String, byte[]> parts) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (var e : parts.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  void bareTemplateGetsTsuzurisStylesListsAndFonts(@TempDir Path dir) throws Exception {
    Path bare = dir.resolve("bare.docx");
    try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(bare)) {
      doc.createParagraph().createRun().setText("placeholder");
      doc.write(out);
    }
    WarningSink warnings = WarningSink.collecting("t");
    byte[] docx = Fixtures.write(Fixtures.seminar(), DocxOptions.builder().template(bare).build(),
        warnings);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      assertEquals("heading 1",
          doc.getStyles().getStyle(find(doc, "このドキュメントについて").getStyleID()).getName());
      XWPFParagraph item = find(doc, "五段目の項目");
      assertEquals(java.math.BigInteger.valueOf(4), item.getNumIlvl());
      assertTrue(doc.getParagraphs().stream().noneMatch(p -> p.getText().equals("placeholder")));
    }
    Map<String, byte[]> parts = DocxFontEmbeddingTest.unzip(docx);
    assertTrue(parts.keySet().stream().anyMatch(n -> n.endsWith(".odttf")), parts.keySet()
        .toString());
    assertTrue(warnings.warnings().stream().anyMatch(w -> w.message().contains("heading 1")));
  }

  @Test
  void brokenFontTableMeansNoEmbeddingAndAWarningNotAFailure(@TempDir Path dir) throws Exception {
    Map<String, byte[]> parts = new java.util.LinkedHashMap<>(referenceParts());
    parts.put("word/fontTable.xml", "<w:fonts this is not xml".getBytes(StandardCharsets.UTF_8));
    Path template = dir.resolve("fonts.docx");
    Files.write(template, zip(parts));
    WarningSink warnings = WarningSink.collecting("t");
    byte[] docx = Fixtures.write(Fixtures.seminar(), DocxOptions.builder().template(template).build(),
        warnings);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      find(doc, "このドキュメントについて");
    }
    assertTrue(DocxFontEmbeddingTest.unzip(docx).keySet().stream()
        .noneMatch(n -> n.endsWith(".odttf")));
    assertTrue(warnings.warnings().stream()
        .anyMatch(w -> w.message().startsWith("fonts not embedded")), warnings.warnings()
        .toString());
  }
}
