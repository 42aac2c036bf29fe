package dev.tsuzuri.site;

/**
 * Which unpublished notes are converted anyway, as Hugo's {@code -D}, {@code -F}, {@code -E}
 * (or the site's {@code buildDrafts}, {@code buildFuture}, {@code buildExpired}) decide.
 *
 * @param drafts notes marked {@code draft: true}
 * @param future notes whose {@code publishDate} (or {@code date}) is still to come
 * @param expired notes whose {@code expiryDate} has passed
 */
public record Publishing(boolean drafts, boolean future, boolean expired) {
  /** Hugo's default: none of them. */
  public static final Publishing HUGO = new Publishing(false, false, false);

  /** Each kind included when either includes it. */
  public Publishing or(Publishing other) {
    return new Publishing(drafts || other.drafts, future || other.future,
        expired || other.expired);
  }
}
