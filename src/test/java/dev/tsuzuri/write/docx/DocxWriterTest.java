package dev.tsuzuri.write.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.diag.WarningSink;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

class DocxWriterTest {

  static XWPFDocument open(byte[] docx) throws Exception {
    return new XWPFDocument(new ByteArrayInputStream(docx));
  }

  static String styleName(XWPFDocument doc, XWPFParagraph p) {
    String id = p.getStyleID();
    return id == null ? "Normal" : doc.getStyles().getStyle(id).getName();
  }

  @Test
  void headingsUseHeadingStylesAndTitleUsesTitle() throws Exception {
    byte[] docx = Fixtures.write(Fixtures.seminar(), DocxOptions.defaults(),
        WarningSink.collecting("t"));
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target/seminar.docx"), docx);
    try (XWPFDocument doc = open(docx)) {
      List<String> headings = new ArrayList<>();
      for (XWPFParagraph p : doc.getParagraphs()) {
        String name = styleName(doc, p);
        if (name.startsWith("heading")) {
          headings.add(name + ":" + p.getText());
        }
      }
      assertEquals(List.of("heading 1:このドキュメントについて", "heading 2:セッション1", "heading 3:設計"),
          headings);
      XWPFParagraph first = doc.getParagraphs().get(0);
      assertEquals("Title", styleName(doc, first));
      assertEquals("[勉強会メモ] JAWS DAYS 2018", first.getText());
    }
  }

  @Test
  void nestedListsAreNumberedParagraphsWithOneLevelPerDepth() throws Exception {
    byte[] docx = Fixtures.write(Fixtures.seminar(), DocxOptions.defaults(),
        WarningSink.collecting("t"));
    try (XWPFDocument doc = open(docx)) {
      List<String> items = new ArrayList<>();
      for (XWPFParagraph p : doc.getParagraphs()) {
        if (p.getNumID() != null) {
          items.add(p.getNumIlvl() + ":" + p.getText());
        }
      }
      assertEquals(List.of("0:3/10に開催された勉強会のメモ", "0:サーバーレスってなんだっけ", "1:サーバーの管理が不要",
          "1:FaaSとBaaS", "2:FaaS: 関数", "3:イベント駆動", "4:五段目の項目", "4:五段目その二", "0:信頼性とは？",
          "1:可用性", "1:保守性", "0:設計の考え方", "0:一つ目", "0:二つ目"), items);
      // the ordered list starting at 3 restarts through its own num with a start override
      XWPFParagraph kayou = doc.getParagraphs().stream()
          .filter(p -> p.getText().equals("可用性")).findFirst().orElseThrow();
      var num = doc.getNumbering().getNum(kayou.getNumID()).getCTNum();
      assertEquals(BigInteger.valueOf(3), num.getLvlOverrideArray(0).getStartOverride().getVal());
      var abs = doc.getNumbering().getAbstractNum(num.getAbstractNumId().getVal());
      assertEquals(9, abs.getCTAbstractNum().sizeOfLvlArray());
      assertEquals("decimal", abs.getCTAbstractNum().getLvlArray(1).getNumFmt().getVal().toString());
      assertEquals("bullet", doc.getNumbering().getAbstractNum(
          doc.getNumbering().getNum(doc.getParagraphs().stream()
              .filter(p -> p.getText().equals("五段目の項目")).findFirst().orElseThrow().getNumID())
              .getCTNum().getAbstractNumId().getVal())
          .getCTAbstractNum().getLvlArray(4).getNumFmt().getVal().toString());
    }
  }

  @Test
  void defaultsCarryEastAsianFontAndJapaneseLanguage() throws Exception {
    byte[] docx = Fixtures.write(Fixtures.seminar(), DocxOptions.defaults(),
        WarningSink.collecting("t"));
    try (XWPFDocument doc = open(docx)) {
      var rpr = doc.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr();
      assertEquals("BIZ UDPGothic", rpr.getRFontsArray(0).getEastAsia());
      assertEquals("ja-JP", rpr.getLangArray(0).getEastAsia());
      assertTrue(doc.getSettings() != null);
    }
  }

  @Test
  void coreProperties() throws Exception {
    byte[] docx = Fixtures.write(Fixtures.seminar(), DocxOptions.defaults(),
        WarningSink.collecting("t"));
    try (XWPFDocument doc = open(docx)) {
      var p = doc.getProperties().getCoreProperties();
      assertEquals("[勉強会メモ] JAWS DAYS 2018", p.getTitle());
      assertEquals("綴 太郎", p.getCreator());
      assertEquals("勉強会の書き殴りメモ", p.getSubject());
      assertEquals("seminar, jaws-ug", p.getKeywords());
      assertEquals("勉強会", p.getCategory());
      assertEquals(java.time.Instant.parse("2018-03-13T14:22:42Z"), p.getCreated().toInstant());
      assertEquals(java.time.Instant.parse("2018-03-20T01:00:00Z"), p.getModified().toInstant());
      assertEquals("ja-JP", p.getUnderlyingProperties().getLanguageProperty().orElse(null));
    }
  }

  @Test
  void sameInputGivesSameBytes() throws Exception {
    byte[] a = Fixtures.write(Fixtures.seminar(), DocxOptions.defaults(),
        WarningSink.collecting("t"));
    Thread.sleep(1100);
    byte[] b = Fixtures.write(Fixtures.seminar(), DocxOptions.defaults(),
        WarningSink.collecting("t"));
    assertNotNull(a);
    assertTrue(java.util.Arrays.equals(a, b), "output differs between runs");
  }

  @Test
  void taskItemsAreListItemsWithCheckBoxes() throws Exception {
    var doc = new dev.tsuzuri.outline.Document(Fixtures.meta("タスク", "ja"),
        List.of(Fixtures.bullets(Fixtures.task(false, "資料を読む"), Fixtures.task(true, "ブログを書く"))),
        List.of());
    try (XWPFDocument d = open(Fixtures.write(doc, DocxOptions.defaults(),
        WarningSink.collecting("t")))) {
      List<String> items = new ArrayList<>();
      for (XWPFParagraph p : d.getParagraphs()) {
        if (p.getNumID() != null) {
          items.add(p.getText());
        }
      }
      assertEquals(List.of("\u2610 資料を読む", "\u2612 ブログを書く"), items);
    }
  }

  @Test
  void footnotesAreWordFootnotes() throws Exception {
    byte[] docx = Fixtures.write(Fixtures.seminar(), DocxOptions.defaults(),
        WarningSink.collecting("t"));
    try (XWPFDocument doc = open(docx)) {
      var notes = doc.getFootnotes().stream()
          .filter(f -> f.getCTFtnEdn().getType() == null
              || f.getCTFtnEdn().getType().toString().equals("normal"))
          .toList();
      assertEquals(1, notes.size());
      assertEquals("脚注の本文です。", notes.get(0).getParagraphs().get(0).getText().strip());
      assertEquals("footnote text", doc.getStyles()
          .getStyle(notes.get(0).getParagraphs().get(0).getStyleID()).getName());
      XWPFParagraph body = doc.getParagraphs().stream()
          .filter(p -> p.getText().startsWith("本文に")).findFirst().orElseThrow();
      assertEquals(notes.get(0).getId(),
          body.getCTP().getRList().stream().filter(r -> r.sizeOfFootnoteReferenceArray() > 0)
              .findFirst().orElseThrow().getFootnoteReferenceArray(0).getId());
    }
  }

  @Test
  void externalAndInternalLinks() throws Exception {
    byte[] docx = Fixtures.write(Fixtures.seminar(), DocxOptions.defaults(),
        WarningSink.collecting("t"));
    try (XWPFDocument doc = open(docx)) {
      XWPFParagraph body = doc.getParagraphs().stream()
          .filter(p -> p.getText().startsWith("本文に")).findFirst().orElseThrow();
      var links = body.getCTP().getHyperlinkList();
      assertEquals(2, links.size());
      String rel = links.get(0).getId();
      assertEquals("https://example.com/",
          doc.getPackagePart().getRelationship(rel).getTargetURI().toString());
      assertEquals("h_design", links.get(1).getAnchor());
      XWPFParagraph heading = doc.getParagraphs().stream()
          .filter(p -> p.getText().equals("設計")).findFirst().orElseThrow();
      assertEquals("h_design", heading.getCTP().getBookmarkStartArray(0).getName());
    }
  }

  @Test
  void tocIsAFieldWordUpdates() throws Exception {
    byte[] docx = Fixtures.write(Fixtures.seminar(), DocxOptions.builder().toc(true).embedFonts(false).build(),
        WarningSink.collecting("t"));
    try (XWPFDocument doc = open(docx)) {
      String instr = doc.getParagraphs().stream()
          .flatMap(p -> p.getCTP().getRList().stream())
          .flatMap(r -> r.getInstrTextList().stream()).map(t -> t.getStringValue())
          .reduce("", String::concat);
      assertEquals("TOC \\o \"1-3\" \\h \\z \\u", instr.strip());
      assertTrue(doc.isEnforcedUpdateFields());
      List<String> entries = doc.getParagraphs().stream()
          .filter(p -> p.getStyleID() != null && p.getStyleID().startsWith("TOC"))
          .map(p -> p.getStyleID() + ":" + p.getText()).toList();
      assertEquals(List.of("TOCHeading:目次", "TOC1:このドキュメントについて", "TOC2:セッション1", "TOC3:設計"),
          entries);
    }
  }

  @Test
  void codeBlocksUseSourceCodeStyleAndColourTokens() throws Exception {
    byte[] docx = Fixtures.write(Fixtures.seminar(), DocxOptions.defaults(),
        WarningSink.collecting("t"));
    try (XWPFDocument doc = open(docx)) {
      XWPFParagraph code = doc.getParagraphs().stream()
          .filter(p -> p.getText().startsWith("class A {")).findFirst().orElseThrow();
      assertEquals("Source Code", styleName(doc, code));
      assertEquals("class A {\n\tint x = 1; // コメント\n}", code.getText());
      List<String> styled = new ArrayList<>();
      for (var r : code.getRuns()) {
        if (r.getStyle() != null && !r.getStyle().isEmpty() && r.text().strip().length() > 0) {
          styled.add(doc.getStyles().getStyle(r.getStyle()).getName() + ":" + r.text());
        }
      }
      assertEquals(List.of("KeywordTok:class", "KeywordTok:int", "DecValTok:1",
          "CommentTok:// コメント"), styled);
    }
  }

  @Test
  void noDateMeansNoDatesAndEnglishNotesGetEnglishLatinLanguage() throws Exception {
    var doc = new dev.tsuzuri.outline.Document(
        dev.tsuzuri.outline.Metadata.empty("en"),
        List.of(Fixtures.section(1, "Notes from the meetup", "notes", Fixtures.para("Hello."))),
        List.of());
    try (XWPFDocument d = open(Fixtures.write(doc, DocxOptions.defaults(),
        WarningSink.collecting("t")))) {
      var p = d.getProperties().getCoreProperties();
      assertEquals(null, p.getCreated());
      assertEquals(null, p.getModified());
      assertEquals("Notes from the meetup", p.getTitle());
      var lang = d.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr()
          .getLangArray(0);
      assertEquals("en-US", lang.getVal());
      assertEquals("ja-JP", lang.getEastAsia());
      // no front-matter title: the first heading is the title, not repeated as a Title paragraph
      assertEquals("heading 1", styleName(d, d.getParagraphs().get(0)));
    }
  }

  @Test
  void otherBlocksAndParallelUse() throws Exception {
    var doc = new dev.tsuzuri.outline.Document(Fixtures.meta("その他", "ja"), List.of(
        new dev.tsuzuri.outline.Details(List.of(Fixtures.t("補足")),
            List.of(Fixtures.para("折りたたみの中身")), 1),
        new dev.tsuzuri.outline.Embed("youtube", "https://www.youtube.com/watch?v=x", "YouTube: x",
            2),
        new dev.tsuzuri.outline.Comment("話すこと", 3), new dev.tsuzuri.outline.ThematicBreak(4)),
        List.of());
    byte[] expected = Fixtures.write(doc, DocxOptions.defaults(), WarningSink.collecting("t"));
    try (XWPFDocument d = open(expected)) {
      List<String> got = d.getParagraphs().stream()
          .map(p -> styleName(d, p) + ":" + p.getText()).toList();
      assertTrue(got.contains("Details Summary:\u25BC 補足"), got.toString());
      assertTrue(got.contains("Normal:折りたたみの中身"), got.toString());
      assertTrue(got.contains("Link Card:YouTube: x\nhttps://www.youtube.com/watch?v=x"),
          got.toString());
      assertTrue(got.contains("Horizontal Rule:"), got.toString());
      assertTrue(got.stream().noneMatch(s -> s.contains("話すこと")), got.toString());
      var ppr = d.getStyles().getCtStyles().getDocDefaults().getPPrDefault().getPPr();
      assertTrue(ppr.isSetKinsoku(), "Japanese line breaking rules on");
    }
    // the writer is shared by threads: the same note converted at once gives the same bytes
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<byte[]>> runs = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        runs.add(pool.submit(() -> Fixtures.write(doc, DocxOptions.defaults(),
            WarningSink.collecting("t"))));
      }
      for (var r : runs) {
        assertTrue(java.util.Arrays.equals(expected, r.get()));
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void theDefaultReferenceNumbersPagesInItsFooter() throws Exception {
    try (XWPFDocument doc = open(Fixtures.write(Fixtures.seminar(), DocxOptions.defaults(),
        WarningSink.collecting("t")))) {
      var footer = doc.getFooterList().get(0);
      String instr = footer.getParagraphs().get(0).getCTP().getRList().stream()
          .flatMap(r -> r.getInstrTextList().stream()).map(t -> t.getStringValue())
          .reduce("", String::concat);
      assertEquals("PAGE", instr.strip());
      assertEquals("footer", doc.getStyles()
          .getStyle(footer.getParagraphs().get(0).getStyleID()).getName());
    }
  }
}
