package dev.tsuzuri.serve;

import com.sun.net.httpserver.HttpServer;
import dev.tsuzuri.convert.ConvertRequest;
import dev.tsuzuri.convert.run.TreeWatcher;
import dev.tsuzuri.serve.internal.Router;
import dev.tsuzuri.serve.internal.Site;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A live preview of a folder of notes (or of one note) in the browser, on the JDK's own HTTP
 * server ({@code com.sun.net.httpserver}: nothing added to the jar, nothing loaded by {@code
 * convert}). It lists the notes, converts a note's formats when a page first asks for them
 * (with the incremental fingerprints and atomic outputs of {@code convert}, into the request's
 * output folder), and makes open pages reload when a note, a picture it names, or a settings
 * file changes.
 *
 * <pre>{@code
 * try (PreviewServer server = PreviewServer.start(() -> new Project(request, List.of()),
 *     ServeOptions.defaults().withPort(0), System.err::println)) {
 *   System.out.println(server.uri());
 *   server.await();
 * }
 * }</pre>
 */
public final class PreviewServer implements AutoCloseable {
  /**
   * How long changes must be quiet before pages reload: enough for an editor's several writes
   * of one save, short enough for a reload well within 300 ms.
   */
  static final long QUIET_MS = 40;

  private final Project.Loader loader;
  private final Consumer<String> log;
  private final Site site;
  private final HttpServer http;
  private final ExecutorService requests;
  private final TreeWatcher watcher;
  private final Thread watching;
  private final Set<Path> settingsFiles = new HashSet<>();
  private final Object stopped = new Object();
  private volatile boolean closed;

  private PreviewServer(Project.Loader loader, Project first, ServeOptions options,
      Consumer<String> log) throws IOException {
    this.loader = loader;
    this.log = log;
    ConvertRequest request = first.request();
    // bound first: a busy port fails before anything else is set up
    this.http = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 64);
    try {
      Files.createDirectories(request.output());
      this.site = new Site(request);
      this.watcher = new TreeWatcher(request.output());
      watch(first);
    } catch (IOException | RuntimeException e) {
      http.stop(0);
      throw e;
    }
    this.requests = Executors.newCachedThreadPool(daemons("tsuzuri-serve-"));
    http.createContext("/", new Router(site, options.loopback()));
    http.setExecutor(requests);
    this.watching = new Thread(this::watchLoop, "tsuzuri-serve-watcher");
    watching.setDaemon(true);
  }

  /**
   * Starts a server.
   *
   * @param loader loads the project now and again whenever one of its settings files changes
   * @param options where to listen
   * @param log receives one line per event worth telling (settings reloaded or refused)
   * @return the running server
   * @throws IOException when the port cannot be bound or the notes cannot be searched
   * @throws RuntimeException from the loader, when the settings are wrong at start
   */
  public static PreviewServer start(Project.Loader loader, ServeOptions options,
      Consumer<String> log) throws IOException {
    PreviewServer server = new PreviewServer(loader, loader.load(), options, log);
    server.http.start();
    server.watching.start();
    return server;
  }

  /** The address pages are served at, such as {@code http://127.0.0.1:1414/}. */
  public URI uri() {
    InetSocketAddress a = http.getAddress();
    String host = a.getAddress().getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + a.getPort() + "/");
  }

  /** The folder or note served. */
  public Path served() {
    return site.served();
  }

  /** Waits until the server is closed. */
  public void await() throws InterruptedException {
    synchronized (stopped) {
      while (!closed) {
        stopped.wait();
      }
    }
  }

  /** Stops listening, ends the pages' event streams and the watching. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    site.close();
    http.stop(0);
    requests.shutdownNow();
    watching.interrupt();
    try {
      watcher.close();
      watching.join(TimeUnit.SECONDS.toMillis(5));
    } catch (IOException e) {
      // closing the watch service only fails when it is closed already
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (stopped) {
      stopped.notifyAll();
    }
  }

  private void watch(Project project) throws IOException {
    Path served = project.served();
    if (Files.isDirectory(served)) {
      watcher.watchTree(served);
    } else if (served.toAbsolutePath().getParent() != null) {
      watcher.watchFolder(served.toAbsolutePath().getParent());
    }
    for (Path root : project.request().resourceRoots()) {
      if (Files.isDirectory(root)) {
        watcher.watchTree(root);
      }
    }
    for (Path f : project.settingsFiles()) {
      Path file = f.toAbsolutePath().normalize();
      if (settingsFiles.add(file)) {
        watcher.watchFile(file);
      }
    }
  }

  private void watchLoop() {
    while (!closed) {
      try {
        TreeWatcher.Changes batch = watcher.next(QUIET_MS);
        if (batch.paths().stream().anyMatch(settingsFiles::contains)) {
          reload();
        } else {
          site.changes().apply(batch);
        }
      } catch (InterruptedException e) {
        return;
      } catch (IOException | RuntimeException e) {
        // the server keeps running; the next change tries again
        log.accept("tsuzuri serve: " + e.getMessage());
      }
    }
  }

  private void reload() throws IOException {
    Project project;
    try {
      project = loader.load();
    } catch (RuntimeException e) {
      log.accept("tsuzuri serve: settings not loaded, the last good ones stay: "
          + e.getMessage());
      site.settingsFailed(e.getMessage());
      return;
    }
    Files.createDirectories(project.request().output());
    watch(project);
    site.reset(project.request());
    log.accept("settings reloaded");
  }

  private static java.util.concurrent.ThreadFactory daemons(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
