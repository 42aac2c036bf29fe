package dev.tsuzuri.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.convert.ConvertRequest;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview server through HTTP: the index, a note's page, the outputs made on request (read
 * back with PDFBox, POI and ImageIO), and the reload events that changes send.
 */
@Timeout(600)
class PreviewServerTest {
  static final String NOTE = """
      ---
      title: "秋の勉強会メモ"
      date: 2025-10-04
      tags: [データ, 勉強会]
      ---

      ## 基調講演

      - データは小さく集めて早く見る
        - 可視化は問いから始める

      ![会場の写真](hall.png)

      ## 分科会

      質疑応答が一番おもしろかった。
      """;

  @TempDir Path dir;
  private Path content;
  private PreviewServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    content = Files.createDirectories(dir.resolve("content"));
    Files.createDirectories(content.resolve("posts"));
    Files.writeString(content.resolve("posts/autumn.md"), NOTE, StandardCharsets.UTF_8);
    Files.writeString(content.resolve("posts/other.md"), "# ほかのメモ\n\n関係ない話。\n",
        StandardCharsets.UTF_8);
    ConvertRequest request = ConvertRequest.builder().input(content).output(dir.resolve("cache"))
        .formats("html").drafts(true).build();
    server = PreviewServer.start(() -> new Project(request, List.of()),
        ServeOptions.defaults().withPort(0), line -> {});
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void theIndexListsEveryNoteWithRelativeLinks() throws Exception {
    String index = get("").body();
    assertTrue(index.contains("秋の勉強会メモ") && index.contains("ほかのメモ"), index);
    assertTrue(index.contains("2025-10-04") && index.contains("データ, 勉強会"), index);
    for (String link : List.of("note/posts/autumn", "out/posts/autumn.html",
        "out/posts/autumn.pdf", "out/posts/autumn.docx", "out/posts/autumn.pptx")) {
      assertTrue(index.contains("href=\"" + link + "\""), link);
    }
    // before any conversion the count is the reading's: the missing picture is found on writing
    assertTrue(index.contains("<td class=\"warnings\">0</td>"), index);
    get("note/posts/autumn");
    assertTrue(get("").body().contains("<td class=\"warnings\">1</td>"));
  }

  @Test
  void aNotePageShowsItsWarningsAndItsOutputsAreRealFiles() throws Exception {
    String page = get("note/posts/autumn").body();
    assertTrue(page.contains("autumn.md:12: file not found: hall.png"), page);
    assertTrue(page.contains("src=\"../../out/posts/autumn.html\""), page);
    assertTrue(page.contains("src=\"../../out/posts/autumn.pdf\""), page);

    HttpResponse<byte[]> pdf = getBytes("out/posts/autumn.pdf");
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("質疑応答が一番おもしろかった"), text);
    }
    HttpResponse<byte[]> docx = getBytes("out/posts/autumn.docx");
    assertTrue(docx.headers().firstValue("Content-Disposition").orElse("").startsWith(
        "attachment"));
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()));
        XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
      assertTrue(words.getText().contains("可視化は問いから始める"), words.getText());
    }
    try (XMLSlideShow deck = new XMLSlideShow(new ByteArrayInputStream(
        getBytes("out/posts/autumn.pptx").body()))) {
      assertTrue(deck.getSlides().size() >= 3, "title, sections and content slides");
    }
    String slides = get("slides/posts/autumn").body();
    Matcher first = Pattern.compile("\"(out/posts/autumn/slide-01\\.png)\"").matcher(slides);
    assertTrue(first.find(), slides);
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(getBytes(first.group(1)).body()));
    assertEquals(960, img.getWidth());
    assertEquals(404, get("out/posts/autumn.json").statusCode(), "only the preview's formats");
    assertEquals(404, get("note/posts/none").statusCode());
  }

  @Test
  void editingANoteReloadsItsPagesAndTheIndexButNotOthers() throws Exception {
    get("note/posts/autumn");
    get("note/posts/other");
    try (Events autumn = Events.open(http, server.uri().resolve("events/posts/autumn?v=0"));
        Events other = Events.open(http, server.uri().resolve("events/posts/other?v=0"));
        Events index = Events.open(http, server.uri().resolve("events/?v=0"))) {
      Files.writeString(content.resolve("posts/autumn.md"),
          NOTE.replace("質疑応答が一番おもしろかった。", "懇親会で続きを話した。"),
          StandardCharsets.UTF_8);
      autumn.expectReload();
      index.expectReload();
      assertTrue(get("out/posts/autumn.html").body().contains("懇親会で続きを話した。"));
      other.expectNothingFor(Duration.ofMillis(300));
    }
  }

  @Test
  void aPictureTheNoteNamesReloadsIt() throws Exception {
    get("note/posts/autumn");
    try (Events autumn = Events.open(http, server.uri().resolve("events/posts/autumn?v=0"));
        Events other = Events.open(http, server.uri().resolve("events/posts/other?v=0"))) {
      BufferedImage img = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
      ImageIO.write(img, "png", content.resolve("posts/hall.png").toFile());
      autumn.expectReload();
      String page = get("note/posts/autumn").body();
      assertFalse(page.contains("file not found: hall.png"), "converted again with the picture");
      other.expectNothingFor(Duration.ofMillis(300));
    }
  }

  @Test
  void aBrokenNoteShowsItsErrorAndTheServerKeepsRunning() throws Exception {
    Files.writeString(content.resolve("posts/autumn.md"), "---\ntitle: [閉じていない\n---\n本文\n",
        StandardCharsets.UTF_8);
    HttpResponse<String> page = get("note/posts/autumn");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("id=\"error\""), page.body());
    assertTrue(page.body().contains("autumn.md:"), "the error names the file: " + page.body());
    assertEquals(500, get("out/posts/autumn.pdf").statusCode());
    assertTrue(get("").body().contains("class=\"error\""), "the index shows it too");
    Files.writeString(content.resolve("posts/autumn.md"), NOTE, StandardCharsets.UTF_8);
    assertFalse(get("note/posts/autumn").body().contains("id=\"error\""));
  }

  @Test
  void aNewNoteAppearsInTheIndex() throws Exception {
    try (Events index = Events.open(http, server.uri().resolve("events/?v=0"))) {
      Files.createDirectories(content.resolve("posts/trip"));
      Files.writeString(content.resolve("posts/trip/index.md"), "# 旅行記\n\n一日目。\n",
          StandardCharsets.UTF_8);
      index.expectReload();
    }
    assertTrue(get("").body().contains("href=\"note/posts/trip\""), "a bundle is its folder");
    assertTrue(get("out/posts/trip.html").body().contains("一日目。"));
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(server.uri().resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<byte[]> getBytes(String path) throws Exception {
    HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(server.uri().resolve(path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, r.statusCode(), path);
    return r;
  }

  /** One page's event stream, read on a thread of its own. */
  static final class Events implements AutoCloseable {
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private final InputStream body;
    private final Thread reader;

    private Events(InputStream body) {
      this.body = body;
      this.reader = new Thread(() -> {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(body,
            StandardCharsets.UTF_8))) {
          String line;
          while ((line = r.readLine()) != null) {
            if (line.startsWith("event: ")) {
              events.add(line.substring(7));
            }
          }
        } catch (java.io.IOException e) {
          // closed
        }
      });
      reader.setDaemon(true);
      reader.start();
    }

    static Events open(HttpClient http, URI uri) throws Exception {
      HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(uri).build(),
          HttpResponse.BodyHandlers.ofInputStream());
      assertEquals(200, r.statusCode());
      assertEquals("text/event-stream; charset=utf-8",
          r.headers().firstValue("Content-Type").orElse(""));
      return new Events(r.body());
    }

    void expectReload() throws InterruptedException {
      String e = events.poll(60, TimeUnit.SECONDS);
      assertEquals("reload", e, "no reload event within 60 s");
    }

    void expectNothingFor(Duration d) throws InterruptedException {
      String e = events.poll(d.toMillis(), TimeUnit.MILLISECONDS);
      assertEquals(null, e, "an event for a page that did not change");
    }

    @Override
    public void close() throws Exception {
      body.close();
    }
  }
}
