package dev.tsuzuri.outline;

import java.util.Objects;

/**
 * Preformatted code.
 *
 * @param language the info string's first word ("java", "bash"), or "" when none was given
 * @param code the code text, lines separated by {@code \n}, without a trailing newline
 */
public record CodeBlock(String language, String code, int line) implements Block {
  public CodeBlock {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(code, "code");
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitCodeBlock(this);
  }
}
