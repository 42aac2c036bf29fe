package dev.tsuzuri.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code tsuzuri serve ...} run in-process on a thread, the way a user starts it. */
final class Serving implements AutoCloseable {
  private static final Pattern SERVING = Pattern.compile("serving (.*) at (http://\\S+/)");

  private final Thread thread;
  private final StringWriter out;
  private final StringWriter err;
  private final int[] exit = {-1};
  private URI uri;

  private Serving(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    thread = new Thread(() -> exit[0] = Main.commandLine(new PrintWriter(out, true),
        new PrintWriter(err, true)).execute(args), "serve-under-test");
    thread.setDaemon(true);
  }

  /** Starts the command and waits for its "serving DIR at URL" line. */
  static Serving start(String... args) throws InterruptedException {
    Serving s = new Serving(args);
    s.thread.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (true) {
      Matcher m = SERVING.matcher(s.out.toString());
      if (m.find()) {
        s.uri = URI.create(m.group(2));
        return s;
      }
      if (!s.thread.isAlive() || System.nanoTime() > deadline) {
        s.thread.join(1000);
        throw new AssertionError("serve did not start: exit " + s.exit[0] + "\n" + s.out + s.err);
      }
      Thread.sleep(10);
    }
  }

  /** The index's address. */
  URI uri() {
    return uri;
  }

  /** What the command printed to standard error so far. */
  String err() {
    return err.toString();
  }

  /** What the command printed to standard output so far. */
  String out() {
    return out.toString();
  }

  /** The command's exit code, once it stopped. */
  int exit() {
    return exit[0];
  }

  /** Stops the server as Ctrl-C would, and waits for the command to return. */
  @Override
  public void close() throws InterruptedException {
    thread.interrupt();
    thread.join(30_000);
    if (thread.isAlive()) {
      throw new AssertionError("serve did not stop");
    }
  }
}
