package dev.tsuzuri.outline;

import java.util.List;

/**
 * A list of terms and their definitions (HTML's {@code <dl>}).
 *
 * @param items the terms in order, each with its definitions
 */
public record DefinitionList(List<Item> items, int line) implements Block {
  /**
   * One term and what defines it.
   *
   * @param term the term's inline content ({@code <dt>})
   * @param definitions one entry per definition ({@code <dd>}), each a list of blocks
   */
  public record Item(List<Inline> term, List<List<Block>> definitions) {
    public Item {
      term = List.copyOf(term);
      definitions = definitions.stream().map(List::copyOf).toList();
    }
  }

  public DefinitionList {
    items = List.copyOf(items);
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitDefinitionList(this);
  }
}
