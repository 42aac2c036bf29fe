package dev.tsuzuri.write.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.read.ReadOptions;
import dev.tsuzuri.read.markdown.MarkdownReader;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** Raw HTML of a Blogger-style note, read back from the Word file with POI. */
class DocxHtmlTest {
  private static final Path NOTE = Path.of("src/test/resources/notes/html-blog.md");
  private static byte[] docx;
  private static WarningSink warnings;

  @BeforeAll
  static void write() throws Exception {
    warnings = WarningSink.collecting("html-blog.md");
    Document doc = new MarkdownReader(ReadOptions.defaults()).read(NOTE, warnings);
    docx = Fixtures.write(doc, DocxOptions.defaults(), warnings,
        NOTE.toAbsolutePath().getParent());
  }

  private static XWPFDocument open() throws Exception {
    return new XWPFDocument(new ByteArrayInputStream(docx));
  }

  private static String style(XWPFDocument d, XWPFParagraph p) {
    return p.getStyleID() == null ? "" : d.getStyles().getStyle(p.getStyleID()).getName();
  }

  @Test
  void htmlTablesAreWordTablesWithMergedCellsAndPictures() throws Exception {
    try (XWPFDocument d = open()) {
      List<XWPFTable> tables = d.getTables();
      assertEquals(2, tables.size());
      XWPFTable thumbs = tables.get(0);
      assertFalse(thumbs.getRow(0).getCell(0).getParagraphs().get(0).getRuns().stream()
          .allMatch(r -> r.getEmbeddedPictures().isEmpty()), "thumbnail drawn in its cell");
      assertEquals("会場は満席でした", thumbs.getRow(1).getCell(0).getText());

      XWPFTable sessions = tables.get(1);
      assertTrue(sessions.getRow(0).isRepeatHeader());
      CTTcPr head = sessions.getRow(0).getCell(1).getCTTc().getTcPr();
      assertEquals(2, head.getGridSpan().getVal().intValue(), "colspan=2 is a grid span");
      XWPFTableCell morning = sessions.getRow(1).getCell(0);
      assertEquals("午前", morning.getText());
      assertEquals(STMerge.RESTART, morning.getCTTc().getTcPr().getVMerge().getVal());
      CTTcPr below = sessions.getRow(2).getCell(0).getCTTc().getTcPr();
      assertNotNull(below.getVMerge(), "rowspan=2 continues into the next row");
      assertEquals("事例紹介", sessions.getRow(2).getCell(1).getText());
      assertEquals("90分", sessions.getRow(3).getCell(2).getText());
    }
  }

  @Test
  void figuresCodeListsDefinitionsAndDetailsAreWordConstructs() throws Exception {
    try (XWPFDocument d = open()) {
      List<String> styled = new ArrayList<>();
      int drawings = 0;
      for (IBodyElement e : d.getBodyElements()) {
        if (e instanceof XWPFParagraph p) {
          styled.add(style(d, p) + ": " + p.getText());
          for (XWPFRun r : p.getRuns()) {
            drawings += r.getEmbeddedPictures().size();
          }
        }
      }
      String all = String.join("\n", styled);
      assertEquals(1, drawings, "the <figure> is a picture: " + all);
      assertTrue(styled.contains("caption: 図1: 当日の構成"), all);
      assertTrue(styled.stream().anyMatch(s -> s.startsWith("Source Code: public String handle"
          + "(Map<String, Object> event) {")), all);
      assertTrue(styled.contains("Definition Term: サーバーレス"), all);
      assertTrue(styled.contains("Definition: サーバーの管理を意識しない実行モデル"), all);
      assertTrue(styled.contains("List Paragraph: 手を動かす"), all);
      assertTrue(styled.contains("Details Summary: ▼ 当日のメモ（クリックで開く）"), all);
      assertTrue(styled.contains("List Paragraph: 懇親会は 19時 から"), all);
      assertTrue(styled.stream().anyMatch(s -> s.startsWith("Link Card: YouTube: dQw4w9WgXcQ")),
          all);
      assertFalse(all.contains("広告") || all.contains("<td") || all.contains("<b>"), all);
    }
  }

  @Test
  void htmlMarksAreRunProperties() throws Exception {
    try (XWPFDocument d = open()) {
      XWPFParagraph intro = d.getParagraphs().stream()
          .filter(p -> p.getText().startsWith("Blogger")).findFirst().orElseThrow();
      boolean underline = false;
      boolean highlight = false;
      boolean sub = false;
      boolean sup = false;
      boolean keyboard = false;
      boolean strike = false;
      for (XWPFRun r : intro.getRuns()) {
        String t = r.text();
        underline |= t.equals("下線") && r.getUnderline().name().equals("SINGLE");
        highlight |= t.equals("マーカー") && r.isHighlighted();
        sub |= t.equals("2") && r.getVerticalAlignment().toString().equals("subscript");
        sup |= t.equals("3") && r.getVerticalAlignment().toString().equals("superscript");
        keyboard |= t.equals("Ctrl") && "Keyboard Char".equals(
            d.getStyles().getStyle(r.getStyle()).getName());
        strike |= t.equals("取り消し") && r.isStrikeThrough();
      }
      assertTrue(underline && highlight && sub && sup && keyboard && strike, intro.getText());
    }
    assertTrue(warnings.warnings().stream().noneMatch(w -> w.message().contains("shown as text")
        || w.message().contains("left out") || w.message().contains("not shown")),
        warnings.warnings().toString());
  }
}
