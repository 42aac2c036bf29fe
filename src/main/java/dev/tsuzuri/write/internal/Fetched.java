package dev.tsuzuri.write.internal;

/**
 * What fetching one address gave: its bytes, or why there are none.
 *
 * @param bytes the body, or null when the fetch failed
 * @param problem why it failed ("HTTP 404", "no answer within 10 s" …), or null
 */
public record Fetched(byte[] bytes, String problem) {
  /** A fetched body. */
  public static Fetched ok(byte[] bytes) {
    return new Fetched(bytes, null);
  }

  /** A failed fetch. */
  public static Fetched failed(String problem) {
    return new Fetched(null, problem);
  }

  /** True when there are bytes. */
  public boolean ok() {
    return bytes != null;
  }
}
