package dev.tsuzuri.outline;

import java.util.Objects;

/**
 * An HTML comment standing as a block ({@code <!-- … -->}). Invisible in documents; slide
 * writers use it as speaker notes.
 *
 * @param text the comment's text without the delimiters, trimmed
 */
public record Comment(String text, int line) implements Block {
  public Comment {
    Objects.requireNonNull(text, "text");
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitComment(this);
  }
}
