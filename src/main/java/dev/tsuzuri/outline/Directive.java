package dev.tsuzuri.outline;

import java.util.Objects;

/**
 * A Marp directive written as an HTML comment ({@code <!-- paginate: true -->}): a setting of the
 * deck or of its slides, never text. Documents show nothing for it; the slide plan reads it.
 *
 * @param name the directive's name without the spot prefix ({@code class}, {@code paginate} …)
 * @param value its value as written, trimmed
 * @param spot true for a spot directive ({@code _class}), which applies to its own slide only
 * @param line the comment's source line
 */
public record Directive(String name, String value, boolean spot, int line) implements Block {
  public Directive {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitDirective(this);
  }
}
