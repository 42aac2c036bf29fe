package dev.tsuzuri.write.pptx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.font.AwtFonts;
import dev.tsuzuri.slide.Line;
import dev.tsuzuri.slide.Run;
import java.util.List;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;

/**
 * Code is measured as a viewer without the bundled monospace face lays it out: its fallback
 * (DejaVu Sans Mono, Liberation Mono) sets Latin letters 0.6 em wide where BIZ UDGothic sets
 * 0.5 em, so a line that just fits the body in the bundled face wraps there, and the slide
 * must have room for the wrapped line.
 */
class CodeWidthTest {
  private static Line code(int letters) {
    return Line.of(0, Line.Kind.CODE, "", List.of(Run.plain("x".repeat(letters))));
  }

  @Test
  void aCodeLineIsMeasuredWrappingWhereAFallbackFaceWouldWrapIt() throws Exception {
    AwtFonts.register();
    Template template = Template.of(null);
    try (XMLSlideShow scratch = template.open()) {
      Layouts layouts = Layouts.find(scratch, template.name());
      TextFiller filler = new TextFiller(TextStyle.forLang("ja"));
      PoiFit fit = new PoiFit(PoiScratch.of(scratch, template.name()), layouts.bodyArea(),
          filler, new TextMeasurer(filler, TextStyle.forLang("ja")));
      XSLFTextShape body = Layouts.body(scratch.createSlide(layouts.content()));
      double width = body.getAnchor().getWidth();
      // the measured code paragraph leaves the share a fallback face needs more
      filler.lines(body, List.of(code(10)));
      ParagraphStyle code = PoiBox.styleOf(body);
      filler.lines(body, List.of(Line.of(0, Line.Kind.PLAIN, "", List.of(Run.plain("x")))));
      ParagraphStyle plain = PoiBox.styleOf(body);
      assertEquals(width * (Measure.WIDTH_SAFETY - Measure.CODE_WIDTH_SHARE),
          code.rightMargin() - plain.rightMargin(), 0.01);
      // so the longest code line measured on one line is about 0.83 / 0.92 of what the width
      // other text is measured in would hold
      int n = 10;
      while (fit.heights(code(n + 1)).alone() < fit.heights(code(1)).alone() * 1.5) {
        n++;
      }
      double inner = width * Measure.WIDTH_SAFETY - plain.leftMargin() - 14.4;
      double codeInner = inner - code.rightMargin();
      double perLetter = codeInner / n;
      assertTrue(perLetter * (n + 2) > codeInner, n + " letters of " + perLetter + " pt");
      assertEquals(fit.referenceHeights(code(n + 1)).alone(), fit.heights(code(n + 1)).alone(),
          1e-6, "POI's own layout of the line agrees");
    }
  }
}
