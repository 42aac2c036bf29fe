package dev.tsuzuri.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.diag.Warning;
import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.testing.ImageServer;
import dev.tsuzuri.write.internal.HttpFetcher;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Remote and {@code data:} images through {@link Resources}, against a loopback server. */
class RemoteImagesTest {
  private static ImageServer server;

  @BeforeAll
  static void start() throws Exception {
    server = new ImageServer();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** A fetcher of its own (a fresh cache) with a small size limit. */
  private static RemoteImages fetcher() {
    return fetcher(Duration.ofSeconds(5));
  }

  /** Like {@link #fetcher()}, with a total timeout short enough to wait for in a test. */
  private static RemoteImages fetcher(Duration total) {
    return new RemoteImages(new HttpFetcher.Limits(Duration.ofSeconds(2), total,
        RemoteImages.MAX_REDIRECTS, 256 * 1024));
  }

  private static Resources resources(WarningSink w, RemoteImages remote) {
    return Resources.none(w).withRemote(remote);
  }

  @Test
  void withoutPermissionNothingConnects() {
    WarningSink w = WarningSink.collecting("note.md");
    int before = server.requests();
    Optional<ImageData> img = Resources.none(w).image(server.url("ok.png"), 7);
    assertTrue(img.isEmpty());
    assertEquals(before, server.requests(), "a request was made");
    Warning warning = w.warnings().get(0);
    assertEquals(7, warning.line());
    assertTrue(warning.message().contains("--allow-remote")
        && warning.message().contains(server.url("ok.png")), warning.message());
  }

  @Test
  void fetchesAnImageOnceForEveryUse() {
    RemoteImages remote = fetcher();
    String url = server.url("once.png");
    for (int i = 0; i < 3; i++) {
      WarningSink w = WarningSink.collecting("note" + i + ".md");
      ImageData img = resources(w, remote).image(url, 3)
          .orElseThrow(() -> new AssertionError(w.warnings()));
      assertEquals(40, img.width());
      assertEquals(20, img.height());
      assertEquals("png", img.format());
      assertEquals(List.of(), w.warnings());
    }
    assertEquals(1, server.requests("once.png"));
  }

  @Test
  void threadsAskingAtOnceShareOneFetch() throws Exception {
    RemoteImages remote = fetcher();
    String url = server.url("together.png");
    CountDownLatch go = new CountDownLatch(1);
    List<CompletableFuture<Optional<ImageData>>> all = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      all.add(CompletableFuture.supplyAsync(() -> {
        try {
          go.await();
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
        return resources(WarningSink.collecting("n.md"), remote).image(url, 1);
      }));
    }
    go.countDown();
    for (var f : all) {
      assertTrue(f.get().isPresent());
    }
    assertEquals(1, server.requests("together.png"));
  }

  @Test
  void addressesWithSpacesAndJapaneseAreEncoded() {
    WarningSink w = WarningSink.collecting("note.md");
    RemoteImages remote = fetcher();
    assertTrue(resources(w, remote).image(server.url("構成 図.png"), 1).isPresent(),
        "" + w.warnings());
    assertTrue(resources(w, remote).image(server.url("%E5%9B%B3.png?v=2"), 2).isPresent(),
        "" + w.warnings());
    assertEquals(1, server.requests("構成 図.png"));
    assertEquals(1, server.requests("図.png"));
  }

  @Test
  void followsARedirectToAnotherImage() {
    WarningSink w = WarningSink.collecting("note.md");
    assertTrue(resources(w, fetcher()).image(server.url("to-ok.png"), 2).isPresent(),
        "" + w.warnings());
  }

  @Test
  void everyFailureIsAWarningNamingLineAndAddress() {
    record Case(String path, String reason) {}
    List<Case> cases = List.of(
        new Case("missing.png", "HTTP 404"),
        new Case("page.png", "unsupported or damaged image"),
        new Case("endless.png", "larger than 256 KB"),
        new Case("declared.png", "larger than 256 KB"),
        new Case("to-file.png", "redirected to a non-http address file:///etc/passwd"),
        new Case("loop.png", "more than 5 redirects"),
        new Case("silent.png", "no complete answer within 400 ms"),
        new Case("trickle.png", "no complete answer within 400 ms"));
    RemoteImages remote = fetcher();
    RemoteImages impatient = fetcher(Duration.ofMillis(400));
    for (Case c : cases) {
      WarningSink w = WarningSink.collecting("note.md");
      long start = System.nanoTime();
      RemoteImages r = c.reason().contains("400 ms") ? impatient : remote;
      // asked twice, as a PDF and a Word file of one note would
      assertTrue(resources(w, r).image(server.url(c.path()), 12).isEmpty(), c.path());
      assertTrue(resources(w, r).image(server.url(c.path()), 12).isEmpty(), c.path());
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertTrue(millis < 4000, c.path() + " took " + millis + " ms");
      assertEquals(1, w.warnings().size(), c.path() + ": " + w.warnings());
      Warning warning = w.warnings().get(0);
      assertEquals(12, warning.line());
      assertTrue(warning.message().contains(c.reason())
          && warning.message().contains(server.url(c.path())), c.path() + ": " + warning);
    }
    assertEquals(1, server.requests("missing.png"), "a failure is remembered too");
    assertEquals(1, server.requests("to-file.png"));
    assertEquals(RemoteImages.MAX_REDIRECTS + 1, server.requests("loop.png"));
    assertTrue(server.endlessBytes() < 64L * 1024 * 1024,
        "the endless body was read on: " + server.endlessBytes());
  }

  @Test
  void onlyHttpAndHttpsAreFetched() throws Exception {
    WarningSink w = WarningSink.collecting("note.md");
    Resources res = resources(w, fetcher());
    int before = server.requests();
    assertTrue(res.image("ftp://127.0.0.1/x.png", 1).isEmpty());
    assertTrue(res.image("file:///etc/passwd", 2).isEmpty());
    assertTrue(res.image("jar:file:///x.jar!/a.png", 3).isEmpty());
    assertTrue(res.image("http:///a.png", 4).isEmpty());
    assertTrue(res.image("http://[::1/a.png", 5).isEmpty());
    assertEquals(before, server.requests());
    assertEquals(5, w.warnings().size(), "" + w.warnings());
    assertTrue(w.warnings().get(3).message().contains("no host"), "" + w.warnings());
    assertTrue(w.warnings().get(4).message().contains("not a valid address"), "" + w.warnings());
    assertTrue(w.warnings().get(0).message().contains("only http and https"), "" + w.warnings());
  }

  @Test
  void aRefusedConnectionIsAWarning() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    WarningSink w = WarningSink.collecting("note.md");
    String url = "http://127.0.0.1:" + port + "/gone.png";
    assertTrue(resources(w, fetcher()).image(url, 4).isEmpty());
    assertTrue(w.warnings().get(0).message().contains("cannot connect")
        && w.warnings().get(0).message().contains(url), "" + w.warnings());
  }

  @Test
  void dataUrisAreDecodedWithoutPermissionOrNetwork() {
    WarningSink w = WarningSink.collecting("note.md");
    String png = "data:image/png;base64," + Base64.getEncoder().encodeToString(ImageServer.PNG);
    ImageData img = Resources.none(w).image(png, 1).orElseThrow();
    assertEquals(40, img.width());
    assertTrue(Resources.none(w).image("data:image/png;base64,iVBORw0KGgo=", 2).isEmpty());
    assertTrue(Resources.none(w).image("data:text/html,<b>x</b>", 3).isEmpty());
    assertTrue(Resources.none(w).image("data:image/png;base64,!!!", 4).isEmpty());
    assertEquals(List.of(2, 3, 4), w.warnings().stream().map(Warning::line).toList());
    assertTrue(w.warnings().get(0).message().length() < 200);
  }
}
