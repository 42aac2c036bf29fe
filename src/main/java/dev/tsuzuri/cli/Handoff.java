package dev.tsuzuri.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs {@code tsuzuri convert} jobs that the launcher hands to a running {@code tsuzuri serve},
 * so that a one-note conversion skips the start of a Java process (class loading and the
 * interpreted first run of every library cost far more than the conversion itself).
 *
 * <p>The jobs come through a Unix domain socket in a folder only this user may open, so only
 * the same user's launcher reaches it. A job runs only when the launcher's jar is the one this
 * process runs ({@link #stamp}); otherwise, and for {@code --watch}, the answer is {@code local}
 * and the launcher starts Java itself, as it does when no server is up. A job's output and error
 * lines travel back framed ({@link FramedWriter}), then {@code x <exit code>}.
 */
final class Handoff implements AutoCloseable {
  /** What the launcher reads as "run it yourself". */
  static final String LOCAL = "local";

  private final Path socket;
  private final String jar;
  private final ServerSocketChannel server;
  private final ExecutorService jobs;
  private final PrintWriter log;

  private Handoff(Path socket, String jar, ServerSocketChannel server, PrintWriter log) {
    this.socket = socket;
    this.jar = jar;
    this.server = server;
    this.log = log;
    this.jobs = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "tsuzuri-handoff-job");
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Starts taking jobs at the socket.
   *
   * @param socket where (its folder is made private to this user when missing)
   * @param jar the stamp of the jar this process runs
   * @param log where a failed job's connection problem is reported
   * @throws IOException when the folder is not private to this user, another server already
   *     takes jobs there, or the socket cannot be made
   */
  static Handoff start(Path socket, String jar, PrintWriter log) throws IOException {
    Path folder = socket.toAbsolutePath().getParent();
    privateFolder(folder);
    if (Files.exists(socket, LinkOption.NOFOLLOW_LINKS)) {
      if (answers(socket)) {
        throw new IOException("another tsuzuri serve already takes jobs at " + socket);
      }
      Files.delete(socket);
    }
    ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    server.bind(UnixDomainSocketAddress.of(socket));
    Handoff h = new Handoff(socket, jar, server, log);
    Thread accept = new Thread(h::accept, "tsuzuri-handoff");
    accept.setDaemon(true);
    accept.start();
    return h;
  }

  /** The stamp of a jar: its real path, size and modification second, as the launcher says it. */
  static String stamp(Path jar) throws IOException {
    return jar.toRealPath() + " " + Files.size(jar) + " "
        + Files.getLastModifiedTime(jar).toMillis() / 1000;
  }

  /** The socket named by the launcher ({@code TSUZURI_SOCKET}), if any. */
  static Path socketFromEnvironment() {
    String s = System.getenv("TSUZURI_SOCKET");
    return s == null || s.isBlank() ? null : Path.of(s);
  }

  /** The stamp of the jar (or class folder) this process runs from. */
  static String runningJar() throws IOException {
    try {
      return stamp(Path.of(Handoff.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI()));
    } catch (java.net.URISyntaxException | RuntimeException e) {
      throw new IOException("cannot tell which jar runs: " + e.getMessage(), e);
    }
  }

  /** The socket jobs come to. */
  Path socket() {
    return socket;
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      // closing: nothing more to take
    }
    jobs.shutdown();
    try {
      Files.deleteIfExists(socket);
    } catch (IOException e) {
      // a stale socket is replaced by the next server
    }
  }

  private void accept() {
    while (server.isOpen()) {
      try {
        SocketChannel client = server.accept();
        jobs.execute(() -> serve(client));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(SocketChannel client) {
    try (client;
        InputStream in = Channels.newInputStream(client);
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(client))) {
      HandoffRequest job;
      try {
        job = HandoffRequest.read(in);
      } catch (IOException e) {
        respond(out, "400 Bad Request", "e tsuzuri serve: " + e.getMessage() + "\nx 2\n");
        return;
      }
      if (!job.jar().equals(jar) || !runsHere(job.args())) {
        respond(out, "409 Conflict", LOCAL + "\n");
        return;
      }
      respond(out, "200 OK", "");
      int code = run(job, out);
      out.write(("x " + code + "\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      log.println("tsuzuri serve: a handed-off job's caller went away: " + e.getMessage());
    }
  }

  /** A convert job that ends by itself: watching runs in the caller's own process. */
  private static boolean runsHere(List<String> args) {
    return !args.isEmpty() && args.get(0).equals("convert") && !args.contains("--watch");
  }

  private static int run(HandoffRequest job, OutputStream out) throws IOException {
    try (PrintWriter o = new PrintWriter(new FramedWriter(out, 'o'), true);
        PrintWriter e = new PrintWriter(new FramedWriter(out, 'e'), true)) {
      Invocation invocation = new Invocation(job.workingDir(), false);
      return Main.commandLine(o, e, invocation).execute(job.args().toArray(String[]::new));
    }
  }

  private static void respond(OutputStream out, String status, String body) throws IOException {
    out.write(("HTTP/1.1 " + status + "\r\nContent-Type: text/plain; charset=utf-8\r\n"
        + "Connection: close\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** Makes the folder when missing; refuses one that others may open or that is not ours. */
  private static void privateFolder(Path folder) throws IOException {
    Set<PosixFilePermission> mine = PosixFilePermissions.fromString("rwx------");
    if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
      Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(mine));
    }
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
        || !Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS).getName()
            .equals(System.getProperty("user.name"))
        || !Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS).equals(mine)) {
      throw new IOException(folder + " is not a folder only " + System.getProperty("user.name")
          + " may open (it must be theirs, mode 700)");
    }
  }

  /** Whether a server answers at the socket. */
  private static boolean answers(Path socket) {
    try (SocketChannel c = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
