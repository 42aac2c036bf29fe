package dev.tsuzuri.outline;

import java.util.List;

/**
 * A bullet or ordered list. Items hold blocks, so a nested list is a {@code ListBlock} inside an
 * item's blocks and five-level seminar notes keep their tree.
 *
 * @param ordered true for a numbered list
 * @param start the first number of an ordered list (1 for bullet lists)
 * @param tight true when the items were not separated by blank lines
 * @param items the items, in order
 * @param line the source line of the first item
 */
public record ListBlock(boolean ordered, int start, boolean tight, List<ListItem> items, int line)
    implements Block {
  public ListBlock {
    items = List.copyOf(items);
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitList(this);
  }
}
