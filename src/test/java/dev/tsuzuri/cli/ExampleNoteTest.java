package dev.tsuzuri.cli;

import dev.tsuzuri.json.Json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command, in-process, through the real reader and writers: the bundled
 * example note becomes a PDF, a Word file, a deck and JSON that read back with the same text.
 */
class ExampleNoteTest {
  static final Path EXAMPLE = Path.of("src/examples/seminar-notes.md");
  static final String SESSION = "セッション1：サーバーレスで作る社内ツール";
  static final String DEEPEST = "当番の睡眠時間が戻った、という一言に会場が笑った";
  static final String TAB_INDENTED = "応答時間のパーセンタイル";

  @TempDir Path out;

  @Test
  @SuppressWarnings("unchecked")
  void readmeFirstCommandMakesEveryFormat() throws IOException {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int exit = Main.commandLine(new PrintWriter(o, true), new PrintWriter(e, true))
        .execute("convert", EXAMPLE.toString(), "-t", "pdf,docx,pptx,json", "-o", out.toString());
    assertEquals(0, exit, o + "\n" + e);
    assertTrue(o.toString().contains("1 converted"), o.toString());

    try (PDDocument pdf = Loader.loadPDF(out.resolve("seminar-notes.pdf").toFile())) {
      String text = new PDFTextStripper().getText(pdf);
      for (String s : List.of(SESSION, DEEPEST, TAB_INDENTED)) {
        assertTrue(text.contains(s), "PDF lacks " + s);
      }
    }
    try (InputStream in = Files.newInputStream(out.resolve("seminar-notes.docx"));
        XWPFDocument docx = new XWPFDocument(in)) {
      String text = docx.getParagraphs().stream().map(XWPFParagraph::getText)
          .collect(Collectors.joining("\n"));
      for (String s : List.of(SESSION, DEEPEST, TAB_INDENTED)) {
        assertTrue(text.contains(s), "Word file lacks " + s);
      }
    }
    try (InputStream in = Files.newInputStream(out.resolve("seminar-notes.pptx"));
        XMLSlideShow deck = new XMLSlideShow(in)) {
      StringBuilder text = new StringBuilder();
      deck.getSlides().forEach(slide -> {
        for (XSLFShape shape : slide.getShapes()) {
          if (shape instanceof XSLFTextShape t) {
            text.append(t.getText()).append('\n');
          }
        }
      });
      for (String s : List.of(DEEPEST, TAB_INDENTED)) {
        assertTrue(text.toString().contains(s), "deck lacks " + s);
      }
    }
    Map<String, Object> json = (Map<String, Object>) Json.parse(
        Files.readString(out.resolve("seminar-notes.json")));
    assertEquals("春のクラウド勉強会 2025 参加メモ",
        ((Map<String, Object>) json.get("meta")).get("title"));
  }
}
