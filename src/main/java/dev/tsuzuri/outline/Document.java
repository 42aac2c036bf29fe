package dev.tsuzuri.outline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole note as an outline: its metadata, its blocks with sections nested by heading level, and
 * its footnotes. Immutable and free of any output format's concerns; every writer reads it.
 *
 * @param metadata the front matter, normalised
 * @param blocks the top-level blocks; content before the first heading comes first
 * @param footnotes the footnotes in number order (only those referenced)
 */
public record Document(Metadata metadata, List<Block> blocks, List<Footnote> footnotes) {
  public Document {
    Objects.requireNonNull(metadata, "metadata");
    blocks = List.copyOf(blocks);
    footnotes = List.copyOf(footnotes);
  }

  /** The footnote with this label, if the document has one. */
  public Optional<Footnote> footnote(String label) {
    return footnotes.stream().filter(f -> f.label().equals(label)).findFirst();
  }

  /** The document's title: the front-matter title, else the first heading's text, else "". */
  public String title() {
    if (!metadata.title().isBlank()) {
      return metadata.title();
    }
    for (Block b : blocks) {
      if (b instanceof Section s) {
        return s.titleText();
      }
    }
    return "";
  }
}
