package dev.tsuzuri.outline;

import java.util.List;
import java.util.Objects;

/**
 * A heading together with everything under it up to the next heading of the same or a higher
 * level. Sections nest: a level-3 section sits in the blocks of the level-2 section before it.
 *
 * @param level the heading level, 1 to 6
 * @param title the heading's inline content
 * @param id a stable anchor id, unique in the document (used for bookmarks and links)
 * @param blocks the section's content, sub-sections included
 * @param line the heading's source line
 */
public record Section(int level, List<Inline> title, String id, List<Block> blocks, int line)
    implements Block {
  public Section {
    if (level < 1 || level > 6) {
      throw new IllegalArgumentException("heading level must be 1..6: " + level);
    }
    title = List.copyOf(title);
    Objects.requireNonNull(id, "id");
    blocks = List.copyOf(blocks);
  }

  /** The title as plain text. */
  public String titleText() {
    return PlainText.of(title);
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitSection(this);
  }
}
