package dev.tsuzuri.slide;

/**
 * How a note is cut into decks and slides.
 *
 * @param perSession one deck per session instead of one for the whole note
 * @param sessionLevel the heading level that starts a session (1..6)
 */
public record PlanOptions(boolean perSession, int sessionLevel) {
  public PlanOptions {
    if (sessionLevel < 1 || sessionLevel > 6) {
      throw new IllegalArgumentException("session level must be 1..6: " + sessionLevel);
    }
  }
}
