package dev.tsuzuri.write.internal;

import java.util.Base64;
import java.util.Locale;

/**
 * Decodes {@code data:} URIs, the images a note carries inline. Needs no file and no network,
 * so it is always allowed; only base64 image data is accepted, and no more of it than a limit.
 */
public final class DataUri {
  private DataUri() {}

  /** True for a reference that starts with {@code data:}. */
  public static boolean is(String ref) {
    return ref.regionMatches(true, 0, "data:", 0, 5);
  }

  /**
   * The bytes of a {@code data:image/…;base64,…} URI, or why there are none.
   *
   * @param uri the reference, starting with {@code data:}
   * @param maxBytes the largest decoded size accepted
   */
  public static Fetched decode(String uri, long maxBytes) {
    int comma = uri.indexOf(',');
    if (comma < 0) {
      return Fetched.failed("data: URI without a comma");
    }
    String header = uri.substring(5, comma).toLowerCase(Locale.ROOT).replace(" ", "");
    if (!header.startsWith("image/")) {
      return Fetched.failed("data: URI that is not an image");
    }
    if (!header.endsWith(";base64")) {
      return Fetched.failed("data: image not in base64");
    }
    String data = uri.substring(comma + 1).replaceAll("\\s+", "");
    // four base64 characters make three bytes: refuse before decoding what would be too large
    if (data.length() / 4 * 3L > maxBytes + 3) {
      return Fetched.failed("larger than " + HttpFetcher.megabytes(maxBytes));
    }
    try {
      byte[] bytes = Base64.getMimeDecoder().decode(data.replace('-', '+').replace('_', '/'));
      if (bytes.length > maxBytes) {
        return Fetched.failed("larger than " + HttpFetcher.megabytes(maxBytes));
      }
      return Fetched.ok(bytes);
    } catch (IllegalArgumentException e) {
      return Fetched.failed("damaged base64 in data: URI");
    }
  }
}
