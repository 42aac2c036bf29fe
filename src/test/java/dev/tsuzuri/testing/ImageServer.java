package dev.tsuzuri.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;

/**
 * A web server on a loopback port for remote-image tests: it serves a PNG, and the ways a real
 * server goes wrong (404, an HTML page, an endless body, redirects to {@code file:} and in
 * circles, silence), and counts the requests for each path.
 *
 * <ul>
 *   <li>{@code /ok.png}, {@code /other.png}: a 40×20 PNG (any path ending {@code .png} not below)
 *   <li>{@code /missing.png}: 404
 *   <li>{@code /page.png}: an HTML page with status 200
 *   <li>{@code /endless.png}: PNG bytes then zeros without end, chunked, no Content-Length
 *   <li>{@code /declared.png}: a Content-Length of 1 GB
 *   <li>{@code /to-file.png}: 302 to {@code file:///etc/passwd}
 *   <li>{@code /to-ok.png}: 302 to {@code /ok.png}
 *   <li>{@code /loop.png}: 302 to itself
 *   <li>{@code /silent.png}: answers after 5 s
 *   <li>{@code /trickle.png}: headers at once, then a byte a second
 * </ul>
 */
public final class ImageServer implements AutoCloseable {
  /** The PNG served. */
  public static final byte[] PNG = png(40, 20);

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "image-server");
    t.setDaemon(true);
    return t;
  });
  private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
  private final AtomicInteger total = new AtomicInteger();
  private final AtomicLong endlessBytes = new AtomicLong();

  /** Starts a server on a free loopback port. */
  public ImageServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    server.createContext("/", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  /** {@code http://127.0.0.1:PORT/path}. */
  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
  }

  /** Requests for a path ("ok.png"). */
  public int requests(String path) {
    AtomicInteger n = requests.get("/" + path);
    return n == null ? 0 : n.get();
  }

  /** Requests for any path. */
  public int requests() {
    return total.get();
  }

  /** Bytes of {@code /endless.png} written before the client hung up. */
  public long endlessBytes() {
    return endlessBytes.get();
  }

  private void handle(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getPath();
    total.incrementAndGet();
    requests.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
    try (x) {
      switch (path) {
        case "/missing.png" -> send(x, 404, "text/html", "<h1>Not Found</h1>".getBytes(
            StandardCharsets.UTF_8));
        case "/page.png" -> send(x, 200, "text/html", "<html><body>画像ではない</body></html>"
            .getBytes(StandardCharsets.UTF_8));
        case "/endless.png" -> endless(x);
        case "/declared.png" -> {
          x.getResponseHeaders().set("Content-Type", "image/png");
          x.sendResponseHeaders(200, 1L << 30);
          x.getResponseBody().write(PNG);
        }
        case "/to-file.png" -> redirect(x, "file:///etc/passwd");
        case "/to-ok.png" -> redirect(x, "/ok.png");
        case "/loop.png" -> redirect(x, "/loop.png");
        case "/silent.png" -> {
          pause(5000);
          send(x, 200, "image/png", PNG);
        }
        case "/trickle.png" -> {
          x.sendResponseHeaders(200, 0);
          OutputStream out = x.getResponseBody();
          for (byte b : PNG) {
            out.write(b);
            out.flush();
            pause(1000);
          }
        }
        default -> {
          if (path.endsWith(".png")) {
            send(x, 200, "image/png", PNG);
          } else {
            send(x, 404, "text/plain", new byte[0]);
          }
        }
      }
    } catch (IOException e) {
      // the client hung up, as it should on endless or slow answers
    }
  }

  private void endless(HttpExchange x) throws IOException {
    x.getResponseHeaders().set("Content-Type", "image/png");
    x.sendResponseHeaders(200, 0);
    OutputStream out = x.getResponseBody();
    out.write(PNG);
    byte[] zeros = new byte[64 * 1024];
    for (long i = 0; i < 1L << 16; i++) {
      out.write(zeros);
      endlessBytes.addAndGet(zeros.length);
    }
  }

  private static void send(HttpExchange x, int status, String type, byte[] body)
      throws IOException {
    x.getResponseHeaders().set("Content-Type", type);
    x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    x.getResponseBody().write(body);
  }

  private static void redirect(HttpExchange x, String location) throws IOException {
    x.getResponseHeaders().set("Location", location);
    x.sendResponseHeaders(302, -1);
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }

  private static byte[] png(int width, int height) {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        img.setRGB(x, y, x < width / 2 ? 0x2060c0 : 0xe04020);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
