package dev.tsuzuri.outline;

import java.util.Objects;

/**
 * A block of raw HTML as written in the note. It is untrusted: writers render a safe subset or
 * show it as text, and never hand it unsanitised to an engine.
 */
public record RawHtml(String html, int line) implements Block {
  public RawHtml {
    Objects.requireNonNull(html, "html");
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitRawHtml(this);
  }
}
