package dev.tsuzuri.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Callout;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.read.ReadOptions;
import dev.tsuzuri.read.markdown.MarkdownReader;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;

/**
 * The callout fixture (every theme's admonitions, alerts, tabs) written as PDF, Word, PowerPoint
 * and JSON and read back with PDFBox, POI and the JSON text: each callout's title and text are
 * there, in order, coloured by its kind from {@link CalloutColors}.
 */
class CalloutsAcrossFormatsTest {
  private static final Path NOTE = Path.of("src/test/resources/notes/callouts.md");
  /** Title (or the kind's Japanese name) and body text of some callouts, in reading order. */
  private static final List<String[]> EXPECTED = List.of(
      new String[] {"本番環境に注意", "接続しないこと", "WARNING"},
      new String[] {"Docsy の注意", "元に戻せません", "DANGER"},
      new String[] {"情報", "資料は後日公開します", "INFO"},
      new String[] {"危険", "Hugo Book の危険表示です", "DANGER"},
      new String[] {"メモ", "GitHub のノート形式です", "NOTE"},
      new String[] {"早めの予約", "二十名", "TIP"},
      new String[] {"注意", "撤収は二十一時までです", "CAUTION"},
      new String[] {"YAML", "YAML の設定例です", "TAB"},
      new String[] {"Windows", "winget で入れます", "TAB"});
  private static Document doc;

  @BeforeAll
  static void read() throws Exception {
    doc = new MarkdownReader(ReadOptions.defaults()).read(NOTE, WarningSink.collecting("c.md"));
  }

  private static byte[] write(String format, WarningSink w) throws IOException {
    MemoryOutputs out = new MemoryOutputs();
    Writers.forFormat(format).create().write(doc, new WriteContext("callouts", out,
        Resources.none(w), WriteOptions.defaults(), w));
    return out.get("callouts." + format);
  }

  private static void inOrder(String text, String format) {
    int at = 0;
    for (String[] e : EXPECTED) {
      for (String part : new String[] {e[0], e[1]}) {
        int found = text.indexOf(part, at);
        assertTrue(found >= 0, format + ": '" + part + "' after offset " + at);
        at = found + part.length();
      }
    }
  }

  @Test
  void pdfShowsTitlesAndTextInOrder() throws Exception {
    WarningSink w = WarningSink.collecting("c.md");
    try (PDDocument pdf = Loader.loadPDF(write("pdf", w))) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      inOrder(text, "pdf");
    }
    assertEquals(List.of(), w.warnings());
  }

  @Test
  void htmlBoxesCarryTheKindsClassAndTheSharedColours() throws Exception {
    String html = new String(write("html", WarningSink.collecting("c.md")),
        StandardCharsets.UTF_8);
    inOrder(html, "html");
    assertTrue(html.contains("class=\"callout callout-warning\""), "warning box");
    CalloutColors.Look look = CalloutColors.look(Callout.Kind.WARNING);
    assertTrue(html.contains(".callout-warning { border-color: #" + look.border()
        + "; background-color: #" + look.fill()), "the one colour table in the stylesheet");
  }

  @Test
  void wordParagraphsAreCalloutStylesShadedByKind() throws Exception {
    WarningSink w = WarningSink.collecting("c.md");
    try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(write("docx", w)))) {
      StringBuilder text = new StringBuilder();
      List<String> titles = new ArrayList<>();
      List<Integer> infoIndents = new ArrayList<>();
      for (XWPFParagraph p : d.getParagraphs()) {
        text.append(p.getText()).append('\n');
        String style = p.getStyleID() == null ? ""
            : d.getStyles().getStyle(p.getStyleID()).getName();
        CTShd shd = p.getCTP().getPPr() == null ? null : p.getCTP().getPPr().getShd();
        if (style.equals("Callout Title")) {
          titles.add(p.getText());
          assertNotNull(shd, "shaded: " + p.getText());
          if (p.getText().equals("情報")) {
            infoIndents.add(p.getIndentationRight());
          }
        }
        for (String[] e : EXPECTED) {
          if (p.getText().contains(e[1])) {
            assertEquals("Callout", style, p.getText());
            assertNotNull(shd, "shaded: " + p.getText());
            assertEquals(CalloutColors.look(Callout.Kind.valueOf(e[2])).fill(),
                shd.xgetFill().getStringValue().toUpperCase(java.util.Locale.ROOT), p.getText());
          }
        }
      }
      inOrder(text.toString(), "docx");
      assertEquals(2, infoIndents.size());
      assertTrue(!infoIndents.get(0).equals(infoIndents.get(1)),
          "two info callouts in a row differ in indent, so Word draws two boxes: " + infoIndents);
      assertEquals(17, titles.size(), titles.toString());
      assertEquals("本番環境に注意", titles.get(0));
      assertTrue(titles.contains("Java"), titles.toString());
    }
    assertEquals(List.of(), w.warnings());
  }

  @Test
  void slidesDrawEachCalloutAsAFilledBoxWithItsTextOnTheSlide() throws Exception {
    WarningSink w = WarningSink.collecting("c.md");
    try (XMLSlideShow ppt = new XMLSlideShow(new ByteArrayInputStream(write("pptx", w)))) {
      Dimension page = ppt.getPageSize();
      Rectangle2D slideArea = new Rectangle2D.Double(0, 0, page.getWidth(), page.getHeight());
      StringBuilder text = new StringBuilder();
      int boxes = 0;
      for (XSLFSlide s : ppt.getSlides()) {
        for (XSLFShape sh : s.getShapes()) {
          if (!(sh instanceof XSLFTextShape t)) {
            continue;
          }
          assertTrue(slideArea.contains(t.getAnchor()), "shape on the slide");
          text.append(t.getText()).append('\n');
          for (String[] e : EXPECTED) {
            if (t.getText().contains(e[1])) {
              boxes++;
              CalloutColors.Look look = CalloutColors.look(Callout.Kind.valueOf(e[2]));
              assertEquals(Color.decode("#" + look.fill()), t.getFillColor(), t.getText());
              assertEquals(Color.decode("#" + look.border()), t.getLineColor(), t.getText());
              assertTrue(t.getText().startsWith(e[0]), "the box opens with its title");
            }
          }
        }
      }
      inOrder(text.toString(), "pptx");
      assertEquals(EXPECTED.size(), boxes);
    }
    assertEquals(List.of(), w.warnings(), "no slide text taller than its box");
  }

  @Test
  void aLongCalloutContinuesInABoxOnTheNextSlides() throws Exception {
    List<dev.tsuzuri.outline.Block> body = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      body.add(new dev.tsuzuri.outline.Paragraph(List.of(new dev.tsuzuri.outline.Inline.Text(
          "第" + i + "項：会場の電源は各自で確保し、延長コードは養生テープで床に固定すること。")), i));
    }
    Document longOne = new Document(dev.tsuzuri.outline.Metadata.empty("ja"),
        List.of(new Callout(Callout.Kind.WARNING, List.of(), body, 1)), List.of());
    WarningSink w = WarningSink.collecting("long.md");
    MemoryOutputs out = new MemoryOutputs();
    Writers.forFormat("pptx").create().write(longOne, new WriteContext("long", out,
        Resources.none(w), WriteOptions.defaults(), w));
    try (XMLSlideShow ppt = new XMLSlideShow(new ByteArrayInputStream(out.get("long.pptx")))) {
      int boxes = 0;
      StringBuilder text = new StringBuilder();
      for (XSLFSlide s : ppt.getSlides()) {
        for (XSLFShape sh : s.getShapes()) {
          if (sh instanceof XSLFTextShape t && t.getText().contains("項：")) {
            boxes++;
            text.append(t.getText());
            assertEquals(Color.decode("#" + CalloutColors.look(Callout.Kind.WARNING).fill()),
                t.getFillColor());
          }
        }
      }
      assertTrue(boxes >= 3, "continued over several slides: " + boxes);
      assertTrue(text.toString().startsWith("警告"), "the kind's name titles the box");
      for (int i = 1; i <= 40; i++) {
        assertTrue(text.toString().contains("第" + i + "項"), "item " + i);
      }
    }
    assertEquals(List.of(), w.warnings(), "every page measured to fit its box");
  }

  @Test
  void jsonHasTheKinds() throws Exception {
    String json = new String(write("json", WarningSink.collecting("c.md")),
        StandardCharsets.UTF_8).replaceAll("\\s+", "");
    assertTrue(json.contains("\"tsuzuri-api-version\":[2,2]"), json.substring(0, 60));
    for (String kind : List.of("warning", "danger", "info", "tip", "note", "important",
        "caution", "tab")) {
      assertTrue(json.contains("\"t\":\"Callout\",\"line\"") && json.contains("\"kind\":\""
          + kind + "\""), kind);
    }
  }
}
