package dev.tsuzuri.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code tsuzuri serve} as a command: start, options of convert, tsuzuri.yaml, stop, errors. */
@Timeout(600)
class ServeCommandTest {
  @TempDir Path dir;
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void servesWithConvertsOptionsAndReloadsWhenTsuzuriYamlChanges() throws Exception {
    Path content = Files.createDirectories(dir.resolve("content"));
    Files.writeString(content.resolve("a.md"), ServeNotes.SEMINAR, StandardCharsets.UTF_8);
    Path yaml = dir.resolve("tsuzuri.yaml");
    Files.writeString(yaml, "page-size: A5\nformats: [json]\n", StandardCharsets.UTF_8);
    try (Serving serve = Serving.start("serve", content.toString(), "--port", "0")) {
      assertEquals(PDRectangle.A5.getWidth(), pdfWidth(serve), 1, "page-size from tsuzuri.yaml");
      byte[] events = null;
      try (InputStream stream = http.send(HttpRequest.newBuilder(
          serve.uri().resolve("events/a?v=0")).build(),
          HttpResponse.BodyHandlers.ofInputStream()).body()) {
        Files.writeString(yaml, "page-size: Letter\n", StandardCharsets.UTF_8);
        events = readUntil(stream, "event: reload");
      }
      assertTrue(new String(events, StandardCharsets.UTF_8).contains("event: reload"));
      assertEquals(PDRectangle.LETTER.getWidth(), pdfWidth(serve), 1, "reloaded settings");

      // wrong settings: shown on every page, the last good ones stay
      Files.writeString(yaml, "page-size: [\n", StandardCharsets.UTF_8);
      String page = "";
      for (long end = System.nanoTime() + 60_000_000_000L; System.nanoTime() < end; ) {
        page = get(serve, "note/a");
        if (page.contains("Settings not loaded")) {
          break;
        }
        Thread.sleep(20);
      }
      assertTrue(page.contains("Settings not loaded") && page.contains("tsuzuri.yaml"), page);
      assertEquals(PDRectangle.LETTER.getWidth(), pdfWidth(serve), 1);
    }
  }

  @Test
  void theCommandLineOverridesAndStopsCleanly() throws Exception {
    Path content = Files.createDirectories(dir.resolve("content"));
    Files.writeString(content.resolve("a.md"), ServeNotes.SEMINAR, StandardCharsets.UTF_8);
    Path cache = dir.resolve("cache");
    Serving serve = Serving.start("serve", content.toString(), "--port", "0", "--no-config",
        "--page-size", "B5", "-o", cache.toString());
    try {
      assertEquals(515.9, pdfWidth(serve), 1, "JIS B5 from the command line");
      assertTrue(Files.isRegularFile(cache.resolve("pdf/a.pdf")), "outputs kept with -o");
    } finally {
      serve.close();
    }
    assertEquals(0, serve.exit());
    assertTrue(Files.isRegularFile(cache.resolve("pdf/a.pdf")), "-o is not removed on exit");
  }

  @Test
  void usageErrorsAndABusyPort() throws Exception {
    Cli.Run badPort = Cli.run("serve", dir.toString(), "--port", "70000");
    assertEquals(2, badPort.exit(), badPort.toString());
    Cli.Run missing = Cli.run("serve", dir.resolve("nothing").toString(), "--port", "0");
    assertEquals(2, missing.exit(), missing.toString());
    assertTrue(missing.err().contains("no such file or folder"), missing.toString());
    Cli.Run notServed = Cli.run("serve", dir.toString(), "--watch");
    assertEquals(2, notServed.exit(), "convert's --watch means nothing here");
    try (ServerSocket busy = new ServerSocket(0, 1,
        java.net.InetAddress.getLoopbackAddress())) {
      Cli.Run taken = Cli.run("serve", dir.toString(), "--port",
          Integer.toString(busy.getLocalPort()), "--no-config");
      assertEquals(1, taken.exit(), taken.toString());
      assertTrue(taken.err().contains("cannot serve at 127.0.0.1:" + busy.getLocalPort()),
          taken.toString());
      assertFalse(taken.err().contains("\tat "), "no stack trace");
    }
  }

  private float pdfWidth(Serving serve) throws Exception {
    byte[] pdf = http.send(HttpRequest.newBuilder(serve.uri().resolve("out/a.pdf")).build(),
        HttpResponse.BodyHandlers.ofByteArray()).body();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return doc.getPage(0).getMediaBox().getWidth();
    }
  }

  private String get(Serving serve, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(serve.uri().resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }

  private static byte[] readUntil(InputStream in, String marker) throws Exception {
    java.io.ByteArrayOutputStream seen = new java.io.ByteArrayOutputStream();
    int b;
    while ((b = in.read()) >= 0) {
      seen.write(b);
      if (seen.toString(StandardCharsets.UTF_8).endsWith(marker)) {
        break;
      }
    }
    return seen.toByteArray();
  }
}
