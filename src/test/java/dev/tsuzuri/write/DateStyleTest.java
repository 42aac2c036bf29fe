package dev.tsuzuri.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.read.markdown.MarkdownReader;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** One date style per document language, read back from every format's title. */
class DateStyleTest {
  @Test
  void longDateOfTheLanguage() {
    assertEquals("2018年3月13日", DateStyle.format(LocalDate.of(2018, 3, 13), "ja"));
    assertEquals("March 13, 2018", DateStyle.format(LocalDate.of(2018, 3, 13), "en"));
    assertEquals("March 13, 2018", DateStyle.format(LocalDate.of(2018, 3, 13), ""));
  }

  @Test
  void everyFormatShowsTheSameDate() throws Exception {
    for (String[] c : new String[][] {{"ja", "2018年3月13日（更新 2018年4月1日）"},
        {"en", "March 13, 2018 (updated April 1, 2018)"}}) {
      String note = "---\ntitle: 日付\nlang: " + c[0]
          + "\ndate: 2018-03-13\nlastmod: 2018-04-01\nauthor: 綴\n---\n\n本文です。\n";
      WarningSink w = WarningSink.collecting("date.md");
      Document doc = MarkdownReader.defaults().read(note, w);
      assertEquals(c[1], DateStyle.dateLine(doc.metadata()));
      for (String format : List.of("html", "pdf", "docx", "pptx")) {
        MemoryOutputs out = new MemoryOutputs();
        Writers.forFormat(format).create().write(doc, new WriteContext("date", out,
            Resources.none(w), WriteOptions.defaults(), w));
        String text = text(format, out.get("date." + format)).replaceAll("\\s+", " ");
        assertTrue(text.contains(c[1].replaceAll("\\s+", " ")), format + ": " + text);
      }
    }
  }

  private static String text(String format, byte[] bytes) throws Exception {
    switch (format) {
      case "pdf":
        try (PDDocument d = Loader.loadPDF(bytes)) {
          return new PDFTextStripper().getText(d);
        }
      case "docx":
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(bytes));
            XWPFWordExtractor x = new XWPFWordExtractor(d)) {
          return x.getText();
        }
      case "pptx":
        StringBuilder b = new StringBuilder();
        try (XMLSlideShow s = new XMLSlideShow(new ByteArrayInputStream(bytes))) {
          for (XSLFShape shape : s.getSlides().get(0).getShapes()) {
            if (shape instanceof XSLFTextShape t) {
              b.append(t.getText()).append('\n');
            }
          }
        }
        return b.toString();
      default:
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }
  }
}
