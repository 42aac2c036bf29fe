package dev.tsuzuri.write.pptx;

import java.nio.file.Path;

/**
 * How the PowerPoint writer builds decks.
 *
 * @param template a reference .pptx whose masters and layouts are used, or null for the bundled
 *     16:9 one ({@code --template x.pptx})
 * @param decks one deck for the document or one per session ({@code --decks})
 * @param sessionLevel the heading level that starts a session ({@code --session-level}, default 2)
 */
public record PptxOptions(Path template, Decks decks, int sessionLevel) {

  /** How a note is split into decks. */
  public enum Decks {
    /** One .pptx for the note, a section per session. */
    DOCUMENT,
    /** One .pptx per session: {@code OUT/<stem>/<NN>-<title>.pptx}. */
    SESSION
  }

  public PptxOptions {
    java.util.Objects.requireNonNull(decks, "decks");
    if (sessionLevel < 1 || sessionLevel > 6) {
      throw new IllegalArgumentException("session level must be 1..6: " + sessionLevel);
    }
  }

  /** The bundled template, one deck, sessions at level 2. */
  public static PptxOptions defaults() {
    return new PptxOptions(null, Decks.DOCUMENT, 2);
  }
}
