package dev.tsuzuri.write;

import java.util.Objects;

/**
 * A piece of a code block with one {@link TokenKind}. The tokens of a block, in order, hold
 * every character of its code exactly once.
 *
 * @param kind what the piece is
 * @param text the piece, never empty
 */
public record CodeToken(TokenKind kind, String text) {
  public CodeToken {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }
}
