package dev.tsuzuri.write.pptx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.tsuzuri.font.AwtFonts;
import dev.tsuzuri.slide.Line;
import dev.tsuzuri.slide.Run;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;

/**
 * Laying a paragraph out with Java2D from a style read once gives exactly what POI's own layout
 * gives, for body lines of every kind and for titles at every size the writer tries.
 */
class AwtParagraphTest {
  private static final TextStyle STYLE = TextStyle.forLang("ja");

  @Test
  void bodyLinesMeasureAsPoiLaysThemOut() throws IOException {
    AwtFonts.register();
    List<Line> lines = PoiFitHeightsTest.randomLines(new Random(7));
    TextFiller filler = new TextFiller(STYLE);
    AwtParagraph awt = new AwtParagraph(STYLE);
    Template template = Template.of(null);
    try (XMLSlideShow ppt = template.open()) {
      Layouts layouts = Layouts.find(ppt, template.name());
      XSLFTextShape body = Layouts.body(ppt.createSlide(layouts.content()));
      for (Line line : lines) {
        filler.lines(body, List.of(line));
        XSLFTextParagraph p = body.getTextParagraphs().get(0);
        ParagraphLayout.Heights poi = Measure.atSafeWidth(body, () -> ParagraphLayout.of(p));
        ParagraphStyle style = PoiBox.styleOf(body);
        assertNotNull(style, line::toString);
        ParagraphLayout.Heights fast = awt.measure(style, filler.pieces(line));
        assertNotNull(fast, line::toString);
        assertEquals(poi.first(), fast.first(), 1e-9, "first: " + line);
        assertEquals(poi.following(), fast.following(), 1e-9, "following: " + line);
        assertEquals(poi.spaceAfter(), fast.spaceAfter(), 1e-9, "after: " + line);
      }
    }
  }

  @Test
  void titlesMeasureAsPoiLaysThemOut() throws IOException {
    AwtFonts.register();
    TextFiller filler = new TextFiller(STYLE);
    TextMeasurer measurer = new TextMeasurer(filler, STYLE);
    Template template = Template.of(null);
    List<List<Run>> titles = List.of(List.of(Run.plain("第3回 クラウド設計の勘所")),
        List.of(Run.plain("Serverless と "), new Run("コンテナ", true, false, false, false, "")),
        List.of(Run.plain("とても長いタイトルが折り返されるかどうかを確かめるための、かなり長めの見出し"
            + "テキスト（Amazon Web Services re:Invent 2026 の振り返り）")),
        List.of(new Run("kubectl get pods", false, false, true, false, "")), List.of());
    try (XMLSlideShow ppt = template.open()) {
      Layouts layouts = Layouts.find(ppt, template.name());
      for (var layout : List.of(layouts.content(), layouts.title(), layouts.section())) {
        XSLFSlide slide = ppt.createSlide(layout);
        XSLFTextShape shape = Layouts.title(slide);
        PoiBox box = new PoiBox(shape);
        for (List<Run> title : titles) {
          for (Double size : new Double[] {null, 44.0, 36.0, 28.0, 20.0}) {
            double fast = measurer.title(box, title, size);
            filler.runs(shape, title, size);
            assertNotNull(PoiBox.styleOf(shape));
            filler.runs(shape, title, size);
            assertEquals(Measure.textHeight(shape), fast, 1e-9, title + " at " + size);
          }
        }
      }
    }
  }

  @Test
  void tableCellsMeasureAsPoiLaysThemOut() throws IOException {
    AwtFonts.register();
    TextFiller filler = new TextFiller(STYLE);
    Random random = new Random(11);
    List<Line> texts = PoiFitHeightsTest.randomLines(random);
    List<List<Run>> header = List.of(List.of(Run.plain("項目")), List.of(Run.plain("説明と補足")),
        List.of(new Run("Code", false, false, true, false, "")));
    List<List<List<Run>>> rows = new java.util.ArrayList<>();
    for (int r = 0; r < 12; r++) {
      List<List<Run>> row = new java.util.ArrayList<>();
      for (int c = 0; c < 3; c++) {
        row.add(texts.get(random.nextInt(texts.size())).runs());
      }
      rows.add(row);
    }
    var table = new dev.tsuzuri.slide.TableContent(List.of("", "ctr", "r"), List.of(2.0, 5.0, 3.0),
        List.of(header), rows);
    Template template = Template.of(null);
    try (XMLSlideShow ppt = template.open()) {
      Layouts layouts = Layouts.find(ppt, template.name());
      XSLFSlide slide = ppt.createSlide(layouts.titleOnly());
      TextMeasurer measurer = new TextMeasurer(filler, STYLE);
      var made = PoiTables.make(filler, slide, table, layouts.bodyArea());
      for (int r = 0; r < made.getNumberOfRows(); r++) {
        List<List<Run>> cells = r == 0 ? header : rows.get(r - 1);
        for (int c = 0; c < 3; c++) {
          var cell = made.getCell(r, c);
          double fast = PoiTables.cell(measurer, cell, cells.get(c), r == 0);
          assertNotNull(PoiBox.styleOf(cell));
          assertEquals(Measure.textHeight(cell), fast, 1e-9, "cell " + r + "," + c);
        }
      }
      // the layout written without POI is the table POI makes: same columns, same rows
      TableMaker.Layout layout = new TableMaker(new TextMeasurer(filler, STYLE))
          .layOut(new PoiSlide(ppt.createSlide(layouts.titleOnly())), table, layouts.bodyArea());
      assertEquals(made.getNumberOfRows(), layout.heights().length);
      for (int r = 0; r < made.getNumberOfRows(); r++) {
        assertEquals(made.getRowHeight(r), layout.heights()[r], 1e-9, "row " + r);
      }
      for (int c = 0; c < 3; c++) {
        assertEquals(Xml.emu(made.getColumnWidth(c)), Xml.emu(layout.widths()[c]), "column " + c);
      }
    }
  }
}
