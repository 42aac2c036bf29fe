package dev.tsuzuri.write.pptx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Directive;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.outline.Section;
import dev.tsuzuri.read.ReadOptions;
import dev.tsuzuri.read.markdown.MarkdownReader;
import dev.tsuzuri.write.pptx.PptxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Marp's {@code <!-- fit -->} headings: the title as large as one line of its width allows. */
class MarpFitHeadingTest {
  @TempDir
  static Path dir;
  private static Document doc;
  private static List<XSLFSlide> slides;

  @BeforeAll
  static void write() throws Exception {
    Path note = dir.resolve("fit.md");
    Files.writeString(note, """
        ---
        marp: true
        ---

        # 研究室紹介

        ---

        # <!-- fit --> 一言で

        ---

        # <!--fit--> 分散合意の基本と実装の落とし穴を一行で

        ---

        ## <!-- fit --> まとめ

        - 合意は難しい
        - だから面白い

        ---

        ## まとめ

        - 大きさを比べる
        """);
    doc = new MarkdownReader(ReadOptions.defaults()).read(note, WarningSink.collecting("fit.md"));
    slides = Decks.write(doc, PptxOptions.defaults(), dir).open("note.pptx").getSlides();
  }

  /** The title's text and the sizes of its runs. */
  private static XSLFTextShape title(XSLFSlide s) {
    for (XSLFShape sh : s.getShapes()) {
      if (sh instanceof XSLFTextShape t && t.getPlaceholder() != null
          && t.getPlaceholder().name().contains("TITLE")) {
        return t;
      }
    }
    throw new AssertionError("no title on slide " + s.getSlideNumber());
  }

  private static double size(XSLFSlide s) {
    List<Double> sizes = new ArrayList<>();
    title(s).getTextParagraphs().forEach(p -> p.getTextRuns().stream()
        .map(XSLFTextRun::getFontSize).forEach(sizes::add));
    assertEquals(1, sizes.stream().distinct().count(), "one size: " + sizes);
    return sizes.get(0);
  }

  /** Lines a title takes as laid out by POI at its shape's width. */
  private static int lines(XSLFSlide s) {
    XSLFTextShape t = title(s);
    var p = t.getTextParagraphs().get(0);
    double size = p.getTextRuns().get(0).getFontSize();
    return (int) Math.round(t.getTextHeight() / (size * 1.2));
  }

  @Test
  void theReaderKeepsTheCommentOutOfTheTitleAndMarksTheHeading() {
    Section fit = (Section) doc.blocks().get(1);
    assertEquals("一言で", dev.tsuzuri.outline.PlainText.of(fit.title()).strip());
    assertTrue(fit.blocks().get(0) instanceof Directive d && d.name().equals("fit")
        && d.spot() && d.line() == fit.line());
  }

  @Test
  void aFitTitleIsLargerThanTheLayoutsAndAShortOneLargerThanALongOne() {
    double plain = size(slides.get(4));
    double shortFit = size(slides.get(1));
    double longFit = size(slides.get(2));
    double contentFit = size(slides.get(3));
    assertTrue(shortFit > 40, "short fit title " + shortFit);
    assertTrue(shortFit > longFit, shortFit + " > " + longFit);
    assertTrue(contentFit > plain, "content slide: fit " + contentFit + " > " + plain);
    for (int i = 1; i <= 3; i++) {
      assertEquals(1, lines(slides.get(i)), "one line on slide " + (i + 1));
    }
  }

  @Test
  void theCommentIsNeverShown() {
    for (XSLFSlide s : slides) {
      for (XSLFShape sh : s.getShapes()) {
        if (sh instanceof XSLFTextShape t) {
          assertFalse(t.getText().contains("fit") || t.getText().contains("<!--"),
              t.getText());
        }
      }
      if (s.getNotes() != null) {
        s.getNotes().getShapes().forEach(sh -> assertFalse(sh instanceof XSLFTextShape t
            && t.getText().contains("fit")));
      }
    }
  }
}
