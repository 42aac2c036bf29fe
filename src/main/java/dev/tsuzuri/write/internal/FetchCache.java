package dev.tsuzuri.write.internal;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Remembers what fetching each address gave, so that a batch asks a server once per address
 * however many notes and formats use it, even when threads ask at the same moment. Bounded by
 * entries and bytes (least recently used go first); failures are forgotten after a while so a
 * long {@code --watch} session tries a broken address again.
 */
public final class FetchCache {
  private record Entry(CompletableFuture<Fetched> result, long created) {}

  private final Function<String, Fetched> fetch;
  private final int maxEntries;
  private final long maxBytes;
  private final long failureTtlNanos;
  private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
  private long bytes;

  /**
   * A cache in front of a fetch function.
   *
   * @param fetch fetches one address; must not throw
   * @param maxEntries addresses remembered at most
   * @param maxBytes bytes of fetched bodies kept at most
   * @param failureTtlNanos how long a failure is remembered
   */
  public FetchCache(Function<String, Fetched> fetch, int maxEntries, long maxBytes,
      long failureTtlNanos) {
    this.fetch = fetch;
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
    this.failureTtlNanos = failureTtlNanos;
  }

  /** What the address gave, fetching it only if it is not remembered (or being fetched). */
  public Fetched get(String address) {
    CompletableFuture<Fetched> theirs = null;
    CompletableFuture<Fetched> mine = null;
    synchronized (this) {
      Entry e = entries.get(address);
      if (e != null && !stale(e)) {
        theirs = e.result();
      } else {
        if (e != null) {
          remove(address);
        }
        mine = new CompletableFuture<>();
        entries.put(address, new Entry(mine, System.nanoTime()));
      }
    }
    if (theirs != null) {
      // another thread fetches it or has: wait for that, outside the lock
      return theirs.join();
    }
    Fetched result;
    try {
      result = fetch.apply(address);
    } catch (RuntimeException ex) {
      result = Fetched.failed(String.valueOf(ex.getMessage()));
    }
    mine.complete(result);
    synchronized (this) {
      if (result.ok() && entries.get(address) != null
          && entries.get(address).result() == mine) {
        bytes += result.bytes().length;
      }
      evict();
    }
    return result;
  }

  private boolean stale(Entry e) {
    Fetched f = e.result().getNow(null);
    return f != null && !f.ok() && System.nanoTime() - e.created() > failureTtlNanos;
  }

  private void remove(String address) {
    Entry e = entries.remove(address);
    Fetched f = e == null ? null : e.result().getNow(null);
    if (f != null && f.ok()) {
      bytes -= f.bytes().length;
    }
  }

  private void evict() {
    Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator();
    while ((entries.size() > maxEntries || bytes > maxBytes) && it.hasNext()) {
      Map.Entry<String, Entry> next = it.next();
      Fetched f = next.getValue().result().getNow(null);
      if (f == null) {
        continue; // still being fetched: its waiters hold the future, not the map
      }
      it.remove();
      if (f.ok()) {
        bytes -= f.bytes().length;
      }
    }
  }
}
