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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.presentationml.x2006.main.CTSlide;

/** Marp's {@code color} directive and {@code invert}, {@code lead}, {@code title} classes. */
class MarpColorsTest {
  private static final Path NOTES = Path.of("src/test/resources/notes");
  private static List<XSLFSlide> slides;

  @BeforeAll
  static void write() throws Exception {
    Document doc = new MarkdownReader(ReadOptions.defaults()).read(
        NOTES.resolve("marp-colors.md"), WarningSink.collecting("marp-colors.md"));
    slides = Decks.write(doc, PptxOptions.defaults(), NOTES).open("note.pptx").getSlides();
  }

  /** The colours written on the text runs of a slide's title and body (null: inherited). */
  private static List<Color> colors(XSLFSlide s, boolean monospace) {
    List<Color> out = new ArrayList<>();
    for (XSLFShape sh : s.getShapes()) {
      if (!(sh instanceof XSLFTextShape t) || t.getPlaceholder() == null
          || t.getPlaceholder() == Placeholder.SLIDE_NUMBER
          || t.getPlaceholder() == Placeholder.FOOTER) {
        continue;
      }
      for (XSLFTextParagraph p : t.getTextParagraphs()) {
        for (XSLFTextRun r : p.getTextRuns()) {
          if (r.getRawText().isBlank()
              || "BIZ UDGothic".equals(r.getFontFamily()) != monospace) {
            continue;
          }
          var rPr = r.getRPr(false);
          out.add(rPr != null && rPr.isSetSolidFill() && rPr.getSolidFill().isSetSrgbClr()
              ? rgb(rPr.getSolidFill().getSrgbClr().getVal()) : null);
        }
      }
    }
    return out;
  }

  private static Color rgb(byte[] v) {
    return new Color(v[0] & 0xff, v[1] & 0xff, v[2] & 0xff);
  }

  private static final Color NAVY = new Color(0, 0, 0x80);
  private static final Color RED = new Color(0xc0, 0, 0);

  @Test
  void onePerPage() {
    assertEquals(7, slides.size());
  }

  @Test
  void colorDirectiveSetsTitleAndBodyRunsFromItsPageOnAndSpotColorOnce() {
    assertTrue(colors(slides.get(0), false).stream().allMatch(c -> c == null),
        "no colour before the directive: " + colors(slides.get(0), false));
    for (int i : new int[] {2, 4}) {
      List<Color> c = colors(slides.get(i), false);
      assertTrue(c.size() >= 2 && c.stream().allMatch(NAVY::equals), "slide " + i + ": " + c);
    }
    List<Color> red = colors(slides.get(3), false);
    assertTrue(red.size() >= 2 && red.stream().allMatch(RED::equals), "spot colour: " + red);
    // code keeps its own colours: the page colour goes to runs without one
    assertFalse(colors(slides.get(4), true).stream().allMatch(NAVY::equals));
  }

  @Test
  void invertGivesTheSlideTheTemplatesDarkVariant() {
    XSLFSlide dark = slides.get(1);
    CTSlide x = dark.getXmlObject();
    assertTrue(x.getClrMapOvr().isSetOverrideClrMapping(), "colour map overridden");
    var map = x.getClrMapOvr().getOverrideClrMapping();
    assertEquals("dk1", map.getBg1().toString());
    assertEquals("lt1", map.getTx1().toString());
    // the background is the theme's dark colour, named directly
    assertEquals("dk1", x.getCSld().getBg().getBgPr().getSolidFill().getSchemeClr().getVal()
        .toString());
    for (XSLFSlide s : List.of(slides.get(0), slides.get(2))) {
      assertFalse(s.getXmlObject().getClrMapOvr().isSetOverrideClrMapping());
      assertFalse(s.getXmlObject().getCSld().isSetBg());
    }
  }

  @Test
  void leadIsTheSectionLayoutAndTitleTheTitleLayout() {
    String content = slides.get(2).getSlideLayout().getName();
    String lead = slides.get(5).getSlideLayout().getName();
    String title = slides.get(6).getSlideLayout().getName();
    assertEquals(slides.get(0).getSlideLayout().getName(), title);
    assertFalse(lead.equals(content) || lead.equals(title), lead);
    assertTrue(slides.get(6).getShapes().stream().anyMatch(sh -> sh instanceof XSLFTextShape t
        && t.getText().contains("午後の演習")));
    assertTrue(slides.get(5).getShapes().stream().noneMatch(sh -> sh instanceof XSLFTextShape t
        && t.getText().contains("lead")));
  }
}
