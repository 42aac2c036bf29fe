package dev.tsuzuri.write.pptx;

import dev.tsuzuri.write.InvalidOptionException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How the PowerPoint writer builds decks. Build one with {@link #builder()}:
 *
 * <pre>{@code
 * PptxOptions o = PptxOptions.builder().decks(DeckSplit.SESSION).sessionLevel(3).build();
 * }</pre>
 *
 * @param template a reference .pptx whose masters and layouts are used, or null for the bundled
 *     16:9 one ({@code --template x.pptx})
 * @param decks one deck for the document or one per session ({@code --decks})
 * @param sessionLevel the heading level that starts a session ({@code --session-level}, 1 to 6,
 *     default 2)
 */
public record PptxOptions(Path template, DeckSplit decks, int sessionLevel) {
  /** The shallowest session level. */
  public static final int MIN_SESSION_LEVEL = 1;
  /** The deepest session level (Markdown has six heading levels). */
  public static final int MAX_SESSION_LEVEL = 6;

  private static final PptxOptions DEFAULTS = builder().build();

  /**
   * Checks the values.
   *
   * @throws InvalidOptionException when the session level is not 1 to 6
   * @throws NullPointerException when the split is null
   */
  public PptxOptions {
    Objects.requireNonNull(decks, "decks");
    if (sessionLevel < MIN_SESSION_LEVEL || sessionLevel > MAX_SESSION_LEVEL) {
      throw new InvalidOptionException("session-level", "must be " + MIN_SESSION_LEVEL + " to "
          + MAX_SESSION_LEVEL + ": " + sessionLevel);
    }
  }

  /** The bundled template, one deck, sessions at level 2. */
  public static PptxOptions defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    return new Builder().template(template).decks(decks).sessionLevel(sessionLevel);
  }

  /** Builds {@link PptxOptions}; every value starts at its default. */
  public static final class Builder {
    private Path template;
    private DeckSplit decks = DeckSplit.DOCUMENT;
    private int sessionLevel = 2;

    private Builder() {}

    /** A reference .pptx, or null for the bundled one. */
    public Builder template(Path template) {
      this.template = template;
      return this;
    }

    /** One deck per document or per session. */
    public Builder decks(DeckSplit decks) {
      this.decks = Objects.requireNonNull(decks, "decks");
      return this;
    }

    /** The heading level that starts a session, 1 to 6. */
    public Builder sessionLevel(int sessionLevel) {
      this.sessionLevel = sessionLevel;
      return this;
    }

    /**
     * The options.
     *
     * @throws InvalidOptionException when the session level is not 1 to 6
     */
    public PptxOptions build() {
      return new PptxOptions(template, decks, sessionLevel);
    }
  }
}
