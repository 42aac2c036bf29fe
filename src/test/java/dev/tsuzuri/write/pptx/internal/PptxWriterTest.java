package dev.tsuzuri.write.pptx.internal;

import dev.tsuzuri.write.pptx.DeckSplit;
import dev.tsuzuri.write.pptx.PptxOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.font.AwtFonts;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.slide.MiniMarkdown;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;

class PptxWriterTest {
  static final String NOTE = """
      ---
      title: "秋の勉強会メモ"
      ---
      ## クラウド設計入門

      - 可用性
          - マルチAZ構成にする。障害は必ず起きる前提で設計する
          - ヘルスチェックで自動的に切り離す
              - ALBのターゲットグループ
                  - 間隔は短めに
                      - 5秒
                          - さらに深い階層の項目
                              - 最も深い項目
      - コスト
          - リザーブドインスタンス
          - スポットインスタンスを検証環境で使う
      <!-- 時間が押したらコストは飛ばす -->

      ## 運用の話

      """ + "- 監視項目\n" + "    - メトリクスをひとつずつ確認していく作業の話\n".repeat(25);

  static Document note() {
    return MiniMarkdown.parse(NOTE, "ja");
  }

  @Test
  void prepareLeavesTheTemplateAndAMeasuringCopyForTheWrites() throws Exception {
    PptxWriter writer = new PptxWriter();
    writer.prepare(dev.tsuzuri.write.WriteOptions.defaults());
    int before = PreparedTemplate.made();
    writer.prepare(dev.tsuzuri.write.WriteOptions.defaults());
    Decks.write(note(), PptxOptions.defaults(), null);
    assertEquals(before, PreparedTemplate.made(),
        "the writes opened the template again instead of using the prepared copy");
  }

  @Test
  void writesOneDeckWithTitleSectionAndContentSlides() throws Exception {
    Decks.Written w = Decks.write(note(), PptxOptions.defaults(), null);
    assertEquals(List.of("note.pptx"), List.copyOf(w.files().keySet()));
    try (XMLSlideShow ppt = w.open("note.pptx")) {
      List<XSLFSlide> slides = ppt.getSlides();
      assertEquals("Title Slide", slides.get(0).getSlideLayout().getName());
      assertEquals("秋の勉強会メモ", Layouts.title(slides.get(0)).getText());
      assertEquals("Section Header", slides.get(1).getSlideLayout().getName());
      assertEquals("クラウド設計入門", Layouts.title(slides.get(1)).getText());
      XSLFSlide availability = slides.get(2);
      assertEquals("Title and Content", availability.getSlideLayout().getName());
      assertEquals("可用性", Layouts.title(availability).getText());
      List<XSLFTextParagraph> ps = Layouts.body(availability).getTextParagraphs();
      assertEquals("マルチAZ構成にする。障害は必ず起きる前提で設計する", ps.get(0).getText());
      assertEquals(0, ps.get(0).getIndentLevel());
      assertEquals(1, ps.get(2).getIndentLevel());
      // levels past the fifth are folded into it, marked, not dropped
      XSLFTextParagraph deepest = ps.get(ps.size() - 1);
      assertEquals(4, deepest.getIndentLevel());
      assertTrue(deepest.getText().endsWith("最も深い項目"), deepest.getText());
      assertEquals(4, ps.get(ps.size() - 2).getIndentLevel());
      assertEquals("さらに深い階層の項目", ps.get(ps.size() - 2).getText());
      assertTrue(deepest.getText().startsWith("›"), deepest.getText());
    }
  }

  @Test
  void longSessionsContinueOnSlidesTitledContinued() throws Exception {
    Decks.Written w = Decks.write(note(), PptxOptions.defaults(), null);
    try (XMLSlideShow ppt = w.open("note.pptx")) {
      int items = 0;
      int continued = 0;
      for (XSLFSlide s : ppt.getSlides()) {
        XSLFTextShape title = Layouts.title(s);
        if (title != null && title.getText().equals("監視項目（続き）")) {
          continued++;
        }
        XSLFTextShape body = Layouts.body(s);
        if (body != null && s.getSlideLayout().getName().equals("Title and Content")) {
          for (XSLFTextParagraph p : body.getTextParagraphs()) {
            if (p.getText().equals("メトリクスをひとつずつ確認していく作業の話")) {
              items++;
            }
          }
        }
      }
      assertEquals(25, items);
      assertTrue(continued >= 2, "continuation slides: " + continued);
    }
  }

  @Test
  void noBodyTextIsTallerThanItsPlaceholder() throws Exception {
    AwtFonts.register();
    Decks.Written w = Decks.write(note(), PptxOptions.defaults(), null);
    try (XMLSlideShow ppt = w.open("note.pptx")) {
      for (XSLFSlide s : ppt.getSlides()) {
        for (XSLFShape sh : s.getShapes()) {
          if (sh instanceof XSLFTextShape t && !t.getText().isBlank()) {
            double room = t.getAnchor().getHeight() - t.getInsets().top - t.getInsets().bottom;
            assertTrue(t.getTextHeight() <= room, "slide " + s.getSlideNumber() + " "
                + t.getShapeName() + ": " + t.getTextHeight() + " > " + room);
          }
        }
      }
    }
  }

  @Test
  void everyRunHasALanguageAndBothTypefaces() throws Exception {
    Decks.Written w = Decks.write(note(), PptxOptions.defaults(), null);
    try (XMLSlideShow ppt = w.open("note.pptx")) {
      int runs = 0;
      for (XSLFSlide s : ppt.getSlides()) {
        for (XSLFShape sh : s.getShapes()) {
          if (sh instanceof XSLFTextShape t) {
            for (XSLFTextParagraph p : t.getTextParagraphs()) {
              for (XSLFTextRun r : p.getTextRuns()) {
                CTTextCharacterProperties pr = r.getRPr(false);
                assertNotNull(pr, "run without properties: " + r.getRawText());
                assertEquals("ja-JP", pr.getLang(), r.getRawText());
                if (!r.getRawText().isEmpty() && !"\n".equals(r.getRawText())) {
                  assertTrue(pr.isSetLatin() && pr.isSetEa(), "typefaces on " + r.getRawText());
                  assertEquals("BIZ UDPGothic", pr.getEa().getTypeface());
                }
                runs++;
              }
            }
          }
        }
      }
      assertTrue(runs > 40);
    }
  }

  @Test
  void commentsBecomeSpeakerNotes() throws Exception {
    Decks.Written w = Decks.write(note(), PptxOptions.defaults(), null);
    try (XMLSlideShow ppt = w.open("note.pptx")) {
      List<String> notes = new ArrayList<>();
      for (XSLFSlide s : ppt.getSlides()) {
        XSLFNotes n = s.getNotes();
        if (n != null) {
          for (XSLFShape sh : n.getShapes()) {
            if (sh instanceof XSLFTextShape t && t.getPlaceholder() == Placeholder.BODY) {
              notes.add(Layouts.title(s).getText() + ": " + t.getText());
            }
          }
        }
      }
      assertEquals(List.of("クラウド設計入門: 時間が押したらコストは飛ばす"), notes);
    }
  }

  @Test
  void perSessionDecksAreNumberedFilesWithTheirOwnTitleSlides() throws Exception {
    Decks.Written w = Decks.write(note(), PptxOptions.builder().decks(DeckSplit.SESSION).build(),
        null);
    assertEquals(List.of("note/01-クラウド設計入門.pptx", "note/02-運用の話.pptx"),
        List.copyOf(w.files().keySet()));
    try (XMLSlideShow ppt = w.open("note/02-運用の話.pptx")) {
      XSLFSlide first = ppt.getSlides().get(0);
      assertEquals("運用の話", Layouts.title(first).getText());
      assertTrue(Layouts.subtitleOrBody(first).getText().contains("秋の勉強会メモ"));
      assertFalse(ppt.getSlides().stream().anyMatch(
          s -> s.getSlideLayout().getName().equals("Section Header")));
    }
  }

  @Test
  void charactersXmlForbidsAreRemoved() throws Exception {
    Document d = MiniMarkdown.parse("## 制御\u0001文字\n\n- ベル\u0007と\uD800孤立サロゲート\n", "ja");
    Decks.Written w = Decks.write(d, PptxOptions.defaults(), null);
    try (XMLSlideShow ppt = w.open("note.pptx")) {
      String text = Layouts.body(ppt.getSlides().get(2)).getText();
      assertEquals("ベルと孤立サロゲート", text);
      assertEquals("制御文字", Layouts.title(ppt.getSlides().get(1)).getText());
    }
  }
}
