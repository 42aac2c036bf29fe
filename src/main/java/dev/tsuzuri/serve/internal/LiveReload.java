package dev.tsuzuri.serve.internal;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tells open pages to reload, by Server-Sent Events. Each page is a <em>channel</em>: a note's
 * target, or "" for the index. Every change to a channel raises its version; a page is made with
 * the version it shows and subscribes with it, so a change between making the page and
 * subscribing still reloads it.
 */
final class LiveReload {
  /** How often an idle stream gets a comment, so dead connections are noticed. */
  static final long KEEP_ALIVE_SECONDS = 15;

  private static final String STOP = "";

  private final Map<String, AtomicLong> versions = new ConcurrentHashMap<>();
  private final Map<BlockingQueue<String>, String> subscribers = new ConcurrentHashMap<>();
  private volatile boolean closed;

  /** The version of a channel now. */
  long version(String channel) {
    return versions.computeIfAbsent(channel, c -> new AtomicLong()).get();
  }

  /** A channel changed: its pages reload. */
  void changed(String channel) {
    versions.computeIfAbsent(channel, c -> new AtomicLong()).incrementAndGet();
    subscribers.forEach((queue, c) -> {
      if (c.equals(channel)) {
        queue.offer("reload");
      }
    });
  }

  /** Several channels changed. */
  void changed(Set<String> channels) {
    channels.forEach(this::changed);
  }

  /** Every channel changed (settings, or lost file events): every page reloads. */
  void changedAll() {
    versions.values().forEach(AtomicLong::incrementAndGet);
    subscribers.keySet().forEach(q -> q.offer("reload"));
  }

  /** How many pages listen now. */
  int listening() {
    return subscribers.size();
  }

  /**
   * Streams a channel's events to one page until it goes away or the server stops; runs on the
   * request's thread.
   *
   * @param seen the version the page shows; an older one reloads it at once
   */
  void stream(HttpExchange exchange, String channel, long seen) throws IOException {
    BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    subscribers.put(queue, channel);
    try {
      exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      exchange.sendResponseHeaders(200, 0);
      OutputStream out = exchange.getResponseBody();
      // the browser reconnects half a second after a restart of the server
      send(out, "retry: 500\n\n");
      if (version(channel) != seen) {
        queue.offer("reload");
      }
      while (!closed) {
        String event = queue.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
        if (event == null) {
          send(out, ": keep-alive\n\n");
        } else if (event.equals(STOP)) {
          break;
        } else {
          send(out, "event: " + event + "\ndata: " + version(channel) + "\n\n");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      subscribers.remove(queue);
      exchange.close();
    }
  }

  /** Ends every stream. */
  void close() {
    closed = true;
    subscribers.keySet().forEach(q -> q.offer(STOP));
  }

  private static void send(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
