package dev.tsuzuri.outline;

/** A horizontal rule ({@code ---} between paragraphs). */
public record ThematicBreak(int line) implements Block {
  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitThematicBreak(this);
  }
}
