package dev.tsuzuri.write.pptx.internal;

import dev.tsuzuri.write.pptx.PptxOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.read.markdown.MarkdownReader;
import dev.tsuzuri.read.ReadOptions;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.junit.jupiter.api.Test;

class TablesAndCodeTest {
  private static Document read(String md) {
    return new MarkdownReader(ReadOptions.defaults()).read(md, WarningSink.collecting("t"));
  }

  private static List<XSLFTable> tables(XMLSlideShow ppt) {
    List<XSLFTable> out = new ArrayList<>();
    for (XSLFSlide s : ppt.getSlides()) {
      for (XSLFShape sh : s.getShapes()) {
        if (sh instanceof XSLFTable t) {
          out.add(t);
        }
      }
    }
    return out;
  }

  @Test
  void longTablesContinueOnSlidesWithTheirHeader() throws Exception {
    StringBuilder md = new StringBuilder("## 料金表\n\n| サービス | 料金 | 備考 |\n|---|--:|:-:|\n");
    for (int i = 1; i <= 30; i++) {
      md.append("| サービス").append(i).append(" | ").append(i * 100).append("円 | 月額 |\n");
    }
    Decks.Written w = Decks.write(read(md.toString()), PptxOptions.defaults(), null);
    try (XMLSlideShow ppt = w.open("note.pptx")) {
      List<XSLFTable> tables = tables(ppt);
      assertTrue(tables.size() >= 2, "tables: " + tables.size());
      int rows = 0;
      double room = Layouts.find(ppt, "t").bodyArea().getHeight();
      for (XSLFTable t : tables) {
        assertEquals("サービス", t.getCell(0, 0).getText());
        assertEquals(org.apache.poi.sl.usermodel.TextParagraph.TextAlign.RIGHT,
            t.getCell(1, 1).getTextParagraphs().get(0).getTextAlign());
        double h = 0;
        for (XSLFTableRow r : t.getRows()) {
          h += r.getHeight();
          assertTrue(r.getHeight() >= 18, "rows are as tall as their text");
        }
        assertTrue(h <= room, "table " + h + " taller than " + room);
        rows += t.getNumberOfRows() - 1;
      }
      assertEquals(30, rows);
      XSLFSlide second = tables.get(1).getSheet() instanceof XSLFSlide s ? s : null;
      assertEquals("料金表（続き）", Layouts.title(second).getText());
    }
  }

  @Test
  void tooWideTablesBecomeLinesOfText() throws Exception {
    StringBuilder md = new StringBuilder("## 横長\n\n|");
    for (int c = 0; c < 40; c++) {
      md.append(" h").append(c).append(" |");
    }
    md.append("\n|").append("---|".repeat(40)).append("\n|");
    for (int c = 0; c < 40; c++) {
      md.append(" v").append(c).append(" |");
    }
    md.append('\n');
    Decks.Written w = Decks.write(read(md.toString()), PptxOptions.defaults(), null);
    try (XMLSlideShow ppt = w.open("note.pptx")) {
      assertEquals(0, tables(ppt).size());
      String all = String.join("", FixtureDecksTest.slideTexts(ppt));
      assertTrue(all.contains("h0|h1|h2"), all);
      assertTrue(all.contains("v39"), all);
    }
  }

  @Test
  void codeIsMonospacedAndItsLinesPaginated() throws Exception {
    StringBuilder md = new StringBuilder("## コード\n\n```java\n");
    for (int i = 1; i <= 40; i++) {
      md.append("int value").append(i).append(" = compute(").append(i).append(");\n");
    }
    md.append("```\n");
    Decks.Written w = Decks.write(read(md.toString()), PptxOptions.defaults(), null);
    try (XMLSlideShow ppt = w.open("note.pptx")) {
      int lines = 0;
      int slides = 0;
      for (XSLFSlide s : ppt.getSlides()) {
        if (!s.getSlideLayout().getName().equals("Title and Content")) {
          continue;
        }
        slides++;
        for (XSLFTextParagraph p : Layouts.body(s).getTextParagraphs()) {
          lines++;
          for (XSLFTextRun r : p.getTextRuns()) {
            assertEquals("BIZ UDGothic", r.getFontFamily());
            // fixed pitch, so a reader without the font substitutes a monospaced one
            var latin = r.getFontInfo(org.apache.poi.common.usermodel.fonts.FontGroup.LATIN);
            assertEquals(org.apache.poi.common.usermodel.fonts.FontPitch.FIXED, latin.getPitch());
            assertEquals(org.apache.poi.common.usermodel.fonts.FontFamily.FF_MODERN,
                latin.getFamily());
            assertEquals(TextFiller.CODE_SIZE, r.getFontSize());
          }
        }
      }
      assertEquals(40, lines);
      assertTrue(slides >= 3, "slides: " + slides);
    }
  }

  @Test
  void hardLineBreaksAtTheEdgesOfARunAreKept() throws Exception {
    Decks.Written w = Decks.write(read("## 改行\n\n- **一行目**\\\n*二行目*\\\n三行目\n"),
        PptxOptions.defaults(), null);
    try (XMLSlideShow ppt = w.open("note.pptx")) {
      assertEquals("一行目\n二行目\n三行目",
          Layouts.body(ppt.getSlides().get(2)).getText().replace("\u000b", "\n"));
    }
  }

  @Test
  void ideographicSpacesAreWrittenAsPlainSpaces() throws Exception {
    Decks.Written w = Decks.write(read("## 見出し\u3000副題\n\n- 項目\u3000等\n"),
        PptxOptions.defaults(), null);
    try (XMLSlideShow ppt = w.open("note.pptx")) {
      assertEquals("見出し 副題", Layouts.title(ppt.getSlides().get(1)).getText());
      assertEquals("項目 等", Layouts.body(ppt.getSlides().get(2)).getText());
    }
  }
}
