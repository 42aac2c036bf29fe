package dev.tsuzuri.outline;

import java.util.List;

/**
 * One item of a {@link ListBlock}.
 *
 * @param task whether the item is a task-list item, and if so whether it is done
 * @param blocks the item's content; usually a paragraph followed by nested lists
 * @param line the item's source line
 */
public record ListItem(Task task, List<Block> blocks, int line) {
  /** The check-box state of a task-list item. */
  public enum Task {
    /** Not a task item. */
    NONE,
    /** {@code - [ ] item}. */
    OPEN,
    /** {@code - [x] item}. */
    DONE
  }

  public ListItem {
    java.util.Objects.requireNonNull(task, "task");
    blocks = List.copyOf(blocks);
  }

  /**
   * The item's own text: the inlines of its first paragraph, or an empty list when the item
   * starts with something else (a code block, a nested list).
   */
  public List<Inline> lead() {
    return !blocks.isEmpty() && blocks.get(0) instanceof Paragraph p ? p.inlines() : List.of();
  }

  /** The item's blocks after its lead paragraph (nested lists, further paragraphs …). */
  public List<Block> rest() {
    return !blocks.isEmpty() && blocks.get(0) instanceof Paragraph
        ? blocks.subList(1, blocks.size())
        : blocks;
  }
}
