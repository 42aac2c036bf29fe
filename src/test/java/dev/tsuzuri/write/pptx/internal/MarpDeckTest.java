package dev.tsuzuri.write.pptx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.read.ReadOptions;
import dev.tsuzuri.read.markdown.MarkdownReader;
import dev.tsuzuri.write.pptx.PptxOptions;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Marp fixture deck written to PowerPoint and read back with POI. */
class MarpDeckTest {
  private static final Path NOTES = Path.of("src/test/resources/notes");
  private static XMLSlideShow ppt;
  private static List<XSLFSlide> slides;
  private static double width;
  private static double height;
  private static WarningSink warnings;
  private static WarningSink writerWarnings;

  @BeforeAll
  static void write() throws Exception {
    warnings = WarningSink.collecting("marp-deck.md");
    Document doc = new MarkdownReader(ReadOptions.defaults()).read(NOTES.resolve("marp-deck.md"),
        warnings);
    Decks.Written w = Decks.write(doc, PptxOptions.defaults(), NOTES);
    ppt = w.open("note.pptx");
    writerWarnings = w.warnings();
    slides = ppt.getSlides();
    Dimension size = ppt.getPageSize();
    width = size.getWidth();
    height = size.getHeight();
  }

  private static List<XSLFPictureShape> pictures(XSLFSlide s) {
    List<XSLFPictureShape> out = new ArrayList<>();
    for (XSLFShape sh : s.getShapes()) {
      if (sh instanceof XSLFPictureShape p) {
        out.add(p);
      }
    }
    return out;
  }

  private static XSLFTextShape placeholder(XSLFSlide s, Placeholder kind) {
    for (XSLFShape sh : s.getShapes()) {
      if (sh instanceof XSLFTextShape t && (t.getPlaceholder() == kind
          || kind == Placeholder.BODY && t.getPlaceholder() == Placeholder.CONTENT)) {
        return t;
      }
    }
    return null;
  }

  private static String allText(XSLFSlide s) {
    StringBuilder b = new StringBuilder();
    for (XSLFShape sh : s.getShapes()) {
      if (sh instanceof XSLFTextShape t) {
        b.append(t.getText()).append('\n');
      }
    }
    return b.toString();
  }

  private static String notes(XSLFSlide s) {
    if (s.getNotes() == null) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    for (XSLFShape sh : s.getNotes().getShapes()) {
      if (sh instanceof XSLFTextShape t && t.getPlaceholder() == Placeholder.BODY) {
        b.append(t.getText());
      }
    }
    return b.toString();
  }

  private static void near(double expected, double actual, String what) {
    assertEquals(expected, actual, 1.0, what);
  }

  @Test
  void oneSlidePerPage() {
    assertEquals(8, slides.size());
  }

  @Test
  void noDirectiveTextInSlidesOrNotes() {
    for (XSLFSlide s : slides) {
      String text = allText(s) + notes(s);
      for (String leak : List.of("_class", "paginate", "class:", "backgroundColor", "header:",
          "footer:", "bg left", "sepia", "w:200")) {
        assertFalse(text.contains(leak), "slide " + s.getSlideNumber() + " shows " + leak);
      }
    }
    assertEquals("今日は時間が短いので前半だけ話す", notes(slides.get(0)).strip());
    assertEquals("この図は小さく見せる", notes(slides.get(6)).strip());
  }

  @Test
  void titleAndLeadPagesUseTheTemplatesTitleAndSectionLayouts() {
    java.util.Set<String> layouts = new java.util.HashSet<>();
    for (int i = 0; i < 3; i++) {
      layouts.add(slides.get(i).getSlideLayout().getName());
    }
    assertEquals(3, layouts.size(), "title, section and content layouts: " + layouts);
    XSLFTextShape title = placeholder(slides.get(0), Placeholder.CENTERED_TITLE);
    assertTrue(title != null && title.getText().contains("分散システム入門"));
    assertTrue(allText(slides.get(1)).contains("前半"));
  }

  @Test
  void backgroundPictureCoversTheWholeSlideBehindTheText() {
    List<XSLFPictureShape> pics = pictures(slides.get(2));
    assertEquals(1, pics.size());
    Rectangle2D a = pics.get(0).getAnchor();
    near(0, a.getX(), "x");
    near(0, a.getY(), "y");
    near(width, a.getWidth(), "width");
    near(height, a.getHeight(), "height");
    assertTrue(slides.get(2).getShapes().get(0) instanceof XSLFPictureShape,
        "the background picture is the first shape, behind the text");
  }

  @Test
  void leftSidePictureTakesFortyPercentAndTheTextTheRest() {
    XSLFSlide s = slides.get(3);
    List<XSLFPictureShape> pics = pictures(s);
    assertEquals(1, pics.size());
    Rectangle2D a = pics.get(0).getAnchor();
    near(0, a.getX(), "x");
    near(width * 0.4, a.getWidth(), "width");
    near(height, a.getHeight(), "height");
    for (Placeholder kind : List.of(Placeholder.TITLE, Placeholder.BODY)) {
      Rectangle2D t = placeholder(s, kind).getAnchor();
      assertTrue(t.getMinX() >= width * 0.4 - 0.5 && t.getMaxX() <= width + 0.5,
          kind + " lies beside the picture: " + t);
    }
    assertTrue(placeholder(s, Placeholder.BODY).getText().contains("六割"));
    // narrowed once, in proportion: most of the 60% the picture leaves
    assertTrue(placeholder(s, Placeholder.BODY).getAnchor().getWidth() > width * 0.6 * 0.8);
  }

  @Test
  void severalPicturesOnTheRightSplitTheSide() {
    XSLFSlide s = slides.get(4);
    List<XSLFPictureShape> pics = pictures(s);
    assertEquals(2, pics.size());
    for (XSLFPictureShape p : pics) {
      Rectangle2D a = p.getAnchor();
      assertTrue(a.getMinX() >= width / 2 - 0.5, "on the right half: " + a);
      assertTrue(a.getHeight() <= height / 2 + 0.5, "in half the height: " + a);
    }
    Rectangle2D body = placeholder(s, Placeholder.BODY).getAnchor();
    assertTrue(body.getMaxX() <= width / 2 + 0.5, "text on the left half: " + body);
  }

  @Test
  void backgroundColourFooterHeaderAndPageNumbers() {
    assertEquals(new Color(0xff, 0xfb, 0xe6), slides.get(2).getBackground().getFillColor());
    assertEquals(new Color(0xe8, 0xf0, 0xff), slides.get(5).getBackground().getFillColor());
    assertEquals(new Color(0xe8, 0xf0, 0xff), slides.get(6).getBackground().getFillColor(),
        "a local directive applies to the pages after it too");
    // the bundled template's title starts near the top edge: no room for a header there
    assertTrue(allText(slides.get(5)).contains("第3回 分散システム")
        || writerWarnings.warnings().stream().anyMatch(w -> w.message().contains("header")));
    assertTrue(allText(slides.get(3)).contains("秋のゼミ 2026"));
    assertTrue(placeholder(slides.get(0), Placeholder.SLIDE_NUMBER) == null,
        "_paginate: false on the title page");
    assertTrue(placeholder(slides.get(3), Placeholder.SLIDE_NUMBER) != null);
  }

  @Test
  void sizedPictureIsNoLargerThanAsked() {
    List<XSLFPictureShape> pics = pictures(slides.get(6));
    assertEquals(1, pics.size());
    // w:200 CSS pixels are 150 points
    near(150, pics.get(0).getAnchor().getWidth(), "width");
    assertTrue(warnings.warnings().stream().anyMatch(w -> w.message().contains("filters")));
  }

  @Test
  void aLongPageStaysOneSlideAtEighteenPointsOrContinues(
      @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    StringBuilder md = new StringBuilder("---\nmarp: true\ntheme: gaia\n---\n\n# 表紙\n\n---\n\n"
        + "## 長い行の一覧\n\n");
    // lines that wrap at the layout's 22 pt and not at 18 pt: the smaller text saves lines
    for (int i = 1; i <= 6; i++) {
      md.append("- 手順").append(i).append("：設定ファイルを開いて値を確認してから保存して閉じる\n");
    }
    md.append("\n---\n\n## 終わりのない一覧\n\n");
    for (int i = 1; i <= 40; i++) {
      md.append("- 項目").append(i).append('\n');
    }
    java.nio.file.Files.writeString(dir.resolve("long.md"), md.toString());
    WarningSink w = WarningSink.collecting("long.md");
    Document doc = new MarkdownReader(ReadOptions.defaults()).read(dir.resolve("long.md"), w);
    Decks.Written out = Decks.write(doc, PptxOptions.defaults(), dir);
    XMLSlideShow deck = out.open("note.pptx");
    List<XSLFSlide> all = deck.getSlides();
    XSLFTextShape body = placeholder(all.get(1), Placeholder.BODY);
    assertTrue(body.getText().contains("手順6"), "six steps on the page's one slide");
    List<Double> sizes = new ArrayList<>();
    body.getTextParagraphs().forEach(p -> p.getTextRuns().forEach(r -> sizes.add(r.getFontSize())));
    assertTrue(sizes.stream().allMatch(x -> x != null && x == 18), "sizes " + sizes);
    assertTrue(all.size() > 3, "forty items do not fit even at 18 pt: the page continues");
    assertTrue(placeholder(all.get(3), Placeholder.TITLE).getText().contains("終わりのない一覧"));
    assertTrue(out.warnings().warnings().stream()
        .anyMatch(x -> x.message().contains("theme 'gaia'")));
  }

  @Test
  void smallerTextIsSetCloseSoAPageOfShortLinesStaysOneSlide(
      @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    // eleven one-line items: at the layout's 29 pt pitch and 9 pt before, seven fit, whatever
    // the size; at 18 pt with single spacing and 0.4 em before, nine; at 90% and 0.2 em, all
    StringBuilder md = new StringBuilder("---\nmarp: true\n---\n\n# 表紙\n\n---\n\n## 十一の項目\n\n");
    for (int i = 1; i <= 11; i++) {
      md.append("- 確認項目").append(i).append('\n');
    }
    java.nio.file.Files.writeString(dir.resolve("nine.md"), md.toString());
    Document doc = new MarkdownReader(ReadOptions.defaults()).read(dir.resolve("nine.md"),
        WarningSink.collecting("nine.md"));
    Decks.Written out = Decks.write(doc, PptxOptions.defaults(), dir);
    List<XSLFSlide> all = out.open("note.pptx").getSlides();
    assertEquals(2, all.size(), "one slide per page");
    XSLFTextShape body = placeholder(all.get(1), Placeholder.BODY);
    assertTrue(body.getText().contains("確認項目11"), body.getText());
    for (var p : body.getTextParagraphs()) {
      assertEquals(TextFiller.SIZED_LINE_SPACING, p.getLineSpacing(), 1e-9, "90% spacing");
      assertEquals(-18 * TextFiller.SIZED_SPACE_BEFORE, p.getSpaceBefore(), 0.01, "points before");
      p.getTextRuns().forEach(r -> assertEquals(18.0, r.getFontSize(), 1e-9));
    }
    assertTrue(Measure.textHeight(body) - Measure.paragraphExcess(body) <= Measure.room(body),
        "POI lays the eleven lines out inside the placeholder");
  }

  @Test
  void anUnreadableSidePictureLeavesTheTextItsWholePlace(
      @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    java.nio.file.Files.writeString(dir.resolve("gone.md"), "---\nmarp: true\n---\n\n# 表紙\n\n"
        + "---\n\n![bg left:40%](missing.png)\n\n## 図のない頁\n\n- 文字だけが残る\n");
    WarningSink w = WarningSink.collecting("gone.md");
    Document doc = new MarkdownReader(ReadOptions.defaults()).read(dir.resolve("gone.md"), w);
    Decks.Written out = Decks.write(doc, PptxOptions.defaults(), dir);
    XSLFSlide s = out.open("note.pptx").getSlides().get(1);
    assertTrue(pictures(s).isEmpty());
    assertTrue(placeholder(s, Placeholder.BODY).getAnchor().getMinX() < width * 0.2,
        "the body keeps the layout's place");
  }
}
