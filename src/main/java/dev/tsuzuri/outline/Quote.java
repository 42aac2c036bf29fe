package dev.tsuzuri.outline;

import java.util.List;

/** A block quote. */
public record Quote(List<Block> blocks, int line) implements Block {
  public Quote {
    blocks = List.copyOf(blocks);
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitQuote(this);
  }
}
