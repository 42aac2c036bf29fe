package dev.tsuzuri.write.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FetchCacheTest {
  private final Map<String, Integer> fetches = new HashMap<>();

  private Fetched fetch(String address) {
    fetches.merge(address, 1, Integer::sum);
    if (address.startsWith("bad")) {
      return Fetched.failed("HTTP 500");
    }
    if (address.startsWith("boom")) {
      throw new IllegalStateException("fetcher broke");
    }
    return Fetched.ok(new byte[address.length() * 10]);
  }

  @Test
  void remembersUpToItsLimitsLeastRecentlyUsedGoingFirst() {
    FetchCache cache = new FetchCache(this::fetch, 3, 1000, Long.MAX_VALUE);
    cache.get("a");
    cache.get("b");
    cache.get("c");
    cache.get("a");
    cache.get("d"); // over three entries: b, least recently used, goes
    cache.get("a");
    cache.get("b");
    assertEquals(Map.of("a", 1, "b", 2, "c", 1, "d", 1), fetches);
  }

  @Test
  void boundedByBytesToo() {
    FetchCache cache = new FetchCache(this::fetch, 100, 25, Long.MAX_VALUE);
    cache.get("x"); // 10 bytes
    cache.get("y"); // 10 more
    cache.get("zz"); // 20 more, 40 in all: x and y go
    cache.get("x"); // fetched again, 30 in all: zz goes
    cache.get("zz");
    assertEquals(Map.of("x", 2, "y", 1, "zz", 2), fetches);
  }

  @Test
  void failuresAreRememberedForAWhileAndAFetcherThatThrowsIsAFailure() throws Exception {
    FetchCache cache = new FetchCache(this::fetch, 10, 1000, 50_000_000L);
    assertFalse(cache.get("bad").ok());
    assertEquals("HTTP 500", cache.get("bad").problem());
    assertEquals(1, fetches.get("bad"));
    Thread.sleep(80);
    cache.get("bad");
    assertEquals(2, fetches.get("bad"), "a failure older than its time is tried again");
    Fetched broke = cache.get("boom");
    assertFalse(broke.ok());
    assertTrue(broke.problem().contains("fetcher broke"));
  }
}
