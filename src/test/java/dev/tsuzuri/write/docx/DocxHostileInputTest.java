package dev.tsuzuri.write.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.outline.Figure;
import dev.tsuzuri.outline.Inline;
import dev.tsuzuri.outline.ListBlock;
import dev.tsuzuri.outline.ListItem;
import dev.tsuzuri.outline.Metadata;
import dev.tsuzuri.outline.Paragraph;
import dev.tsuzuri.outline.Table;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxHostileInputTest {

  static byte[] write(Document doc, WarningSink w) throws Exception {
    return Fixtures.write(doc, DocxOptions.defaults(), w);
  }

  static Document doc(String title, Block... blocks) {
    return new Document(Metadata.empty("ja").withTitle(title), List.of(blocks), List.of());
  }

  @Test
  void charactersXmlForbidsAreRemovedAndTheRestKept() throws Exception {
    String text = "制御\u0000文字\u0001と\u000B縦タブ\uD800と絵文字😀と異体字葛\uDB40\uDD00と結合が\u3099";
    byte[] docx = write(doc("タイトル\u0007", Fixtures.para(text)), WarningSink.collecting("t"));
    for (var e : DocxFontEmbeddingTest.unzip(docx).entrySet()) {
      if (e.getKey().endsWith(".xml")) {
        // a strict XML parser accepts every part (Word is as strict)
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(new ByteArrayInputStream(e.getValue()));
      }
    }
    try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
      String body = d.getParagraphs().stream().map(XWPFParagraph::getText)
          .reduce("", String::concat);
      assertTrue(body.contains("制御文字と縦タブと絵文字😀と異体字葛\uDB40\uDD00と結合が\u3099"), body);
      assertEquals("タイトル", d.getProperties().getCoreProperties().getTitle());
    }
  }

  @Test
  void listsDeeperThanNineLevelsAreClampedWithAWarning() throws Exception {
    ListBlock list = new ListBlock(false, 1, true, List.of(new ListItem(ListItem.Task.NONE,
        List.of(Fixtures.para("level 12")), 1)), 12);
    for (int depth = 11; depth >= 1; depth--) {
      list = new ListBlock(false, 1, true, List.of(new ListItem(ListItem.Task.NONE,
          List.of(Fixtures.para("level " + depth), list), depth)), depth);
    }
    WarningSink w = WarningSink.collecting("t");
    try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(write(doc("深い", list), w)))) {
      List<String> levels = new ArrayList<>();
      for (XWPFParagraph p : d.getParagraphs()) {
        if (p.getNumID() != null) {
          levels.add(p.getNumIlvl() + "");
        }
      }
      assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "8", "8", "8"), levels);
    }
    assertTrue(w.warnings().stream().anyMatch(x -> x.message().contains("9 levels")));
  }

  @Test
  void wideTablesAreCutToWordsColumnLimit() throws Exception {
    List<Table.Cell> cells = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      cells.add(Fixtures.cell("c" + i));
    }
    Table t = new Table(List.of(), List.of(new Table.Row(cells)), List.of(), 3);
    WarningSink w = WarningSink.collecting("t");
    try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(write(doc("表", t), w)))) {
      var table = d.getTables().get(0);
      assertEquals(63, table.getRow(0).getTableCells().size());
      assertTrue(table.getRow(0).getCell(62).getText().contains("c999"));
      assertTrue(table.getRow(0).isRepeatHeader());
    }
    assertTrue(w.warnings().stream().anyMatch(x -> x.message().contains("63")));
  }

  @Test
  void rawHtmlIsReadNeverShownAsMarkupAndScriptsAreDropped() throws Exception {
    WarningSink w = WarningSink.collecting("t");
    Document note = new dev.tsuzuri.read.markdown.MarkdownReader(
        dev.tsuzuri.read.ReadOptions.defaults()).read("# HTML\n\n<div class=\"x\">見える"
        + "<script>alert(1)</script></div>\n\n<iframe src=\"https://evil.example/\"></iframe>"
        + "\n\na<br>b<span style=\"x\">c</span>\n", w);
    byte[] docx = write(note, w);
    try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
      List<String> texts = d.getParagraphs().stream().map(XWPFParagraph::getText).toList();
      assertTrue(texts.contains("見える"), texts.toString());
      assertTrue(texts.contains("a\nbc"), texts.toString());
      assertTrue(texts.stream().anyMatch(s -> s.contains("https://evil.example/")),
          texts.toString()); // an unknown player is a link card to its page, never embedded
      assertTrue(texts.stream().noneMatch(s -> s.contains("alert") || s.contains("<")),
          texts.toString());
    }
    assertTrue(w.warnings().stream().anyMatch(x -> x.message().contains("<script> dropped")),
        w.warnings().toString());
    assertTrue(w.warnings().stream().noneMatch(x -> x.message().contains("shown as text")
        || x.message().contains("left out")), w.warnings().toString());
  }

  @Test
  void imagesAreSizedToThePageAndMissingOnesBecomePlaceholders(@TempDir Path dir)
      throws Exception {
    var img = new java.awt.image.BufferedImage(2000, 1000,
        java.awt.image.BufferedImage.TYPE_INT_RGB);
    javax.imageio.ImageIO.write(img, "png", dir.resolve("wide.png").toFile());
    Files.writeString(dir.resolve("note.md"), "");
    Document doc = doc("画像", new Figure("wide.png", "広い画像", "", List.of(Fixtures.t("図1")), "", 2),
        new Figure("missing.png", "ない画像", "", List.of(), "", 3),
        new Figure("https://example.com/x.png", "遠い画像", "", List.of(), "", 4),
        new Paragraph(List.of(Fixtures.t("文中の"), new Inline.Image("gone.png", "アイコン", ""),
            Fixtures.t("と"), new Inline.Image("gone2.png", "", ""), Fixtures.t("画像")), 5));
    WarningSink w = WarningSink.collecting("t");
    byte[] docx = Fixtures.write(doc, DocxOptions.defaults(), w, dir);
    try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
      var pictures = d.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
          .flatMap(r -> r.getEmbeddedPictures().stream()).toList();
      assertEquals(1, pictures.size());
      var extent = pictures.get(0).getCTPicture().getSpPr().getXfrm().getExt();
      // 9070 twips of text width = 453.5 pt; height keeps the 2:1 ratio
      assertEquals(453.5, extent.getCx() / 12700.0, 0.5);
      assertEquals(2.0, (double) extent.getCx() / extent.getCy(), 0.01);
      var docPr = d.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
          .filter(r -> r.getCTR().sizeOfDrawingArray() > 0).findFirst().orElseThrow()
          .getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
      assertEquals("広い画像", docPr.getDescr());
      assertEquals(1L, docPr.getId());
      List<String> texts = d.getParagraphs().stream().map(XWPFParagraph::getText).toList();
      assertTrue(texts.contains("［画像: ない画像］"), texts.toString());
      assertTrue(texts.contains("［画像: 遠い画像］"), texts.toString());
      assertTrue(texts.contains("図1"), texts.toString());
      assertTrue(texts.contains("文中のアイコンと画像"), texts.toString());
    }
    assertTrue(w.warnings().stream().anyMatch(x -> x.message().contains("missing.png")));
    assertTrue(w.warnings().stream().anyMatch(x -> x.message().contains("remote")));
  }
}
