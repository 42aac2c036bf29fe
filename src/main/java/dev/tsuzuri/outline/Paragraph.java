package dev.tsuzuri.outline;

import java.util.List;

/** A paragraph of inline content. */
public record Paragraph(List<Inline> inlines, int line) implements Block {
  public Paragraph {
    inlines = List.copyOf(inlines);
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitParagraph(this);
  }
}
