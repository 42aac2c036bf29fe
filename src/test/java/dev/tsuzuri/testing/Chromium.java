package dev.tsuzuri.testing;

import dev.tsuzuri.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * A real headless Chromium (Debian's {@code /usr/bin/chromium}) driven through the DevTools
 * protocol over the JDK's WebSocket client: no driver and no test dependency. Enough for
 * navigating, evaluating JavaScript and taking screenshots of one page.
 */
public final class Chromium implements AutoCloseable {
  private final Process process;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Long, CompletableFuture<Map<String, Object>>> pending =
      new ConcurrentHashMap<>();

  private Chromium(Process process, WebSocket socket) {
    this.process = process;
    this.socket = socket;
  }

  /** The browser to run: {@code $CHROMIUM}, else {@code /usr/bin/chromium}, if it exists. */
  public static Optional<Path> executable() {
    String env = System.getenv("CHROMIUM");
    Path p = Path.of(env != null && !env.isBlank() ? env : "/usr/bin/chromium");
    return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
  }

  /**
   * Starts a headless browser with a fresh profile in {@code profile} and attaches to its page.
   *
   * @param profile an empty folder for the browser's profile (and its log, {@code chromium.log})
   * @param width the window width in pixels
   * @param height the window height in pixels
   * @param fonts a folder of fonts the browser finds besides the system's (the repository's
   *     {@code fonts/}, so Japanese shows on machines without Japanese fonts), or null
   */
  public static Chromium start(Path profile, int width, int height, Path fonts)
      throws Exception {
    Path exe = executable().orElseThrow(() -> new IllegalStateException("no chromium"));
    ProcessBuilder builder = new ProcessBuilder(List.of(exe.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-extensions",
        "--hide-scrollbars", "--user-data-dir=" + profile, "--remote-debugging-port=0",
        "--window-size=" + width + "," + height, "about:blank"))
        .redirectErrorStream(true)
        .redirectOutput(profile.resolve("chromium.log").toFile());
    if (fonts != null) {
      Path conf = profile.resolve("fonts.conf");
      Files.writeString(conf, "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM "
          + "\"fonts.dtd\">\n<fontconfig>\n"
          + "  <include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include>\n"
          + "  <dir>" + fonts.toAbsolutePath() + "</dir>\n"
          + "  <cachedir>" + profile.resolve("fontconfig-cache") + "</cachedir>\n"
          + "</fontconfig>\n", StandardCharsets.UTF_8);
      builder.environment().put("FONTCONFIG_FILE", conf.toString());
    }
    Process p = builder.start();
    try {
      Path portFile = profile.resolve("DevToolsActivePort");
      waitFor(() -> Files.isRegularFile(portFile) && lines(portFile) >= 1 || !p.isAlive(),
          Duration.ofSeconds(90), "chromium did not start");
      if (!p.isAlive()) {
        throw new IllegalStateException("chromium exited: "
            + Files.readString(profile.resolve("chromium.log")));
      }
      int port = Integer.parseInt(Files.readAllLines(portFile).get(0).trim());
      HttpClient http = HttpClient.newHttpClient();
      String wsUrl = null;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (wsUrl == null) {
        String list = http.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
            HttpResponse.BodyHandlers.ofString()).body();
        for (Object t : (List<?>) Json.parse(list)) {
          Map<?, ?> target = (Map<?, ?>) t;
          if ("page".equals(target.get("type"))) {
            wsUrl = (String) target.get("webSocketDebuggerUrl");
          }
        }
        if (wsUrl == null) {
          if (System.nanoTime() > deadline) {
            throw new IllegalStateException("chromium has no page: " + list);
          }
          Thread.sleep(50);
        }
      }
      Chromium[] self = new Chromium[1];
      WebSocket ws = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30))
          .buildAsync(URI.create(wsUrl), new Listener(m -> self[0].received(m)))
          .get(60, TimeUnit.SECONDS);
      self[0] = new Chromium(p, ws);
      self[0].call("Page.enable", Map.of());
      self[0].call("Runtime.enable", Map.of());
      return self[0];
    } catch (Exception | Error e) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      throw e;
    }
  }

  /** Calls a DevTools method and returns its result. */
  public Map<String, Object> call(String method, Map<String, Object> params) throws Exception {
    long id = ids.incrementAndGet();
    CompletableFuture<Map<String, Object>> reply = new CompletableFuture<>();
    pending.put(id, reply);
    Map<String, Object> msg = new LinkedHashMap<>();
    msg.put("id", id);
    msg.put("method", method);
    msg.put("params", params);
    synchronized (socket) {
      socket.sendText(Json.write(msg), true).get(30, TimeUnit.SECONDS);
    }
    Map<String, Object> r = reply.get(120, TimeUnit.SECONDS);
    if (r.containsKey("error")) {
      throw new IllegalStateException(method + ": " + r.get("error"));
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> result = (Map<String, Object>) r.get("result");
    return result;
  }

  /** Goes to an address (without waiting for it to load). */
  public void navigate(String url) throws Exception {
    call("Page.navigate", Map.of("url", url));
  }

  /** Evaluates JavaScript in the page and returns its value (strings, numbers, booleans). */
  public Object eval(String expression) throws Exception {
    Map<String, Object> r = call("Runtime.evaluate",
        Map.of("expression", expression, "returnByValue", true));
    @SuppressWarnings("unchecked")
    Map<String, Object> value = (Map<String, Object>) r.get("result");
    return value == null ? null : value.get("value");
  }

  /** Waits until a JavaScript expression is true in the page; errors count as false. */
  public void waitUntil(String expression, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Object v;
      try {
        v = eval("(function(){try{return !!(" + expression + ");}catch(e){return false;}})()");
      } catch (IllegalStateException e) {
        v = false; // the page is between documents
      }
      if (Boolean.TRUE.equals(v)) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not true within " + timeout + ": " + expression + "; page: "
            + eval("location.href + ' ' + document.body.innerText.slice(0, 400)"));
      }
      Thread.sleep(10);
    }
  }

  /** A PNG of the page as the window shows it. */
  public byte[] screenshot() throws Exception {
    Map<String, Object> r = call("Page.captureScreenshot", Map.of("format", "png"));
    return Base64.getDecoder().decode((String) r.get("data"));
  }

  @Override
  public void close() {
    try {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      // the browser is ended below anyway
    }
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void received(String message) {
    Object parsed = Json.parse(message);
    if (parsed instanceof Map<?, ?> m && m.get("id") instanceof Long id) {
      @SuppressWarnings("unchecked")
      Map<String, Object> reply = (Map<String, Object>) m;
      CompletableFuture<Map<String, Object>> f = pending.remove(id);
      if (f != null) {
        f.complete(reply);
      }
    }
  }

  private static int lines(Path file) {
    try {
      return (int) Files.readString(file, StandardCharsets.UTF_8).lines().count();
    } catch (IOException e) {
      return 0;
    }
  }

  private static void waitFor(BooleanSupplier condition, Duration timeout, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(what + " within " + timeout);
      }
      Thread.sleep(20);
    }
  }

  /** Joins a message's fragments and hands whole messages on. */
  private static final class Listener implements WebSocket.Listener {
    private final java.util.function.Consumer<String> onMessage;
    private final StringBuilder partial = new StringBuilder();

    Listener(java.util.function.Consumer<String> onMessage) {
      this.onMessage = onMessage;
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String whole = partial.toString();
        partial.setLength(0);
        onMessage.accept(whole);
      }
      ws.request(1);
      return null;
    }
  }
}
