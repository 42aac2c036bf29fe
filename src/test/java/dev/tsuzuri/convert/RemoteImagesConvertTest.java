package dev.tsuzuri.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.Tsuzuri;
import dev.tsuzuri.diag.Warning;
import dev.tsuzuri.convert.NoteResult.Status;
import dev.tsuzuri.convert.internal.Fingerprint;
import dev.tsuzuri.write.WriteOptions;
import dev.tsuzuri.write.pdf.PdfOptions;
import dev.tsuzuri.testing.ImageServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Remote images through a whole conversion with the Markdown reader: none fetched without
 * permission, each fetched once with it, and really inside the PDF, Word and PowerPoint files.
 */
class RemoteImagesConvertTest {
  @TempDir Path dir;
  private ImageServer server;

  @BeforeAll
  static void poiReadsOurOutputs() {
    // the writers' outputs are highly compressible; POI's reading default takes them for bombs
    ZipSecureFile.setMinInflateRatio(0.0001);
  }

  @BeforeEach
  void start() throws IOException {
    server = new ImageServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Path note(String name, String image) throws IOException {
    Path p = dir.resolve("notes").resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, "---\ntitle: 遠隔画像の勉強会\n---\n\n## 第1回 構成図\n\n"
        + "- 今日の話題\n  - 全体の構成を図で見る\n\n"
        + "![構成図](" + image + ")\n\n- まとめ\n  - 図はサーバーから取ってくる\n",
        StandardCharsets.UTF_8);
    return p;
  }

  private BatchResult convert(boolean allowRemote) {
    return Tsuzuri.convert(request(allowRemote).build());
  }

  private ConvertRequest.Builder request(boolean allowRemote) {
    return ConvertRequest.builder().input(dir.resolve("notes"))
        .output(dir.resolve("out")).formats("pdf", "docx", "pptx", "html")
        .allowRemote(allowRemote).jobs(2);
  }

  @Test
  void withoutPermissionNothingIsFetchedAndTheOutputsAreWritten() throws Exception {
    note("a.md", server.url("a.png"));
    BatchResult r = convert(false);
    assertTrue(r.ok(), r.toString());
    assertEquals(0, server.requests(), "a request reached the server");
    NoteResult n = r.notes().get(0);
    assertTrue(n.warnings().stream().anyMatch(w -> w.line() == 10
        && w.message().contains("--allow-remote")
        && w.message().contains(server.url("a.png"))), "" + n.warnings());
    assertEquals(0, pdfImages(out("a.pdf")));
    assertEquals(0, docxPictures(out("a.docx")));
    assertEquals(0, pptxPictures(out("a.pptx")));
  }

  @Test
  void withPermissionEachImageIsFetchedOnceAndIsInEveryFormat() throws Exception {
    note("a.md", server.url("shared.png"));
    note("b.md", server.url("shared.png"));
    BatchResult r = convert(true);
    assertTrue(r.ok(), r.toString());
    assertEquals(1, server.requests("shared.png"), "two notes, four formats, one request");
    for (NoteResult n : r.notes()) {
      assertEquals(List.of(), n.warnings(), n.input().toString());
    }
    for (String stem : List.of("a", "b")) {
      assertEquals(1, pdfImages(out(stem + ".pdf")));
      assertEquals(1, docxPictures(out(stem + ".docx")));
      assertEquals(1, pptxPictures(out(stem + ".pptx")));
      String html = Files.readString(out(stem + ".html"));
      assertTrue(html.contains("src=\"data:image/png;base64,"), "image not inlined in HTML");
      assertFalse(html.contains("src=\"http"), "the page itself must not load it");
    }
  }

  @Test
  void thePdfEngineStillFetchesNothingItself() throws Exception {
    note("a.md", server.url("wanted.png"));
    Path css = dir.resolve("print.css");
    Files.writeString(css, "@import url(\"" + server.url("more.css") + "\");\n"
        + "body { background-image: url(\"" + server.url("bg.png") + "\"); }\n");
    BatchResult r = Tsuzuri.convert(request(true).options(WriteOptions.defaults()
        .with(PdfOptions.builder().css(css).build())).build());
    assertTrue(r.ok(), r.toString());
    assertEquals(1, server.requests(), "only the note's image, fetched by tsuzuri");
    assertEquals(1, server.requests("wanted.png"));
    assertEquals(1, pdfImages(out("a.pdf")));
  }

  @Test
  void aFailedFetchIsAWarningAndTheNoteStillConverts() throws Exception {
    note("a.md", server.url("missing.png"));
    BatchResult r = convert(true);
    assertTrue(r.ok(), r.toString());
    assertEquals(1, server.requests("missing.png"), "one request for all formats");
    List<Warning> warnings = r.notes().get(0).warnings();
    assertTrue(warnings.stream().anyMatch(w -> w.line() == 10 && w.message().contains("HTTP 404")
        && w.message().contains(server.url("missing.png"))), "" + warnings);
    assertEquals(0, pdfImages(out("a.pdf")));
    assertEquals(0, docxPictures(out("a.docx")));
  }

  @Test
  void turningTheOptionOnOrOffConvertsAgain() throws Exception {
    note("a.md", server.url("toggle.png"));
    assertEquals(Status.CONVERTED, convert(false).notes().get(0).status());
    assertEquals(Status.UNCHANGED, convert(false).notes().get(0).status());
    assertEquals(0, pdfImages(out("a.pdf")));
    assertEquals(Status.CONVERTED, convert(true).notes().get(0).status());
    assertEquals(1, pdfImages(out("a.pdf")));
    assertEquals(Status.UNCHANGED, convert(true).notes().get(0).status());
    assertEquals(Status.CONVERTED, convert(false).notes().get(0).status());
    assertEquals(0, pdfImages(out("a.pdf")));
    assertEquals(1, server.requests("toggle.png"));
  }

  @Test
  void theOptionIsInTheHashOfFormatsWithImagesOnly() {
    var options = WriteOptions.defaults();
    for (String format : List.of("pdf", "docx", "pptx", "html", "png")) {
      assertFalse(Fingerprint.ofOptions(format, options, List.of(), "", false)
          .equals(Fingerprint.ofOptions(format, options, List.of(), "", true)), format);
    }
    assertEquals(Fingerprint.ofOptions("json", options, List.of(), "", false),
        Fingerprint.ofOptions("json", options, List.of(), "", true));
    assertEquals(Fingerprint.ofOptions("pdf", options, List.of(), ""),
        Fingerprint.ofOptions("pdf", options, List.of(), "", false), "old hashes stay valid");
  }

  private Path out(String name) {
    return dir.resolve("out").resolve(name);
  }

  /** Image XObjects drawn on the PDF's pages. */
  static int pdfImages(Path pdf) throws IOException {
    int n = 0;
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name) instanceof PDImageXObject img) {
            assertEquals(40, img.getWidth());
            n++;
          }
        }
      }
    }
    return n;
  }

  /** Pictures placed in the Word file's body. */
  static int docxPictures(Path docx) throws IOException {
    try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
      return (int) doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
          .mapToLong(run -> run.getEmbeddedPictures().size()).sum();
    }
  }

  /** Picture shapes on the deck's slides. */
  static int pptxPictures(Path pptx) throws IOException {
    try (InputStream in = Files.newInputStream(pptx); XMLSlideShow deck = new XMLSlideShow(in)) {
      return (int) deck.getSlides().stream().flatMap(s -> s.getShapes().stream())
          .filter(s -> s instanceof XSLFPictureShape).count();
    }
  }
}
