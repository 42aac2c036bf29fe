package dev.tsuzuri.outline;

import java.util.List;

/** A collapsible block with a summary (Hugo's {@code details} shortcode); print shows it open. */
public record Details(List<Inline> summary, List<Block> blocks, int line) implements Block {
  public Details {
    summary = List.copyOf(summary);
    blocks = List.copyOf(blocks);
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitDetails(this);
  }
}
