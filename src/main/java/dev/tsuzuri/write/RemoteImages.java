package dev.tsuzuri.write;

import dev.tsuzuri.write.internal.FetchCache;
import dev.tsuzuri.write.internal.Fetched;
import dev.tsuzuri.write.internal.HttpFetcher;
import java.time.Duration;
import java.util.Locale;

/**
 * Fetches the remote images notes refer to, for conversions that allow it ({@code
 * --allow-remote}); without one, {@link Resources} never connects anywhere. Only {@code http:}
 * and {@code https:} are fetched (a protocol-relative {@code //host/x.png} as https), with a
 * connect and a total timeout, at most five redirects, and no more than {@link
 * Resources#MAX_IMAGE_BYTES}. Each address is fetched once per process and remembered, so a batch
 * asks a server once however many notes and formats use an image. Thread-safe.
 */
public final class RemoteImages {
  /** The connect and the total timeout of one image. */
  static final Duration TIMEOUT = Duration.ofSeconds(10);

  /** Redirects followed at most. */
  static final int MAX_REDIRECTS = 5;

  /** Addresses remembered at most. */
  private static final int CACHE_ENTRIES = 512;

  /**
   * Image bytes remembered at most: 256 MB, or an eighth of the heap when that is smaller. A
   * batch past it may fetch an image again.
   */
  private static final long CACHE_BYTES =
      Math.min(256L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 8);

  /** How long a failed address is remembered before it is tried again. */
  private static final Duration FAILURE_TTL = Duration.ofMinutes(1);

  private static final RemoteImages SHARED = new RemoteImages(new HttpFetcher.Limits(
      TIMEOUT, TIMEOUT, MAX_REDIRECTS, Resources.MAX_IMAGE_BYTES));

  private final FetchCache cache;

  /** Fetches with other limits (tests shorten the timeouts); has a cache of its own. */
  RemoteImages(HttpFetcher.Limits limits) {
    HttpFetcher fetcher = new HttpFetcher(limits);
    this.cache = new FetchCache(fetcher::fetch, CACHE_ENTRIES, CACHE_BYTES,
        FAILURE_TTL.toNanos());
  }

  /** The process-wide fetcher and its cache. */
  public static RemoteImages shared() {
    return SHARED;
  }

  /** The address a reference is fetched from: a protocol-relative one as https. */
  static String address(String ref) {
    String r = ref.trim();
    return r.startsWith("//") ? "https:" + r : r;
  }

  /** True for the references fetched: http, https and protocol-relative ones. */
  static boolean fetchable(String ref) {
    String r = ref.trim().toLowerCase(Locale.ROOT);
    return r.startsWith("http://") || r.startsWith("https://") || r.startsWith("//");
  }

  /** The body at the reference's address, or why there is none (from the cache when known). */
  Fetched fetch(String ref) {
    return cache.get(address(ref));
  }
}
