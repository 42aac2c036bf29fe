package dev.tsuzuri.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tsuzuri.testing.Chromium;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tsuzuri serve} seen through a real headless Chromium: the index, a note's page, and the
 * page reloading by itself when the note is edited on disk. Skipped where Chromium is missing
 * ({@code .ci/run} installs it). Every wait is on a condition in the page, never a sleep.
 */
class ServeBrowserTest {
  /** The HTML view's text, inside its frame. */
  static final String VIEW_TEXT = "document.getElementById('html').contentDocument.body.innerText";

  @TempDir Path dir;

  @Test
  @Timeout(900)
  void opensTheIndexFollowsANoteAndReloadsWhenTheNoteChanges() throws Exception {
    assumeTrue(Chromium.executable().isPresent(), "chromium is not installed");
    Path content = dir.resolve("content");
    Path note = content.resolve("seminar/2025-spring.md");
    Files.createDirectories(note.getParent());
    Files.writeString(note, ServeNotes.SEMINAR, StandardCharsets.UTF_8);
    Files.createDirectories(content.resolve("posts"));
    Files.writeString(content.resolve("posts/idea.md"), ServeNotes.DRAFT, StandardCharsets.UTF_8);
    Path profile = Files.createDirectories(dir.resolve("profile"));

    try (Serving serve = Serving.start("serve", content.toString(), "--port", "0",
            "--no-config");
        Chromium browser = Chromium.start(profile, 1280, 1000, Path.of("fonts"))) {
      assertTrue(serve.out().startsWith("serving " + content + " at http://127.0.0.1:"),
          serve.out());
      browser.navigate(serve.uri().toString());
      browser.waitUntil("document.querySelectorAll('tr.note').length === 2",
          Duration.ofSeconds(120));
      String index = (String) browser.eval("document.body.innerText");
      assertTrue(index.contains("春のクラウド勉強会 参加メモ"), index);
      assertTrue(index.contains("2025-04-12") && index.contains("サーバーレス, 勉強会"), index);
      assertTrue(index.contains("draft"), "the draft is marked: " + index);

      // follow the note's link as a reader would
      browser.eval("Array.from(document.querySelectorAll('tr.note a'))"
          + ".find(a => a.textContent === '春のクラウド勉強会 参加メモ').click()");
      browser.waitUntil("location.pathname === '/note/seminar/2025-spring' && "
          + VIEW_TEXT + ".includes('コールドスタート')", Duration.ofSeconds(300));
      String warnings = (String) browser.eval("document.getElementById('warnings').innerText");
      assertTrue(warnings.contains("2025-spring.md:18: file not found: architecture.png"),
          warnings);

      // edit the note on disk: the open page reloads by itself and shows the new text
      List<Long> latencies = editAndWait(browser, note, ServeNotes.SEMINAR, 3, true);
      System.out.println("serve: edit to new text in the browser, ms: " + latencies);

      // the slides as the png writer draws them, then a picture of the page for the README
      browser.waitUntil("Array.from(document.querySelectorAll('#slides img'))"
          + ".every(i => i.complete && i.naturalWidth === 960)", Duration.ofSeconds(120));
      browser.eval("window.scrollTo(0, 0)");
      byte[] png = browser.screenshot();
      BufferedImage shot = ImageIO.read(new ByteArrayInputStream(png));
      assertEquals(1280, shot.getWidth());
      Files.createDirectories(Path.of("target"));
      Files.write(Path.of("target", "serve-preview.png"), png);
    }
  }

  /**
   * Live-reload latency on a warm server, for notes named in {@code -Dtsuzuri.serve.latency}
   * (comma-separated paths; copied into a temporary folder, never changed where they are):
   * three edits to warm up, then ten measured, each from writing the file to the new text in the
   * page.
   */
  @Test
  @Timeout(3600)
  @EnabledIfSystemProperty(named = "tsuzuri.serve.latency", matches = ".+")
  void measuresLiveReloadLatency() throws Exception {
    assumeTrue(Chromium.executable().isPresent(), "chromium is not installed");
    for (String source : System.getProperty("tsuzuri.serve.latency").split(",")) {
      Path original = Path.of(source.trim());
      Path content = Files.createDirectories(dir.resolve("latency-" + original.getFileName()));
      Path note = content.resolve(original.getFileName());
      String text = Files.readString(original, StandardCharsets.UTF_8);
      Files.writeString(note, text, StandardCharsets.UTF_8);
      Path profile = Files.createDirectories(content.resolve(".profile"));
      try (Serving serve = Serving.start("serve", content.toString(), "--port", "0",
              "--no-config");
          Chromium browser = Chromium.start(profile, 1280, 1000, Path.of("fonts"))) {
        String stem = original.getFileName().toString().replaceFirst("\\.md$", "");
        browser.navigate(serve.uri() + "note/" + stem);
        browser.waitUntil(VIEW_TEXT + ".length > 0", Duration.ofSeconds(300));
        editAndWait(browser, note, text, 3, false);
        List<Long> ms = editAndWait(browser, note, text, 10, false);
        System.out.println("serve latency " + original.getFileName() + " (" + text.length()
            + " chars), ms: " + ms + ", median " + ms.stream().sorted().toList().get(5));
      }
    }
  }

  /**
   * Edits the note {@code times} times and waits each time for the page to show the edit; then
   * for its slides, or (measuring a long note, whose slides take longer than a writer waits)
   * for two seconds, as a writer reading before the next save.
   */
  private static List<Long> editAndWait(Chromium browser, Path note, String text, int times,
      boolean waitForSlides) throws Exception {
    List<Long> latencies = new ArrayList<>();
    for (int i = 1; i <= times; i++) {
      Object loads = browser.eval("document.getElementById('slides').getAttribute('data-loads')");
      String added = "編集して追加した一文、その" + i + "-" + System.nanoTime() + "。";
      long start = System.nanoTime();
      Files.writeString(note, text + "\n\n" + added + "\n", StandardCharsets.UTF_8);
      // the test never reloads: the page brings itself up to date
      browser.waitUntil(VIEW_TEXT + ".includes('" + added + "')", Duration.ofSeconds(120));
      latencies.add((System.nanoTime() - start) / 1_000_000);
      if (waitForSlides) {
        browser.waitUntil("document.getElementById('slides').getAttribute('data-loads') !== "
            + (loads == null ? "null" : "'" + loads + "'"), Duration.ofSeconds(300));
      } else {
        Thread.sleep(2000);
      }
    }
    return latencies;
  }
}
