package dev.tsuzuri.write.pptx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.read.ReadOptions;
import dev.tsuzuri.read.markdown.MarkdownReader;
import dev.tsuzuri.write.pptx.PptxOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;

/** Raw HTML of a Blogger-style note on slides, read back with POI. */
class PptxHtmlTest {
  private static final Path NOTE = Path.of("src/test/resources/notes/html-blog.md");

  @Test
  void htmlTablesPicturesAndCodeAreSlideTablesPicturesAndCode() throws Exception {
    WarningSink w = WarningSink.collecting("html-blog.md");
    Document doc = new MarkdownReader(ReadOptions.defaults()).read(NOTE, w);
    Decks.Written written = Decks.write(doc, PptxOptions.defaults(),
        NOTE.toAbsolutePath().getParent());
    List<XSLFTable> tables = new ArrayList<>();
    int pictures = 0;
    StringBuilder text = new StringBuilder();
    List<XSLFTextRun> runs = new ArrayList<>();
    try (XMLSlideShow ppt = written.open("note.pptx")) {
      for (XSLFSlide s : ppt.getSlides()) {
        for (XSLFShape sh : s.getShapes()) {
          if (sh instanceof XSLFTable t) {
            tables.add(t);
          } else if (sh instanceof XSLFPictureShape) {
            pictures++;
          } else if (sh instanceof XSLFTextShape t) {
            text.append(t.getText()).append('\n');
            t.getTextParagraphs().forEach(p -> runs.addAll(p.getTextRuns()));
          }
        }
      }
      assertEquals(2, tables.size(), text.toString());
      XSLFTable sessions = tables.get(1);
      assertEquals("内容", sessions.getCell(0, 1).getText());
      assertEquals("午前", sessions.getCell(1, 0).getText());
      assertEquals("", sessions.getCell(2, 0).getText(), "the merged cell shown once");
      assertEquals("事例紹介", sessions.getCell(2, 1).getText());
      assertEquals(1, pictures, "the <figure> has a picture slide");
      String all = text.toString();
      assertTrue(all.contains("public String handle(Map<String, Object> event) {"), all);
      assertTrue(all.contains("サーバーレス"), all);
      assertTrue(all.contains("当日のメモ（クリックで開く）"), all);
      assertTrue(all.contains("YouTube: dQw4w9WgXcQ"), all);
      assertFalse(all.contains("広告") || all.contains("<td") || all.contains("<b>"), all);
      assertTrue(runs.stream().anyMatch(r -> r.getRawText().equals("下線") && r.isUnderlined()));
      assertTrue(runs.stream().anyMatch(r -> r.getRawText().equals("3") && r.isSuperscript()));
      assertTrue(runs.stream().anyMatch(r -> r.getRawText().equals("2") && r.isSubscript()));
    }
    assertTrue(written.warnings().warnings().stream()
        .anyMatch(x -> x.message().contains("merged cells")));
  }
}
