package dev.tsuzuri.outline;

import java.util.List;
import java.util.Objects;

/**
 * A footnote's content, referenced from the text by {@link Inline.FootnoteRef}s with the same
 * label.
 *
 * @param label the label as written
 * @param number its number in order of first reference, from 1
 * @param blocks the footnote's content
 */
public record Footnote(String label, int number, List<Block> blocks) {
  public Footnote {
    Objects.requireNonNull(label, "label");
    blocks = List.copyOf(blocks);
  }
}
