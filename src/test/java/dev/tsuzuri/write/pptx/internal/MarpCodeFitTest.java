package dev.tsuzuri.write.pptx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.read.ReadOptions;
import dev.tsuzuri.read.markdown.MarkdownReader;
import dev.tsuzuri.slide.Fit;
import dev.tsuzuri.write.pptx.PptxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Code on a page the author cut is set smaller, by measurement, before the page is continued:
 * a seminar deck with pages of code, written to PowerPoint and read back with POI.
 */
class MarpCodeFitTest {
  @TempDir
  static Path dir;
  private static List<XSLFSlide> slides;

  @BeforeAll
  static void write() throws Exception {
    StringBuilder md = new StringBuilder("---\nmarp: true\n---\n\n# 演習の手引き\n\n---\n\n");
    // a sentence and sixteen lines of code: too tall at 18 pt code, one slide at a smaller size
    md.append("## 設定を読む関数\n\n設定ファイルを読み込み、既定値と合わせて返す。\n\n```python\n");
    for (int i = 1; i <= 16; i++) {
      md.append("    value_").append(i).append(" = config.get(\"key_").append(i)
          .append("\", default_").append(i).append(")\n");
    }
    md.append("```\n\n---\n\n## 短い例\n\n```python\nprint(\"こんにちは\")\n```\n\n---\n\n");
    // eighty lines of code are too many even at the floor: the page continues
    md.append("## 長すぎる一覧\n\n```python\n");
    for (int i = 1; i <= 80; i++) {
      md.append("item_").append(i).append(" = ").append(i).append('\n');
    }
    md.append("```\n\n---\n\n## まとめ\n\n- 以上\n");
    Path note = dir.resolve("code.md");
    Files.writeString(note, md.toString());
    Document doc = new MarkdownReader(ReadOptions.defaults()).read(note,
        WarningSink.collecting("code.md"));
    XMLSlideShow ppt = Decks.write(doc, PptxOptions.defaults(), dir).open("note.pptx");
    slides = ppt.getSlides();
  }

  private static XSLFTextShape body(XSLFSlide s) {
    for (XSLFShape sh : s.getShapes()) {
      if (sh instanceof XSLFTextShape t && (t.getPlaceholder() == Placeholder.BODY
          || t.getPlaceholder() == Placeholder.CONTENT)) {
        return t;
      }
    }
    throw new AssertionError("no body on slide " + s.getSlideNumber());
  }

  private static String title(XSLFSlide s) {
    for (XSLFShape sh : s.getShapes()) {
      if (sh instanceof XSLFTextShape t && t.getPlaceholder() == Placeholder.TITLE) {
        return t.getText();
      }
    }
    return "";
  }

  /** The sizes of the runs in a monospace face (code) or not, as written (null: inherited). */
  private static List<Double> sizes(XSLFSlide s, boolean code) {
    List<Double> out = new ArrayList<>();
    for (XSLFTextParagraph p : body(s).getTextParagraphs()) {
      for (XSLFTextRun r : p.getTextRuns()) {
        if (r.getRawText().isBlank()) {
          continue;
        }
        boolean mono = "BIZ UDGothic".equals(r.getFontFamily());
        if (mono == code) {
          out.add(r.getXmlObject() instanceof org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun cr
              && cr.getRPr() != null && cr.getRPr().isSetSz() ? cr.getRPr().getSz() / 100.0 : null);
        }
      }
    }
    return out;
  }

  @Test
  void aPageOfCodeStaysOneSlideWithItsCodeSmallerAndItsTextNotBelowTheFloor() {
    XSLFSlide s = slides.get(1);
    assertEquals("設定を読む関数", title(s));
    String text = body(s).getText();
    assertTrue(text.contains("value_1 ") && text.contains("value_16 "), "all sixteen lines");
    List<Double> code = sizes(s, true);
    assertTrue(!code.isEmpty() && code.stream().allMatch(x -> x != null
        && x < TextFiller.CODE_SIZE && x >= Fit.MIN_CODE_SIZE), "code sizes " + code);
    assertTrue(sizes(s, false).stream().allMatch(x -> x == null || x >= Fit.MIN_BODY_SIZE),
        "text sizes " + sizes(s, false));
    assertEquals("短い例", title(slides.get(2)), "the page after it is the next slide");
  }

  @Test
  void codeThatFitsKeepsItsSize() {
    List<Double> code = sizes(slides.get(2), true);
    assertTrue(!code.isEmpty() && code.stream().allMatch(x -> x == TextFiller.CODE_SIZE),
        "code sizes " + code);
  }

  @Test
  void codeTooLongEvenAtTheFloorContinuesAndNothingIsSmallerThanTheFloor() {
    int continued = 0;
    for (XSLFSlide s : slides) {
      if (title(s).startsWith("長すぎる一覧")) {
        continued++;
        assertTrue(sizes(s, true).stream().allMatch(x -> x >= Fit.MIN_CODE_SIZE));
      }
    }
    assertTrue(continued >= 2, "eighty lines continue over several slides: " + continued);
    assertEquals("まとめ", title(slides.get(slides.size() - 1)));
  }
}
