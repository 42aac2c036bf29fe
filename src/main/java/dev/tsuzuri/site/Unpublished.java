package dev.tsuzuri.site;

import dev.tsuzuri.outline.Metadata;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Hugo's publishing rules: a draft, a note whose {@code publishDate} (else {@code date}) is still
 * to come, and a note whose {@code expiryDate} has passed are not published, unless the run (or
 * the site's {@code buildDrafts}, {@code buildFuture}, {@code buildExpired}) includes them.
 */
public final class Unpublished {
  /** Why a note is left out. */
  public enum Reason {
    /** {@code draft: true}. */
    DRAFT,
    /** Its publication date is after now. */
    FUTURE,
    /** Its expiry date is before now. */
    EXPIRED
  }

  private Unpublished() {}

  /**
   * Why Hugo would not publish a note now, or empty when it would.
   *
   * @param m the note's metadata
   * @param now the time of the run
   * @param included the kinds of unpublished notes converted anyway
   */
  public static Optional<Reason> reason(Metadata m, Instant now, Publishing included) {
    if (m.draft() && !included.drafts()) {
      return Optional.of(Reason.DRAFT);
    }
    OffsetDateTime publish = m.publishDate() != null ? m.publishDate() : m.date();
    if (publish != null && publish.toInstant().isAfter(now) && !included.future()) {
      return Optional.of(Reason.FUTURE);
    }
    if (m.expiryDate() != null && !m.expiryDate().toInstant().isAfter(now)
        && !included.expired()) {
      return Optional.of(Reason.EXPIRED);
    }
    return Optional.empty();
  }
}
