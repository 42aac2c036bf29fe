package dev.tsuzuri.write.html.internal;

import java.util.Locale;

/** Which link targets may become clickable. */
public final class Links {
  private Links() {}

  /** True for {@code http:}, {@code https:} and {@code mailto:} addresses. */
  public static boolean isSafeExternal(String url) {
    String u = url.trim().toLowerCase(Locale.ROOT);
    return u.startsWith("http://") || u.startsWith("https://") || u.startsWith("mailto:");
  }

  /** True for a link to an anchor in the same document ({@code #id}). */
  public static boolean isInternal(String url) {
    return url.startsWith("#") && url.length() > 1;
  }

  /**
   * True when a link may be clickable: internal and web addresses always; relative addresses
   * only in a browser page (a PDF has nothing to resolve them against); other schemes
   * ({@code javascript:}, {@code file:}, {@code data:}) never.
   */
  public static boolean clickable(String url, boolean paged) {
    if (isInternal(url) || isSafeExternal(url)) {
      return true;
    }
    return !paged && !url.isBlank() && !url.matches("(?s)^[a-zA-Z][a-zA-Z0-9+.-]*:.*")
        && !url.startsWith("//");
  }
}
